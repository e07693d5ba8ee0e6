import { buildOperationContext } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import {
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionSetNode,
  type VariableDefinitionNode,
  visit,
} from 'graphql';
import { LRUCache } from 'lru-cache';

/** A Subscription field fed by domain events, as `@liveEvents` declares it in the supergraph. */
export interface LiveField {
  name: string;
  /** The event types that feed it. */
  eventTypes: readonly string[];
  /** The entity type it returns (the event payload's `id` is its key). */
  entityType: string;
  /** Its arguments, which narrow the events (see the directive). */
  arguments: readonly string[];
}

type OperationContext = ReturnType<typeof buildOperationContext>;

/** A subscription operation planned once, resolved for every event. */
export interface LivePlan {
  field: LiveField;
  /** The root field's arguments as written (literals or variables), to match against events. */
  fieldArguments: FieldNode['arguments'];
  /** The key the root field's value has in the response (its alias or name). */
  responseKey: string;
  /** The subgraph owning the field, which resolves the entity first. */
  owner: string;
  /** `_entities` for the event's key with the root field's selection, for the owner. */
  entityQuery: { query: string; variableNames: string[] };
  /** The plan for each event: the entity (handed in as `LIVE_SOURCE`), then the rest. */
  plan: QueryPlan;
  operationContext: OperationContext;
  document: DocumentNode;
  operationName: string | null;
}

/** The data source the per-event plan starts with: it answers with the entity already fetched. */
export const LIVE_SOURCE = '__live__';

export class LivePlanError extends Error {}

/**
 * Plans subscription operations with the gateway's own query planner (pinned @apollo/* versions; the
 * plan shape relied on is covered by a contract test): the planner answers a subscription with a
 * `Subscription` node whose `primary` fetch asks the owning subgraph for the root field and whose
 * `rest` resolves the fields of other subgraphs. Per event the gateway fetches the entity by key
 * from the owner with the primary's selection, then runs `rest` through `executeQueryPlan`.
 */
export class LivePlanner {
  readonly apiSchema: GraphQLSchema;
  readonly supergraphSchema: GraphQLSchema;
  readonly apiFederationSchema: Schema;
  readonly fields: ReadonlyMap<string, LiveField>;
  private readonly planner: QueryPlanner;
  private readonly cache = new LRUCache<string, LivePlan>({ max: 1_000 });

  constructor(supergraphSdl: string) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.planner = new QueryPlanner(supergraph);
    this.apiFederationSchema = supergraph.apiSchema();
    this.apiSchema = this.apiFederationSchema.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.fields = liveFieldsOf(supergraphSdl);
  }

  /** The plan of a validated subscription document (one root field, declared with @liveEvents). */
  plan(document: DocumentNode, source: string, operationName: string | null): LivePlan {
    const cacheKey = `${operationName ?? ''}\n${source}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const operationContext = buildOperationContext({
      schema: this.apiSchema,
      operationDocument: document,
      operationName: operationName ?? undefined,
    });
    const operation = operationContext.operation;
    if (operation.operation !== 'subscription')
      throw new LivePlanError('Only subscriptions are served here.');
    const roots = operation.selectionSet.selections;
    const root = roots[0];
    if (roots.length !== 1 || root.kind !== Kind.FIELD)
      throw new LivePlanError('A subscription selects exactly one root field, without fragments.');
    const field = this.fields.get(root.name.value);
    if (!field)
      throw new LivePlanError(`"${root.name.value}" is not a subscription field this gateway serves.`);

    const planned = this.planner.buildQueryPlan(
      operationFromDocument(this.apiFederationSchema, document, {
        operationName: operationName ?? undefined,
      }),
    );
    const node = planned.node;
    if (node?.kind !== 'Subscription') throw new LivePlanError('The planner did not plan a subscription.');
    const primary = node.primary;
    const responseKey = root.alias?.value ?? root.name.value;
    const seed: FetchNode = {
      ...primary,
      serviceName: LIVE_SOURCE,
      operationKind: 'query' as FetchNode['operationKind'],
      operationDocumentNode: undefined,
    };
    const plan: QueryPlan = {
      kind: 'QueryPlan',
      node: node.rest ? ({ kind: 'Sequence', nodes: [seed, node.rest] } as PlanNode) : seed,
    };
    const live: LivePlan = {
      field,
      fieldArguments: root.arguments,
      responseKey,
      owner: primary.serviceName,
      entityQuery: entityQueryOf(primary.operation, field.entityType),
      plan,
      operationContext,
      document,
      operationName,
    };
    this.cache.set(cacheKey, live);
    return live;
  }
}

/** The Subscription fields carrying `@liveEvents` in the supergraph. */
export function liveFieldsOf(supergraphSdl: string): Map<string, LiveField> {
  const fields = new Map<string, LiveField>();
  const document = parse(supergraphSdl);
  for (const definition of document.definitions) {
    if (
      (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) ||
      definition.name.value !== 'Subscription'
    )
      continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((candidate) => candidate.name.value === 'liveEvents');
      const types = directive?.arguments?.find((argument) => argument.name.value === 'types')?.value;
      if (!types || types.kind !== Kind.LIST) continue;
      let type = field.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      fields.set(field.name.value, {
        name: field.name.value,
        eventTypes: types.values.flatMap((value) => (value.kind === Kind.STRING ? [value.value] : [])),
        entityType: type.name.value,
        arguments: (field.arguments ?? []).map((argument) => argument.name.value),
      });
    }
  }
  return fields;
}

const REPRESENTATIONS_VARIABLE: VariableDefinitionNode = {
  kind: Kind.VARIABLE_DEFINITION,
  variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: 'representations' } },
  type: {
    kind: Kind.NON_NULL_TYPE,
    type: {
      kind: Kind.LIST_TYPE,
      type: {
        kind: Kind.NON_NULL_TYPE,
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: '_Any' } },
      },
    },
  },
};

/**
 * Turns the primary fetch (`subscription X($v: T) { key: field(args) { selection } }`) into
 * `query X($representations: [_Any!]!, <variables the selection uses>) { key: _entities(...) { ... on
 * Entity { selection } } }`.
 */
function entityQueryOf(primaryOperation: string, entityType: string): LivePlan['entityQuery'] {
  const document = parse(primaryOperation);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const root = operation?.selectionSet.selections[0];
  if (!operation || !root || root.kind !== Kind.FIELD || !root.selectionSet)
    throw new LivePlanError('The primary fetch has an unexpected shape.');
  const selection: SelectionSetNode = {
    kind: Kind.SELECTION_SET,
    selections: [
      {
        kind: Kind.INLINE_FRAGMENT,
        typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: entityType } },
        selectionSet: root.selectionSet,
      },
    ],
  };
  const used = new Set<string>();
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  // Only the selection (and its fragments) counts: the root field's own arguments are dropped.
  for (const node of [selection, ...fragments])
    visit(node, { Variable: (variable) => void used.add(variable.name.value) });
  const rewritten: OperationDefinitionNode = {
    ...operation,
    operation: 'query' as OperationDefinitionNode['operation'],
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []).filter((definition) =>
        used.has(definition.variable.name.value),
      ),
      REPRESENTATIONS_VARIABLE,
    ],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          kind: Kind.FIELD,
          alias: { kind: Kind.NAME, value: 'entities' },
          name: { kind: Kind.NAME, value: '_entities' },
          arguments: [
            {
              kind: Kind.ARGUMENT,
              name: { kind: Kind.NAME, value: 'representations' },
              value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: 'representations' } },
            },
          ],
          selectionSet: selection,
        },
      ],
    },
  };
  return {
    query: print({ kind: Kind.DOCUMENT, definitions: [rewritten, ...fragments] }),
    variableNames: [...used],
  };
}
