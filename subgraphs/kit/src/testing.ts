import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEV_SIGNING_SECRET } from './config';
import { InProcessEventBus } from './event-bus';
import { createLogger } from './logger';
import { deriveContextKey, type ContextKey } from './context-keys';
import {
  bodyBinding,
  signCallerContext,
  streamBinding,
  type CallerContext,
  type StreamedRequest,
} from './signed-context';
import { startSubgraph, type RunningSubgraph, type StartSubgraphOptions } from './start-subgraph';
import type { SubgraphModule } from './subgraph-module';

/** The database tests use: the machine's Postgres unless DATABASE_URL says otherwise. */
export function testDatabaseUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/**
 * A database of the calling suite's own, for suites whose assertions need their own outbox relays to
 * be the only ones publishing their events: suites share the test database, and a relay publishes
 * whatever pending outbox rows it finds, so another suite's relay (on its own in-process bus) could
 * take this suite's events. Points DATABASE_URL at it (jest runs one suite at a time per worker) until
 * `drop` puts it back and drops the database.
 */
export async function useOwnTestDatabase(
  prefix = 'nexora_own',
): Promise<{ url: string; drop(): Promise<void> }> {
  const base = testDatabaseUrl();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  return {
    url: url.toString(),
    drop: async () => {
      process.env.DATABASE_URL = base;
      const cleanup = new Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export const TEST_SIGNING_SECRET = DEV_SIGNING_SECRET;

/** A fresh, unique e-mail per call so tests never collide, even in parallel workers. */
export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 12)}@example.test`;
}

/**
 * A caller as the gateway would sign it for one subgraph. Like the gateway's, the signature is made
 * per request, bound to what is sent: `forBody` for a GraphQL POST, `forStream` for a file route.
 * `postGraphQL` and `fetchSigned` do that for the request they send.
 */
export class SignedHeaders {
  constructor(
    private readonly caller: Omit<CallerContext, 'issuedAt'> & { issuedAt?: number },
    private readonly key: ContextKey,
  ) {}

  /** Headers for a POST of exactly `body` (a GraphQL request). */
  forBody(body: string | Uint8Array): Record<string, string> {
    return this.sign(bodyBinding(body));
  }

  /** Headers for a request bound to its line, length and type (file routes, GETs). */
  forStream(request: StreamedRequest): Record<string, string> {
    return this.sign(streamBinding(request));
  }

  private sign(binding: string): Record<string, string> {
    return signCallerContext(
      { ...this.caller, issuedAt: this.caller.issuedAt ?? Date.now() },
      binding,
      this.key,
    );
  }
}

/**
 * Headers signed for calling subgraph `caller.audience` directly, exactly as the gateway would: with
 * that subgraph's key derived from `secret` (the master), or with `secret` itself when it is a key.
 */
export function signedHeaders(
  caller: Partial<CallerContext> & Pick<CallerContext, 'tenantId' | 'audience'>,
  secret: string | ContextKey = TEST_SIGNING_SECRET,
): SignedHeaders {
  return new SignedHeaders(
    {
      requestId: caller.requestId ?? `test-${randomUUID()}`,
      audience: caller.audience,
      tenantId: caller.tenantId,
      userId: caller.userId ?? null,
      permissions: caller.permissions ?? [],
      issuedAt: caller.issuedAt,
      operationName: caller.operationName ?? null,
      clientAddress: caller.clientAddress ?? null,
    },
    typeof secret === 'string' ? deriveContextKey(secret, caller.audience) : secret,
  );
}

/** Plain headers, or signed ones that are bound to the body when it is sent. */
export type TestHeaders = Record<string, string> | SignedHeaders;

/** What a GraphQL endpoint answered: the HTTP status and the parsed body. */
export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  body: { data?: TData | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** POSTs a GraphQL operation and returns status and parsed body; signed headers are bound to it. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: TestHeaders = {},
): Promise<GraphQLResponse<TData>> {
  const body = JSON.stringify({ query, variables });
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(headers instanceof SignedHeaders ? headers.forBody(body) : headers),
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as never };
}

/**
 * `fetch` with `signed` bound to the request as a file route checks it: method, path and query,
 * length and type. A body gets an explicit content type (`text/plain;charset=UTF-8` unless
 * `contentType` says otherwise) so the signed type is the one sent.
 */
export function fetchSigned(
  url: string,
  signed: SignedHeaders,
  init: { method?: string; body?: string; contentType?: string; signal?: AbortSignal } = {},
): Promise<Response> {
  const method = init.method ?? 'GET';
  const target = new URL(url);
  const contentType = init.body === undefined ? undefined : (init.contentType ?? 'text/plain;charset=UTF-8');
  // What fetch sends: the body's byte length, 0 for a POST or PUT without one, nothing otherwise.
  const contentLength =
    init.body !== undefined ? Buffer.byteLength(init.body) : method === 'POST' || method === 'PUT' ? 0 : null;
  return fetch(url, {
    method,
    headers: {
      ...(contentType ? { 'content-type': contentType } : {}),
      ...signed.forStream({
        method,
        target: `${target.pathname}${target.search}`,
        contentLength,
        contentType,
      }),
    },
    body: init.body,
    signal: init.signal,
  });
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
    events: new InProcessEventBus({ logger: createLogger('event-bus', 'silent') }),
    logger: createLogger(module.name, 'silent'),
  });
}

export type GraphQLResult = GraphQLResponse;

/** The `extensions.code` of every error in a response, in order. */
export function errorCodes(result: GraphQLResponse<unknown>): unknown[] {
  return (result.body.errors ?? []).map((error) => error.extensions?.code);
}

/** Who a test calls a subgraph as; a missing userId means "some signed-in user". */
export interface TestCaller {
  tenantId: string | null;
  userId?: string | null;
  permissions?: string[];
}

/** Headers the gateway would sign for `caller` and `audience`; a caller naming no permissions gets `defaults`. */
function callerHeaders(
  audience: string,
  caller: TestCaller,
  defaults: readonly string[] = [],
): SignedHeaders {
  return signedHeaders({
    audience,
    tenantId: caller.tenantId,
    userId: caller.userId === undefined ? randomUUID() : caller.userId,
    permissions: [...(caller.permissions ?? defaults)],
  });
}

/** Calls a subgraph directly, signed exactly as the gateway would sign for `caller` and that subgraph. */
export function callSubgraph(
  subgraph: Pick<RunningSubgraph, 'url' | 'name'>,
  caller: TestCaller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult> {
  return postGraphQL(subgraph.url, query, variables, callerHeaders(subgraph.name, caller));
}

/** A client address in the IPv6 documentation prefix, in a /64 of its own (one throttle bucket). */
export function randomClientAddress(): string {
  const bits = randomBytes(4).toString('hex');
  return `2001:db8:${bits.slice(0, 4)}:${bits.slice(4)}::1`;
}

/** Runs one statement as the test database's superuser, outside RLS: for setup and assertions only. */
export async function queryAsSuperuser<TRow = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
): Promise<TRow[]> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as TRow[];
  } finally {
    await client.end();
  }
}

/** How many rows `sql` returns to the superuser, outside RLS: for assertions only. */
export async function countRows(sql: string, params: unknown[] = []): Promise<number> {
  const rows = await queryAsSuperuser<{ count: number }>(
    `select count(*)::int as count from (${sql}) as rows`,
    params,
  );
  return rows[0].count;
}

export interface SubgraphTestHarnessOptions {
  /** The permissions of a caller who names none, e.g. those of a member of the domain. */
  permissions?: readonly string[];
}

/** One subgraph module as its tests start and call it. Its functions may be passed around unbound. */
export interface SubgraphTestHarness {
  /** The module's name: the audience every header from this harness is signed for. */
  readonly audience: string;
  /** Where anonymous callers come from unless told otherwise: fresh per harness, so per test file. */
  readonly clientAddress: string;
  /** Starts the module as `startTestSubgraph` does. */
  start(options?: TestSubgraphOptions): Promise<RunningSubgraph>;
  /**
   * Headers the gateway would sign for `caller`, with the default permissions if it names none;
   * bound to a request by `postGraphQL` or `fetchSigned`.
   */
  headers(caller: TestCaller): SignedHeaders;
  /** Headers of a caller without a token (no tenant, no user, no permissions). */
  anonymous(clientAddress?: string | null): SignedHeaders;
  /** POSTs `query` to `subgraph` with `headers(caller)`. */
  call<TData = Record<string, unknown>>(
    subgraph: Pick<RunningSubgraph, 'url'>,
    caller: TestCaller,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
}

/**
 * The one way tests start and call a subgraph directly. Headers are signed for `module`'s name,
 * never for whichever subgraph is called, so a harness aimed at another subgraph is refused (401)
 * just as a context replayed from one subgraph to another would be.
 */
export function subgraphTestHarness(
  module: SubgraphModule,
  { permissions = [] }: SubgraphTestHarnessOptions = {},
): SubgraphTestHarness {
  const audience = module.name;
  const clientAddress = randomClientAddress();
  const headers = (caller: TestCaller) => callerHeaders(audience, caller, permissions);
  return {
    audience,
    clientAddress,
    start: (options) => startTestSubgraph(module, options),
    headers,
    anonymous: (address = clientAddress) =>
      signedHeaders({ audience, tenantId: null, userId: null, clientAddress: address }),
    call: (subgraph, caller, query, variables = {}) =>
      postGraphQL(subgraph.url, query, variables, headers(caller)),
  };
}

/**
 * Waits until `check` holds, polling every 20 ms, for work that finishes after the call that
 * started it (event consumers, background jobs); throws after `timeoutMs` naming `what`.
 */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
