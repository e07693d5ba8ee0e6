import { createHash } from 'node:crypto';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** `Type.field`, the way the access rules and the refusals name a field. */
export type FieldCoordinate = string;

/** One field taken out of the document: what it was, under which response key, of which type. */
export interface RemovedFieldSite {
  coordinate: FieldCoordinate;
  responseKey: string;
  type: GraphQLOutputType;
  /**
   * The alias of the `__typename` left in the field's place. It keeps the selection set valid when
   * the field was its only member, and its presence in a result object says that this selection
   * applied to that object (type conditions matched, @skip/@include kept it).
   */
  markerKey: string;
}

/** One step from the data root to the object a removed field was selected on. */
export interface PathSegment {
  responseKey: string;
  /** The field's type, with its list and non-null wrappers. */
  type: GraphQLOutputType;
}

/** A place in the response where a removed field would have been, fragments expanded. */
export interface RemovedFieldOccurrence {
  site: RemovedFieldSite;
  /** Response keys from the root down to the parent object (lists are walked at run time). */
  parentPath: readonly PathSegment[];
  /** Fields and fragments on the way (the removed field's marker included) that carry @skip/@include. */
  conditions: ReadonlyArray<FieldNode | InlineFragmentNode | FragmentSpreadNode>;
  /** True when a type condition anywhere on the way may not match every object at its place. */
  narrowed: boolean;
}

/** The operation without the fields the caller may not have, and where they would have been. */
export interface FieldRemoval {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** Stands for the rewritten text where Apollo keys its query plans. */
  queryHash: string;
  occurrences: readonly RemovedFieldOccurrence[];
  /** False when expanding fragments gave more occurrences than the cap: refuse the request whole. */
  complete: boolean;
}

const MARKER_PREFIX = '__forbidden';

/** Occurrences are counted with fragments expanded; past this many the request is refused whole. */
export const MAX_REMOVED_OCCURRENCES = 1_000;

function coordinateOf(parentType: GraphQLCompositeType, fieldName: string): FieldCoordinate {
  return `${parentType.name}.${fieldName}`;
}

/** A marker alias no selection of the document already uses. */
function markerPrefixFor(document: DocumentNode): string {
  const used = new Set<string>();
  visit(document, {
    Field(node) {
      used.add(node.alias?.value ?? node.name.value);
    },
  });
  let prefix = MARKER_PREFIX;
  while ([...used].some((key) => key.startsWith(prefix))) prefix += '_';
  return prefix;
}

const CONDITION_DIRECTIVES = new Set(['skip', 'include']);

function conditionDirectives(node: FieldNode): DirectiveNode[] {
  return (node.directives ?? []).filter((directive) => CONDITION_DIRECTIVES.has(directive.name.value));
}

function hasCondition(node: FieldNode | InlineFragmentNode | FragmentSpreadNode): boolean {
  return (node.directives ?? []).some((directive) => CONDITION_DIRECTIVES.has(directive.name.value));
}

/** The fragments the operation reaches, nested spreads included. */
function reachableFragments(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): Set<string> {
  const reached = new Set<string>();
  const pending: Array<OperationDefinitionNode | FragmentDefinitionNode> = [operation];
  while (pending.length > 0) {
    visit(pending.pop() as OperationDefinitionNode | FragmentDefinitionNode, {
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (fragment && !reached.has(node.name.value)) {
          reached.add(node.name.value);
          pending.push(fragment);
        }
      },
    });
  }
  return reached;
}

/**
 * Replaces every selection of a forbidden field (in the operation and in the fragments it reaches)
 * by an aliased `__typename`, the marker. Fragments are rewritten once: a field's parent type inside
 * a fragment is fixed by the fragment's type condition, so the decision does not depend on where it
 * is spread.
 */
function rewriteDefinitions(
  schema: GraphQLSchema,
  definitions: ReadonlyArray<OperationDefinitionNode | FragmentDefinitionNode>,
  forbidden: ReadonlySet<FieldCoordinate>,
  markerPrefix: string,
): { definitions: Array<OperationDefinitionNode | FragmentDefinitionNode>; sites: RemovedFieldSite[] } {
  const sites: RemovedFieldSite[] = [];
  const rewritten = definitions.map((definition) => {
    const typeInfo = new TypeInfo(schema);
    return visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const parentType = typeInfo.getParentType();
          const fieldDef = typeInfo.getFieldDef();
          if (!parentType || !fieldDef || node.name.value.startsWith('__')) return undefined;
          const coordinate = coordinateOf(parentType, node.name.value);
          if (!forbidden.has(coordinate)) return undefined;
          const markerKey = `${markerPrefix}${sites.length}`;
          sites.push({
            coordinate,
            responseKey: node.alias?.value ?? node.name.value,
            type: fieldDef.type,
            markerKey,
          });
          const marker: FieldNode = {
            kind: Kind.FIELD,
            alias: { kind: Kind.NAME, value: markerKey },
            name: { kind: Kind.NAME, value: '__typename' },
            // The marker is kept or skipped exactly when the removed field would have been.
            directives: conditionDirectives(node),
          };
          return marker;
        },
      }),
    );
  });
  return { definitions: rewritten, sites };
}

/** Walks the rewritten operation, fragments expanded, to every marker: where each removed field was. */
class OccurrenceCollector {
  readonly occurrences: RemovedFieldOccurrence[] = [];
  complete = true;
  private readonly markerMemo = new Map<string, boolean>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly sitesByMarker: ReadonlyMap<string, RemovedFieldSite>,
  ) {}

  collect(
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType,
    parentPath: PathSegment[],
    conditions: Array<FieldNode | InlineFragmentNode | FragmentSpreadNode>,
    narrowed: boolean,
  ): void {
    for (const selection of selectionSet.selections) {
      if (!this.complete) return;
      const withCondition = hasCondition(selection) ? [...conditions, selection] : conditions;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const site = selection.name.value === '__typename' ? this.sitesByMarker.get(key) : undefined;
        if (site) {
          if (this.occurrences.length >= MAX_REMOVED_OCCURRENCES) {
            this.complete = false;
            return;
          }
          this.occurrences.push({ site, parentPath, conditions: withCondition, narrowed });
          continue;
        }
        if (!selection.selectionSet || !this.containsMarker(selection.selectionSet)) continue;
        const fieldDef = 'getFields' in parentType ? parentType.getFields()[selection.name.value] : undefined;
        const childType = fieldDef ? getNamedType(fieldDef.type) : undefined;
        if (!fieldDef || !childType || !isCompositeType(childType)) continue;
        this.collect(
          selection.selectionSet,
          childType,
          [...parentPath, { responseKey: key, type: fieldDef.type }],
          withCondition,
          narrowed,
        );
        continue;
      }
      const fragment =
        selection.kind === Kind.FRAGMENT_SPREAD ? this.fragments.get(selection.name.value) : null;
      const body = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragment;
      if (!body || !this.containsMarker(body.selectionSet)) continue;
      const conditionName = body.typeCondition?.name.value;
      const conditionType = conditionName ? this.schema.getType(conditionName) : parentType;
      if (!conditionType || !isCompositeType(conditionType)) continue;
      this.collect(
        body.selectionSet,
        conditionType,
        parentPath,
        withCondition,
        narrowed || !this.coversEveryObject(conditionType, parentType),
      );
    }
  }

  /** Whether a fragment on `condition` applies to every object that can be at a `parent` place. */
  private coversEveryObject(condition: GraphQLCompositeType, parent: GraphQLCompositeType): boolean {
    if (condition === parent) return true;
    if (!isAbstractType(condition)) return false;
    const possible = isAbstractType(parent) ? this.schema.getPossibleTypes(parent) : [parent];
    return possible.every((type) => 'getFields' in type && this.schema.isSubType(condition, type));
  }

  private containsMarker(selectionSet: SelectionSetNode): boolean {
    return selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        if (this.sitesByMarker.has(selection.alias?.value ?? '') && selection.name.value === '__typename')
          return true;
        return selection.selectionSet ? this.containsMarker(selection.selectionSet) : false;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return this.containsMarker(selection.selectionSet);
      const name = selection.name.value;
      const known = this.markerMemo.get(name);
      if (known !== undefined) return known;
      const fragment = this.fragments.get(name);
      const result = fragment ? this.containsMarker(fragment.selectionSet) : false;
      this.markerMemo.set(name, result);
      return result;
    });
  }
}

/**
 * The operation with every selection of a `forbidden` field replaced by a marker, ready to be
 * planned instead of the original: the subgraph owning a removed field is never asked for it, and
 * when nothing else is asked of that subgraph it is not called at all. Only the chosen operation
 * and the fragments it reaches are kept. A pure function of its inputs, so callers cache it.
 */
export function removeForbiddenFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  forbidden: ReadonlySet<FieldCoordinate>,
): FieldRemoval {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const reached = reachableFragments(operation, fragments);
  const kept = [operation, ...[...fragments.values()].filter((fragment) => reached.has(fragment.name.value))];
  const { definitions, sites } = rewriteDefinitions(schema, kept, forbidden, markerPrefixFor(document));
  const [rewrittenOperation, ...rewrittenFragments] = definitions as [
    OperationDefinitionNode,
    ...FragmentDefinitionNode[],
  ];
  // A removed field may have held the only spread of a fragment: keep only what is still reached.
  const rewrittenByName = new Map(rewrittenFragments.map((fragment) => [fragment.name.value, fragment]));
  const stillReached = reachableFragments(rewrittenOperation, rewrittenByName);
  const rewrittenDocument: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [rewrittenOperation, ...rewrittenFragments.filter((f) => stillReached.has(f.name.value))],
  };

  const collector = new OccurrenceCollector(
    schema,
    rewrittenByName,
    new Map(sites.map((site) => [site.markerKey, site])),
  );
  const rootType = schema.getRootType(operation.operation);
  if (rootType) collector.collect(rewrittenOperation.selectionSet, rootType, [], [], false);
  return {
    document: rewrittenDocument,
    operation: rewrittenOperation,
    queryHash: createHash('sha256').update(print(rewrittenDocument)).digest('hex'),
    occurrences: collector.occurrences,
    complete: collector.complete,
  };
}

/**
 * True when null for this occurrence certainly reaches `data`: the removed field and every field
 * above it are non-null and no list or narrowing type condition stands in between. Such a request
 * would answer nothing, so it is refused before anything runs (no mutation half done).
 */
export function nullsWholeResponse(occurrence: RemovedFieldOccurrence): boolean {
  if (occurrence.narrowed || !isNonNullType(occurrence.site.type)) return false;
  return occurrence.parentPath.every(
    (segment) => isNonNullType(segment.type) && !isListType(segment.type.ofType),
  );
}
