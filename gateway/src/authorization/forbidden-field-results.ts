import { isListType, isNonNullType, type GraphQLFormattedError, type GraphQLOutputType } from 'graphql';
import type { FieldCoordinate, RemovedFieldOccurrence } from './forbidden-field-removal';

/** Why the caller may not have a field, as the refusal error will say it. */
export interface FieldRefusal {
  message: string;
  /** The permissions the caller lacks for it (empty when what is missing is a tenant). */
  missingPermissions: readonly string[];
}

/**
 * Errors listed one by one per occurrence of a removed field; past this many list elements the rest
 * are counted in one summary error whose path stops at the list.
 */
export const MAX_ERRORS_PER_OCCURRENCE = 10;

type ResponsePath = Array<string | number>;
type Container = Record<string, unknown> | unknown[];

/** A place holding a value: `container[key]`, of GraphQL type `type` (wrappers included). */
interface Position {
  container: Container;
  key: string | number;
  type: GraphQLOutputType;
}

/** An object on which a removed field's marker came back. */
interface Hit {
  parent: Record<string, unknown>;
  /** From the data root down to the parent object's own place. */
  positions: Position[];
  path: ResponsePath;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object, list elements included, where the occurrence's marker is present. */
function findHits(data: Record<string, unknown>, occurrence: RemovedFieldOccurrence): Hit[] {
  const hits: Hit[] = [];
  const { parentPath, site } = occurrence;
  const visitObject = (
    object: Record<string, unknown>,
    depth: number,
    positions: Position[],
    path: ResponsePath,
  ) => {
    if (depth === parentPath.length) {
      if (Object.hasOwn(object, site.markerKey)) hits.push({ parent: object, positions, path });
      return;
    }
    const segment = parentPath[depth];
    visitValue(object, segment.responseKey, segment.type, depth, positions, path);
  };
  const visitValue = (
    container: Container,
    key: string | number,
    type: GraphQLOutputType,
    depth: number,
    positions: Position[],
    path: ResponsePath,
  ) => {
    const value = (container as Record<string | number, unknown>)[key];
    if (value === null || value === undefined) return;
    const here = [...positions, { container, key, type }];
    const herePath = [...path, key];
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      if (!Array.isArray(value)) return;
      for (let index = 0; index < value.length; index++)
        visitValue(value, index, inner.ofType as GraphQLOutputType, depth, here, herePath);
      return;
    }
    if (isObject(value)) visitObject(value, depth + 1, here, herePath);
  };
  visitObject(data, 0, [], []);
  return hits;
}

/**
 * The occurrence's response path as far as it is known without the data: up to and including the
 * first list (where a summary error points), or the whole path when there is no list on the way.
 */
export function staticPathOf(occurrence: RemovedFieldOccurrence): ResponsePath {
  const path: ResponsePath = [];
  for (const segment of occurrence.parentPath) {
    path.push(segment.responseKey);
    const inner = isNonNullType(segment.type) ? segment.type.ofType : segment.type;
    if (isListType(inner)) return path;
  }
  return [...path, occurrence.site.responseKey];
}

export function forbiddenError(
  refusal: FieldRefusal,
  coordinate: FieldCoordinate,
  path: ResponsePath,
  extra: Record<string, unknown> = {},
  message = refusal.message,
): GraphQLFormattedError {
  return {
    message,
    path,
    extensions: {
      code: 'FORBIDDEN',
      field: coordinate,
      missingPermissions: [...refusal.missingPermissions],
      ...extra,
    },
  };
}

export interface CompletedResult {
  data: Record<string, unknown> | null;
  errors: GraphQLFormattedError[];
}

/**
 * Puts the removed fields back into an executed result: each marker that came back is dropped and
 * the field it stands for becomes `null`, with a FORBIDDEN error at its concrete path (aliases, list
 * indices). A removed non-null field nulls its parent instead, and so on up to the nearest nullable
 * place, as GraphQL does for a field error (spec, "Handling Field Errors"); past the root, `data` is
 * null. A field that came back anyway (selected again by an allowed interface field of the same
 * response key) is left as it is. Nullability is read from the types the selections name: where an
 * implementation makes an interface's nullable field non-null, the null stops at the interface's
 * field, one level lower than graphql-js would stop it.
 */
export function completeWithRemovedFields(
  data: Record<string, unknown> | null | undefined,
  occurrences: readonly RemovedFieldOccurrence[],
  refusals: ReadonlyMap<FieldCoordinate, FieldRefusal>,
  maxErrorsPerOccurrence = MAX_ERRORS_PER_OCCURRENCE,
): CompletedResult {
  if (!isObject(data)) return { data: data ?? null, errors: [] };
  const root: { data: Record<string, unknown> | null } = { data };
  const found = occurrences.map((occurrence) => ({ occurrence, hits: findHits(data, occurrence) }));
  // Markers go first, all of them, so nulling a parent below never hides a marker from this loop.
  for (const { occurrence, hits } of found)
    for (const hit of hits) delete hit.parent[occurrence.site.markerKey];

  const errors: GraphQLFormattedError[] = [];
  // One response key of one object is reported once, however many selections asked for it there.
  const reported = new WeakMap<object, Set<string>>();
  for (const { occurrence, hits } of found) {
    const { site } = occurrence;
    const refusal = refusals.get(site.coordinate) ?? {
      message: `${site.coordinate} is not available to you.`,
      missingPermissions: [],
    };
    let listed = 0;
    let omitted = 0;
    for (const hit of hits) {
      const keys = reported.get(hit.parent) ?? new Set<string>();
      reported.set(hit.parent, keys);
      if (keys.has(site.responseKey) || Object.hasOwn(hit.parent, site.responseKey)) continue;
      keys.add(site.responseKey);
      if (listed < maxErrorsPerOccurrence) {
        errors.push(forbiddenError(refusal, site.coordinate, [...hit.path, site.responseKey]));
        listed++;
      } else omitted++;
      if (!isNonNullType(site.type)) {
        hit.parent[site.responseKey] = null;
        continue;
      }
      const nullable = hit.positions.findLast((position) => !isNonNullType(position.type));
      if (nullable) (nullable.container as Record<string | number, unknown>)[nullable.key] = null;
      else root.data = null;
    }
    if (omitted > 0) {
      const at = staticPathOf(occurrence);
      errors.push(
        forbiddenError(
          refusal,
          site.coordinate,
          at,
          { omittedPaths: omitted },
          `${refusal.message} It was left out at ${omitted} more places under ${at.join('.')} (the first ${maxErrorsPerOccurrence} are listed).`,
        ),
      );
    }
  }
  return { data: root.data, errors };
}
