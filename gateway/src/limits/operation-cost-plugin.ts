import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlError } from '@nexora/kit';
import { getIntrospectionQuery, type GraphQLError, type GraphQLSchema, Kind, parse } from 'graphql';
import type { GatewayContext } from '../gateway-context';
import type { OperationLimits } from './operation-limits';
import { measureOperation, type OperationMeasure } from './operation-measure';
import type { RateLimiter } from './rate-limiter';

/**
 * Refuses an operation whose estimated cost passes the ceiling, before it is planned: every field
 * counts once per value of its parent, and lists multiply what they select by their page size
 * (`first`), so `invoices(first: 100) { … customer { invoices(first: 100) { … } } }` costs what it
 * would build. Runs per request because page sizes often come from variables; the measurement is
 * linear in the document. The shape limits (depth, aliases, fields) were checked at validation.
 * An operation within the ceiling is then charged to the caller's per-minute cost `budget`.
 */
export function operationCostPlugin(
  limits: Pick<OperationLimits, 'maxCost' | 'defaultListSize'>,
  budget: RateLimiter | null = null,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const measure = measureOperation(schema, document, operation, {
            variables: request.variables ?? {},
            defaultListSize: limits.defaultListSize,
          });
          const over = costOverLimit(schema, measure, limits);
          if (over) throw costRefusal(over.cost, over.maxCost, { http: { status: 400 } });
          const { cost } = measure;
          // Within the ceiling: the cost is charged to the per-minute budgets (429 BUDGET_EXCEEDED).
          await budget?.chargeCost(contextValue.caller, cost);
        },
      };
    },
  };
}

const standardCosts = new WeakMap<GraphQLSchema, number>();

/**
 * The ceiling for the introspection part of an operation: a quarter above what the standard
 * introspection query (every type, field and argument, once) costs on this schema, and never below
 * the ceiling for data. It grows with our schema, not with what a caller writes: one `__schema` is
 * allowed per operation, and aliasing its lists (`a: types … b: types …`) still passes it.
 */
export function introspectionAllowance(
  schema: GraphQLSchema,
  limits: Pick<OperationLimits, 'maxCost' | 'defaultListSize'>,
): number {
  let standard = standardCosts.get(schema);
  if (standard === undefined) {
    const document = parse(getIntrospectionQuery());
    const operation = document.definitions.find(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    standard = operation
      ? measureOperation(schema, document, operation, { defaultListSize: limits.defaultListSize })
          .introspectionCost
      : 0;
    standardCosts.set(schema, standard);
  }
  return Math.max(limits.maxCost, Math.ceil(standard * 1.25));
}

/**
 * Which ceiling an operation passes, if any: its data (fields answered by subgraphs) against
 * `maxCost`, its introspection against the schema's introspection allowance.
 */
export function costOverLimit(
  schema: GraphQLSchema,
  measure: Pick<OperationMeasure, 'cost' | 'introspectionCost'>,
  limits: Pick<OperationLimits, 'maxCost' | 'defaultListSize'>,
): { cost: number; maxCost: number } | null {
  const dataCost = measure.cost - measure.introspectionCost;
  if (!(dataCost <= limits.maxCost)) return { cost: dataCost, maxCost: limits.maxCost };
  const allowance = introspectionAllowance(schema, limits);
  if (!(measure.introspectionCost <= allowance))
    return { cost: measure.introspectionCost, maxCost: allowance };
  return null;
}

/** COST_LIMIT_EXCEEDED for an estimate above the ceiling: queries (with their HTTP 400) and subscriptions. */
export function costRefusal(
  cost: number,
  maxCost: number,
  extra: Record<string, unknown> = {},
): GraphQLError {
  const estimate = Number.isFinite(cost) ? Math.round(cost).toLocaleString('en') : 'unbounded';
  return graphqlError(
    'COST_LIMIT_EXCEEDED',
    `The operation's estimated cost (${estimate}) is above the limit of ${maxCost.toLocaleString('en')}; ask for smaller pages (first) or fewer nested lists.`,
    { cost: Number.isFinite(cost) ? Math.round(cost) : null, maxCost, ...extra },
  );
}
