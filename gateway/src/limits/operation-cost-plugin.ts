import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlError } from '@nexora/kit';
import type { GraphQLError } from 'graphql';
import type { GatewayContext } from '../gateway-context';
import type { OperationLimits } from './operation-limits';
import { measureOperation } from './operation-measure';

/**
 * Refuses an operation whose estimated cost passes the ceiling, before it is planned: every field
 * counts once per value of its parent, and lists multiply what they select by their page size
 * (`first`), so `invoices(first: 100) { … customer { invoices(first: 100) { … } } }` costs what it
 * would build. Runs per request because page sizes often come from variables; the measurement is
 * linear in the document. The shape limits (depth, aliases, fields) were checked at validation.
 */
export function operationCostPlugin(
  limits: Pick<OperationLimits, 'maxCost' | 'defaultListSize'>,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const { cost } = measureOperation(schema, document, operation, {
            variables: request.variables ?? {},
            defaultListSize: limits.defaultListSize,
          });
          if (cost <= limits.maxCost) return;
          throw costRefusal(cost, limits.maxCost, { http: { status: 400 } });
        },
      };
    },
  };
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
