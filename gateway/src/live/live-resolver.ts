import { randomUUID } from 'node:crypto';
import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { Logger } from '@nexora/kit';
import type { ExecutionResult } from 'graphql';
import type { GatewayContext } from '../gateway-context';
import { LIVE_SOURCE, type LivePlan, type LivePlanner } from './live-planner';

/** Who a live resolution runs as: the subscribers' tenant and permissions. */
export type LiveCaller = GatewayContext['caller'];

type IncomingContext = Parameters<typeof executeQueryPlan>[2];

/**
 * Resolves a planned subscription for one event: the entity by key from the owning subgraph (with the
 * root field's selection), then every other subgraph's fields through `executeQueryPlan`, each fetch
 * signed for the caller like a query's. Null when the entity is gone or not the caller's to see: such
 * an event is not delivered.
 */
export class LiveResolver {
  constructor(
    private readonly planner: LivePlanner,
    private readonly dataSources: ReadonlyMap<string, GraphQLDataSource<GatewayContext>>,
    private readonly logger: Logger,
  ) {}

  async resolve(
    plan: LivePlan,
    entityId: string,
    caller: LiveCaller,
    variables: Record<string, unknown>,
    source: string,
  ): Promise<ExecutionResult | null> {
    const owner = this.dataSources.get(plan.owner);
    if (!owner) throw new Error(`No data source for subgraph "${plan.owner}".`);
    const requestId = randomUUID();
    const context: GatewayContext = {
      caller: { ...caller, requestId, issuedAt: Date.now(), operationName: plan.operationName },
      log: {
        requestId,
        tenantId: caller.tenantId,
        userId: caller.userId,
        operationName: plan.operationName,
        errorCodes: [],
      },
    };
    const requestContext = {
      request: { query: source, variables, operationName: plan.operationName ?? undefined },
      context,
      logger: this.logger,
      metrics: {},
      cache: undefined,
      document: plan.document,
      source,
      operationName: plan.operationName,
      operation: plan.operationContext.operation,
      queryHash: '',
      schema: this.planner.apiSchema,
    } as unknown as IncomingContext;

    const entityVariables: Record<string, unknown> = {
      representations: [{ __typename: plan.field.entityType, id: entityId }],
    };
    for (const name of plan.entityQuery.variableNames) entityVariables[name] = variables[name];
    const fetched = await owner.process({
      // GraphQLDataSourceRequestKind.INCOMING_OPERATION (the enum is not exported by the package root).
      kind: 'incoming operation',
      request: { query: plan.entityQuery.query, variables: entityVariables },
      incomingRequestContext: requestContext,
      context,
    } as unknown as Parameters<GraphQLDataSource<GatewayContext>['process']>[0]);
    const entity = (fetched.data as { entities?: unknown[] } | undefined)?.entities?.[0] ?? null;
    if (fetched.errors?.length && !entity) {
      // The owner refused (a permission the caller lacks on a root-level field): show it, not the data.
      return { errors: fetched.errors as ExecutionResult['errors'] };
    }
    if (!entity) return null;

    const seed: GraphQLDataSource<GatewayContext> = {
      process: async () => ({ data: { [plan.responseKey]: entity } }),
    };
    const serviceMap: ServiceMap = Object.fromEntries([...this.dataSources.entries(), [LIVE_SOURCE, seed]]);
    const result = await executeQueryPlan(
      plan.plan,
      serviceMap,
      requestContext,
      plan.operationContext,
      this.planner.supergraphSchema,
      this.planner.apiFederationSchema,
    );
    return {
      data: result.data,
      ...(result.errors?.length ? { errors: result.errors } : {}),
    } as ExecutionResult;
  }
}
