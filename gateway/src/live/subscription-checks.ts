import { assertAllowed, graphqlError } from '@nexora/kit';
import { LRUCache } from 'lru-cache';
import {
  type DocumentNode,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { AccessRuleMap } from '../access-rules';
import type { OperationLimits } from '../limits/operation-limits';
import { operationLimitsRule } from '../limits/operation-limits';
import { costOverLimit, costRefusal } from '../limits/operation-cost-plugin';
import { measureOperation } from '../limits/operation-measure';
import { RequestedFieldsCache } from '../requested-fields-cache';
import type { LiveCaller } from './live-resolver';
import { LivePlanError, type LivePlan, type LivePlanner } from './live-planner';

export interface SubscriptionRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export type CheckedSubscription =
  | {
      ok: true;
      plan: LivePlan;
      document: DocumentNode;
      operation: OperationDefinitionNode;
      variables: Record<string, unknown>;
      /** The estimated cost, charged once to the caller's per-minute budget when it subscribes. */
      cost: number;
    }
  | { ok: false; errors: GraphQLError[] };

export interface SubscriptionChecks {
  planner: LivePlanner;
  rules: () => AccessRuleMap | null;
  limits: OperationLimits;
  fieldsCache?: RequestedFieldsCache;
  /** Parsed and validated documents by source, shared by every subscription sending the same text. */
  documents?: LRUCache<string, ParsedDocument>;
}

type ParsedDocument = { document: DocumentNode } | { errors: GraphQLError[] };

/** The checks' shared caches: one per gateway, so a thousand dashboards cost one parse. */
export function subscriptionCaches(): Pick<SubscriptionChecks, 'fieldsCache' | 'documents'> {
  return { fieldsCache: new RequestedFieldsCache(), documents: new LRUCache({ max: 1_000 }) };
}

function parseAndValidate(source: string, checks: SubscriptionChecks): ParsedDocument {
  const cached = checks.documents?.get(source);
  if (cached) return cached;
  let parsed: ParsedDocument;
  try {
    const document = parse(source, { maxTokens: checks.limits.maxTokens });
    const invalid = validate(checks.planner.apiSchema, document, [
      ...specifiedRules,
      operationLimitsRule(checks.limits),
    ]);
    parsed =
      invalid.length > 0
        ? {
            errors: invalid.map(
              (error) =>
                new GraphQLError(error.message, {
                  nodes: error.nodes,
                  extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...error.extensions },
                }),
            ),
          }
        : { document };
  } catch (error) {
    parsed = {
      errors: [new GraphQLError((error as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })],
    };
  }
  checks.documents?.set(source, parsed);
  return parsed;
}

const refused = (code: Parameters<typeof graphqlError>[0], message: string, extra = {}) => ({
  ok: false as const,
  errors: [graphqlError(code, message, extra)],
});

/**
 * Everything a query meets before it is planned, for a subscription: the token limit while
 * parsing, validation with the shape limits, the variables, the access rules (tenancy and
 * permission directives, field by field), the cost ceiling, then the plan. Each refusal carries its
 * `extensions.code`; nothing reaches a subgraph.
 */
export function checkSubscription(
  request: SubscriptionRequest,
  caller: LiveCaller,
  checks: SubscriptionChecks,
): CheckedSubscription {
  const schema = checks.planner.apiSchema;
  const parsed = parseAndValidate(request.query, checks);
  if ('errors' in parsed) return { ok: false, errors: parsed.errors };
  const { document } = parsed;
  const operation = getOperationAST(document, request.operationName ?? undefined);
  if (!operation) return refused('BAD_USER_INPUT', 'Name the operation to run (operationName).');
  if (operation.operation !== 'subscription')
    return refused(
      'BAD_USER_INPUT',
      'Only subscriptions are served over this connection; send queries and mutations over HTTP.',
    );
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  if (coerced.errors) {
    return {
      ok: false,
      errors: coerced.errors.map(
        (error) => new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } }),
      ),
    };
  }
  const variables = coerced.coerced;
  const rules = checks.rules();
  if (!rules) return refused('INTERNAL_SERVER_ERROR', 'Access rules are not loaded.');
  const fieldsCache = checks.fieldsCache ?? new RequestedFieldsCache();
  try {
    for (const { parentType, fieldName } of fieldsCache.fieldsOf(
      schema,
      request.query,
      document,
      operation,
      variables,
    ))
      assertAllowed(rules.ruleFor(schema, parentType, fieldName), caller, `${parentType.name}.${fieldName}`);
  } catch (error) {
    if (error instanceof GraphQLError) return { ok: false, errors: [error] };
    throw error;
  }
  const measure = measureOperation(schema, document, operation, {
    variables,
    defaultListSize: checks.limits.defaultListSize,
  });
  const over = costOverLimit(schema, measure, checks.limits);
  if (over) return { ok: false, errors: [costRefusal(over.cost, over.maxCost)] };
  try {
    const plan = checks.planner.plan(
      document,
      request.query,
      operation.name?.value ?? request.operationName ?? null,
    );
    return { ok: true, plan, document, operation, variables, cost: measure.cost };
  } catch (error) {
    if (error instanceof LivePlanError) return refused('BAD_USER_INPUT', error.message);
    throw error;
  }
}
