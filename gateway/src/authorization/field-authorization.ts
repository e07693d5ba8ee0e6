import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { assertAllowed, httpStatusFor, type CallerContext, type ErrorCode } from '@nexora/kit';
import type { AccessRuleMap } from '../access-rules';
import { coercedVariables, isSelected } from '../requested-fields';
import type { RequestedFieldsCache } from '../requested-fields-cache';
import { FieldRemovalCache } from './field-removal-cache';
import {
  nullsWholeResponse,
  type FieldCoordinate,
  type FieldRemoval,
  type RemovedFieldOccurrence,
} from './forbidden-field-removal';
import { staticPathOf, type FieldRefusal } from './forbidden-field-results';

export type AccessDecision =
  /** Every requested field is allowed: run the operation as sent. */
  | { kind: 'allowed' }
  /** Refuse the request whole, before planning (401, or 403 when nothing useful would remain). */
  | { kind: 'refused'; error: GraphQLError }
  /** Run `removal.document` instead, then put the removed fields back as null with their errors. */
  | { kind: 'partial'; removal: FieldRemoval; refusals: ReadonlyMap<FieldCoordinate, FieldRefusal> };

export interface OperationToAuthorize {
  schema: GraphQLSchema;
  source: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
}

export interface AuthorizationCaches {
  fields: RequestedFieldsCache;
  removals: FieldRemovalCache;
}

type Caller = Pick<CallerContext, 'tenantId' | 'userId' | 'permissions'>;

/** The kit's refusal, carrying the HTTP status Apollo Server should answer with, and a path if known. */
export function withHttpStatus(error: GraphQLError, path?: ReadonlyArray<string | number>): GraphQLError {
  const code = (error.extensions.code ?? 'FORBIDDEN') as ErrorCode;
  return new GraphQLError(error.message, {
    path,
    extensions: { ...error.extensions, http: { status: httpStatusFor(code) } },
  });
}

/**
 * Whether a selection set still selects, under these variables, a field other than `__typename`
 * (the markers are `__typename`s, and a bare `__typename` is no data worth a partial answer).
 */
function selectsAnyField(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> | undefined,
): boolean {
  return selectionSet.selections.some((selection) => {
    if (!isSelected(selection, variables)) return false;
    if (selection.kind === Kind.FIELD) return selection.name.value !== '__typename';
    const body = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
    return body ? selectsAnyField(body.selectionSet, fragments, variables) : false;
  });
}

function rootFieldsRemain(removal: FieldRemoval, variables: Record<string, unknown> | undefined): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of removal.document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return selectsAnyField(removal.operation.selectionSet, fragments, variables);
}

function refusalOf(
  occurrence: RemovedFieldOccurrence,
  errors: ReadonlyMap<FieldCoordinate, GraphQLError>,
): GraphQLError {
  const error = errors.get(occurrence.site.coordinate) as GraphQLError;
  return withHttpStatus(error, staticPathOf(occurrence));
}

/**
 * What the gateway does with an operation, given who calls: run it, run it without the fields the
 * caller may not have, or refuse it whole. Refused whole, as before per-field authorization:
 * a caller who is not signed in asking for any protected field (401 UNAUTHENTICATED), a
 * subscription with any forbidden field, and a request of which nothing useful would remain (403
 * FORBIDDEN): every root field forbidden, or a forbidden non-null field whose null would certainly
 * reach `data` (so a mutation never runs half-refused).
 */
export function authorizeOperation(
  request: OperationToAuthorize,
  rules: AccessRuleMap,
  caller: Caller,
  caches: AuthorizationCaches,
): AccessDecision {
  const { schema, source, document, operation } = request;
  const errors = new Map<FieldCoordinate, GraphQLError>();
  const refusals = new Map<FieldCoordinate, FieldRefusal>();
  // Which fields the operation requests is cached; whether this caller may have them is not.
  for (const { parentType, fieldName } of caches.fields.fieldsOf(
    schema,
    source,
    document,
    operation,
    request.variables,
  )) {
    const coordinate = `${parentType.name}.${fieldName}`;
    const rule = rules.ruleFor(schema, parentType, fieldName);
    try {
      assertAllowed(rule, caller, coordinate);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      if (error.extensions.code !== 'FORBIDDEN') return { kind: 'refused', error: withHttpStatus(error) };
      const missingPermissions = rule.permissions.filter(
        (permission) => !caller.permissions.includes(permission),
      );
      const extended = new GraphQLError(error.message, {
        extensions: { ...error.extensions, field: coordinate, missingPermissions },
      });
      if (operation.operation === 'subscription') return { kind: 'refused', error: withHttpStatus(extended) };
      errors.set(coordinate, extended);
      refusals.set(coordinate, { message: error.message, missingPermissions });
    }
  }
  if (errors.size === 0) return { kind: 'allowed' };

  const removal = caches.removals.removalFor(schema, source, document, operation, new Set(errors.keys()));
  const variables = coercedVariables(schema, operation, request.variables);
  const active = removal.occurrences.filter((occurrence) =>
    occurrence.conditions.every((node) => isSelected(node, variables)),
  );
  const wholeNull = active.find(nullsWholeResponse);
  if (wholeNull) return { kind: 'refused', error: refusalOf(wholeNull, errors) };
  if (!removal.complete || !rootFieldsRemain(removal, variables)) {
    const first = active[0] ?? removal.occurrences[0];
    const error = first ? refusalOf(first, errors) : withHttpStatus([...errors.values()][0]);
    return { kind: 'refused', error };
  }
  return { kind: 'partial', removal, refusals };
}

export function authorizationCaches(fields: RequestedFieldsCache): AuthorizationCaches {
  return { fields, removals: new FieldRemovalCache() };
}
