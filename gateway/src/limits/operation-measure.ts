import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { introspectionListSizes } from './introspection-sizes';

/**
 * What one operation asks for, with every fragment counted where it is spread (a fragment spread
 * twice counts twice) and introspection (`__` fields) counted like any other selection.
 */
export interface OperationMeasure {
  /** Deepest field nesting (`{ a { b } }` is 2). */
  depth: number;
  /** Aliased field selections. */
  aliases: number;
  /** Field selections. */
  fields: number;
  /** Selections on the operation's root type (`{ a b }` is 2). */
  rootFields: number;
  /** `__schema` selections. */
  schemaFields: number;
  /** `__schema` and `__type` selections: the operation introspects the schema. */
  introspectionFields: number;
  /**
   * The estimated number of values the operation resolves: every field counts once per parent
   * value, and a list field multiplies what it selects by its `first`/`last`/`limit` argument (or
   * the argument's default; introspection lists by their real average size in the schema; other
   * lists by the configured default list size). Infinity when it overflows.
   */
  cost: number;
  /** The part of `cost` under `__schema` and `__type`: answered from the schema in memory. */
  introspectionCost: number;
  /** Selection nodes the measurement looked at: at most the number in the document. */
  visited: number;
  /** A limit passed while measuring: the walk stopped there and the other figures are partial. */
  stoppedAt: keyof ShapeLimits | null;
}

/** Limits the walk stops at as soon as one is passed (each is a lower bound of the final figure). */
export interface ShapeLimits {
  depth: number;
  aliases: number;
  fields: number;
}

export interface MeasureOptions {
  /** The request's variables; without them, a size argument given by a variable uses its default. */
  variables?: Readonly<Record<string, unknown>>;
  /** The size assumed for a list whose size no argument gives (default 10). */
  defaultListSize?: number;
  stopAt?: ShapeLimits;
}

interface Tally {
  depth: number;
  aliases: number;
  fields: number;
  rootFields: number;
  schemaFields: number;
  introspectionFields: number;
  cost: number;
  introspectionCost: number;
}

const SIZE_ARGUMENTS = ['first', 'last', 'limit'];
/** Relay connections: their `edges`/`nodes` lists are as long as the connection field's `first`. */
const CONNECTION_LISTS = new Set(['edges', 'nodes']);

// Counts can pass 2^53 in adversarial documents: saturate instead of losing the comparison.
const add = (a: number, b: number) => a + b;
const times = (a: number, b: number) => (a === 0 || b === 0 ? 0 : a * b);

class LimitPassed extends Error {
  constructor(readonly limit: keyof ShapeLimits) {
    super(limit);
  }
}

const empty = (): Tally => ({
  depth: 0,
  aliases: 0,
  fields: 0,
  rootFields: 0,
  schemaFields: 0,
  introspectionFields: 0,
  cost: 0,
  introspectionCost: 0,
});

/**
 * Measures `operation` in time linear in the document: each fragment's figures are computed once,
 * relative to where it is spread, and reused for every further spread. (Walking every spread anew
 * is exponential: forty fragments that each spread the next one twice are 2^40 walks.) The figures
 * of a fragment do not depend on where it is spread: its fields are looked up on its own type
 * condition, and depth and cost combine with the spread's position by addition and multiplication.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  options: MeasureOptions = {},
): OperationMeasure {
  const defaultListSize = options.defaultListSize ?? 10;
  const stopAt = options.stopAt;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue,
    ]),
  );
  const introspectionSizes = introspectionListSizes(schema);
  const memo = new Map<string, Tally | 'in progress'>();
  let visited = 0;

  const sizeArgument = (field: GraphQLField<unknown, unknown> | undefined, node: FieldNode) => {
    if (!field) return null;
    for (const name of SIZE_ARGUMENTS) {
      const definition = field.args.find((arg) => arg.name === name);
      if (!definition) continue;
      const given = node.arguments?.find((arg) => arg.name.value === name)?.value;
      let value: unknown = undefined;
      if (given?.kind === Kind.VARIABLE) {
        const variable = given.name.value;
        value = options.variables && variable in options.variables ? options.variables[variable] : undefined;
        if (value === undefined) {
          const fallback = variableDefaults.get(variable);
          value = fallback ? valueFromAST(fallback, definition.type) : undefined;
        }
      } else if (given) {
        value = valueFromAST(given, definition.type);
      }
      value ??= definition.defaultValue;
      if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
      // Given but unreadable (the subgraph will refuse it), or absent with no default.
      return defaultListSize;
    }
    return null;
  };

  const fieldDefinition = (parentType: GraphQLCompositeType | undefined, name: string) => {
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    if (parentType && (isObjectType(parentType) || isInterfaceType(parentType)))
      return parentType.getFields()[name];
    return undefined;
  };

  /** How many times a field's selections are resolved per value of the field's parent. */
  const multiplier = (
    parentType: GraphQLCompositeType | undefined,
    field: GraphQLField<unknown, unknown> | undefined,
    node: FieldNode,
  ) => {
    const size = sizeArgument(field, node);
    if (field && isListType(getNullableType(field.type))) {
      if (size !== null) return size;
      const introspected = parentType && introspectionSizes.get(`${parentType.name}.${field.name}`);
      if (introspected) return introspected;
      const inConnection = parentType?.name.endsWith('Connection') && CONNECTION_LISTS.has(field.name);
      return inConnection ? 1 : defaultListSize;
    }
    // A connection field: its size applies to everything below it, edges included.
    return size ?? 1;
  };

  const check = (tally: Tally) => {
    if (!stopAt) return;
    if (tally.depth > stopAt.depth) throw new LimitPassed('depth');
    if (tally.aliases > stopAt.aliases) throw new LimitPassed('aliases');
    if (tally.fields > stopAt.fields) throw new LimitPassed('fields');
  };

  /** Adds a nested selection set's figures (an inline fragment or a spread) at the same level. */
  const merge = (tally: Tally, inner: Tally) => {
    tally.depth = Math.max(tally.depth, inner.depth);
    tally.aliases = add(tally.aliases, inner.aliases);
    tally.fields = add(tally.fields, inner.fields);
    tally.rootFields = add(tally.rootFields, inner.rootFields);
    tally.schemaFields = add(tally.schemaFields, inner.schemaFields);
    tally.introspectionFields = add(tally.introspectionFields, inner.introspectionFields);
    tally.cost = add(tally.cost, inner.cost);
    tally.introspectionCost = add(tally.introspectionCost, inner.introspectionCost);
  };

  const fragmentTally = (name: string): Tally => {
    const known = memo.get(name);
    // A cycle: graphql-js's NoFragmentCycles rule reports it; count nothing for the back edge.
    if (known === 'in progress') return empty();
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment) return empty();
    memo.set(name, 'in progress');
    const type = schema.getType(fragment.typeCondition.name.value);
    const tally = walk(isCompositeType(type) ? type : undefined, fragment.selectionSet);
    memo.set(name, tally);
    return tally;
  };

  /** The figures of one selection set, with its own fields at depth 1. */
  const walk = (parentType: GraphQLCompositeType | undefined, selectionSet: SelectionSetNode): Tally => {
    const tally = empty();
    for (const selection of selectionSet.selections) {
      visited += 1;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = fieldDefinition(parentType, name);
        const child = selection.selectionSet
          ? walk(
              field && isCompositeType(getNamedType(field.type))
                ? (getNamedType(field.type) as GraphQLCompositeType)
                : undefined,
              selection.selectionSet,
            )
          : empty();
        tally.fields = add(tally.fields, add(1, child.fields));
        tally.aliases = add(tally.aliases, add(selection.alias ? 1 : 0, child.aliases));
        tally.rootFields = add(tally.rootFields, 1);
        const schemaField = name === SchemaMetaFieldDef.name ? 1 : 0;
        const introspection = schemaField || name === TypeMetaFieldDef.name ? 1 : 0;
        tally.schemaFields = add(tally.schemaFields, add(schemaField, child.schemaFields));
        tally.introspectionFields = add(
          tally.introspectionFields,
          add(introspection, child.introspectionFields),
        );
        tally.depth = Math.max(tally.depth, child.depth + 1);
        const cost = add(1, times(multiplier(parentType, field, selection), child.cost));
        tally.cost = add(tally.cost, cost);
        tally.introspectionCost = add(
          tally.introspectionCost,
          introspection ? cost : child.introspectionCost,
        );
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parentType;
        merge(tally, walk(isCompositeType(type) ? type : undefined, selection.selectionSet));
      } else {
        merge(tally, fragmentTally(selection.name.value));
      }
      // Each figure of a nested set is a lower bound of the operation's: stop at the first one passed.
      check(tally);
    }
    return tally;
  };

  const rootType = schema.getRootType(operation.operation) ?? undefined;
  try {
    const tally = walk(rootType, operation.selectionSet);
    const finite = (value: number) => (Number.isNaN(value) ? Infinity : value);
    return {
      ...tally,
      cost: finite(tally.cost),
      introspectionCost: finite(tally.introspectionCost),
      visited,
      stoppedAt: null,
    };
  } catch (error) {
    if (!(error instanceof LimitPassed)) throw error;
    return { ...empty(), visited, stoppedAt: error.limit };
  }
}
