import { randomUUID } from 'node:crypto';
import { DEV_SIGNING_SECRET } from './config';
import { InProcessEventBus } from './event-bus';
import { createLogger } from './logger';
import { signCallerContext, type CallerContext } from './signed-context';
import { startSubgraph, type RunningSubgraph, type StartSubgraphOptions } from './start-subgraph';
import type { SubgraphModule } from './subgraph-module';

/** The database tests use: the machine's Postgres unless DATABASE_URL says otherwise. */
export function testDatabaseUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export const TEST_SIGNING_SECRET = DEV_SIGNING_SECRET;

/** A fresh, unique e-mail per call so tests never collide, even in parallel workers. */
export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 12)}@example.test`;
}

/**
 * Signed gateway headers for calling subgraph `caller.audience` directly, exactly as the gateway
 * would.
 */
export function signedHeaders(
  caller: Partial<CallerContext> & Pick<CallerContext, 'tenantId' | 'audience'>,
  secret = TEST_SIGNING_SECRET,
): Record<string, string> {
  return signCallerContext(
    {
      requestId: caller.requestId ?? `test-${randomUUID()}`,
      audience: caller.audience,
      tenantId: caller.tenantId,
      userId: caller.userId ?? null,
      permissions: caller.permissions ?? [],
      issuedAt: caller.issuedAt ?? Date.now(),
      operationName: caller.operationName ?? null,
      clientAddress: caller.clientAddress ?? null,
    },
    secret,
  );
}

/** POSTs a GraphQL operation and returns status and parsed body. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: { data?: TData | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

/** What a test may change about a subgraph it starts. */
export type TestSubgraphOptions = Pick<
  StartSubgraphOptions,
  'poolSize' | 'autonomousPoolSize' | 'requestTimeoutMs'
>;

/** Starts `module` as production does, on a free port, against the test database, logging nothing. */
export async function startTestSubgraph(
  module: SubgraphModule,
  options: TestSubgraphOptions = {},
): Promise<RunningSubgraph> {
  return startSubgraph(module, {
    ...options,
    port: 0,
    host: '127.0.0.1',
    adminDatabaseUrl: testDatabaseUrl(),
    databaseRolePassword: 'nexora-dev-role-password',
    signingSecret: TEST_SIGNING_SECRET,
    events: new InProcessEventBus(),
    logger: createLogger(module.name, 'silent'),
  });
}

export type GraphQLResult = Awaited<ReturnType<typeof postGraphQL>>;

/** The `extensions.code` of every error in a response, in order. */
export function errorCodes(result: GraphQLResult): unknown[] {
  return (result.body.errors ?? []).map((error) => error.extensions?.code);
}

/** Who a test calls a subgraph as; a missing userId means "some signed-in user". */
export interface TestCaller {
  tenantId: string | null;
  userId?: string | null;
  permissions?: string[];
}

/** Calls a subgraph directly, signed exactly as the gateway would sign for `caller` and that subgraph. */
export function callSubgraph(
  subgraph: Pick<RunningSubgraph, 'url' | 'name'>,
  caller: TestCaller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult> {
  return postGraphQL(
    subgraph.url,
    query,
    variables,
    signedHeaders({
      audience: subgraph.name,
      tenantId: caller.tenantId,
      userId: caller.userId === undefined ? randomUUID() : caller.userId,
      permissions: caller.permissions ?? [],
    }),
  );
}
