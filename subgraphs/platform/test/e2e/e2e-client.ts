import { parse as parseCsv } from 'csv-parse/sync';
import { randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import {
  createLogger,
  type EventBus,
  type RouteHandler,
  InProcessEventBus,
  PERMISSIONS,
  postGraphQL,
  signedHeaders,
  sqlStatementCount,
  type SignedHeaders,
  type TestHeaders,
  testDatabaseUrl,
  uniqueEmail,
  useOwnTestDatabase,
} from '@nexora/kit';
import { SUBGRAPHS } from '@nexora/schema';
import { startPlatform, type PlatformOptions, type RunningPlatform } from '../../src/platform';

/** A password identity accepts (10+ characters, not one repeated character). */
export const PASSWORD = 'e2e correct horse battery staple';

/** Every registered subgraph; the suite runs them all, as `npm start` does. */
export const SUBGRAPH_NAMES: readonly string[] = SUBGRAPHS.map((module) => module.name);
export type SubgraphName = string;

/**
 * Where this test file's requests come from, as a trusted proxy in front of the gateway would say
 * in `X-Forwarded-For`. One address per file keeps per-address login throttling to this file's own
 * attempts, whatever other files or earlier runs did in the same window.
 */
export function randomClientAddress(): string {
  const bits = randomBytes(4).toString('hex');
  return `2001:db8:${bits.slice(0, 4)}:${bits.slice(4)}::1`;
}
const FILE_CLIENT_ADDRESS = randomClientAddress();

export interface GraphQLResult<TData> {
  status: number;
  body: {
    data?: TData | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

export interface UserErrorResult {
  field: string[] | null;
  message: string;
  code: string;
}

export interface SignedUpTenant {
  email: string;
  name: string;
  tenantName: string;
  token: string;
  refreshToken: string;
  userId: string;
  tenantId: string;
}

/**
 * One platform per test file (identity, crm, erp and the real gateway, each on its own port) plus
 * helpers that talk to it only over HTTP, the way a client or an attacker would.
 */
export interface E2EPlatform {
  platform: RunningPlatform;
  /**
   * The master secret the gateway holds and each subgraph derives its own key from; tests use it to
   * sign direct subgraph calls (for the subgraph named as audience).
   */
  signingSecret: string;
  /** Signs access tokens with the very key identity publishes, e.g. to mint an already expired one. */
  signAccessToken(claims: AccessTokenClaims): Promise<string>;
  /** The `kid` of that key, as listed in identity's JWKS. */
  accessTokenKid: string;
  gql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<TData>>;
  /**
   * Calls one subgraph directly, bypassing the gateway, with whatever headers the test chooses
   * (signed ones are bound to the body sent).
   */
  subgraph<TData = Record<string, unknown>>(
    name: SubgraphName,
    query: string,
    variables?: Record<string, unknown>,
    headers?: TestHeaders,
  ): Promise<GraphQLResult<TData>>;
  /**
   * Gateway-equivalent signed headers, for subgraph `audience` (its key, its name), for a caller
   * holding every permission of the catalogue; bound to a request when it is sent.
   */
  signedFor(audience: SubgraphName, tenantId: string, userId: string): SignedHeaders;
  signUpTenant(prefix?: string): Promise<SignedUpTenant>;
  /** SQL statements run in request transactions so far, per subgraph. */
  sqlStatements(): Record<SubgraphName, number>;
  stop(): Promise<void>;
}

export interface AccessTokenClaims {
  userId: string;
  tenantId: string | null;
  permissions: string[];
  role?: string;
  issuedAt: number;
  expiresAt: number;
  /** Defaults to the audience the gateway expects. */
  audience?: string;
}

export const SESSION_FIELDS = `accessToken refreshToken user { id email name } tenant { id name } role permissions`;
export const USER_ERRORS = 'userErrors { field message code }';

export interface SessionResult {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; name: string };
  tenant: { id: string; name: string };
  role: string;
  permissions: string[];
}

export interface SessionPayload {
  session: SessionResult | null;
  userErrors: UserErrorResult[];
}

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { session { ${SESSION_FIELDS} } ${USER_ERRORS} }
}`;

/**
 * Identity reads `JWT_PRIVATE_JWK` when it starts. Giving it a key generated here lets the suite sign
 * tokens identity would never issue (expired ones) while the gateway still verifies them through the
 * real JWKS endpoint. The variable is restored right after start so nothing else in the worker sees it.
 */
async function withTestSigningKey<T>(start: () => Promise<T>): Promise<{ started: T; key: KeyLike }> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: `e2e-${randomUUID()}` };
  const previous = process.env.JWT_PRIVATE_JWK;
  process.env.JWT_PRIVATE_JWK = JSON.stringify(jwk);
  try {
    return { started: await start(), key: privateKey };
  } finally {
    if (previous === undefined) delete process.env.JWT_PRIVATE_JWK;
    else process.env.JWT_PRIVATE_JWK = previous;
  }
}

/**
 * `events`: the bus the platform runs on (default a fresh in-process bus); `routes`: extra gateway
 * routes; `ownDatabase` (default true): run on a database of the suite's own (see the kit's
 * `useOwnTestDatabase`: each platform's relays publish whatever pending outbox rows they find, so on
 * a shared database another suite's relay, on its own in-process bus, could take this suite's events,
 * and erp would never learn of a company crm created here); `gateway`: gateway
 * options for this suite, e.g. tiny rate limits; `gatewayPort`: the gateway's port when its origin
 * must be known before it starts (default: any free one).
 */
export async function startE2EPlatform(
  options: {
    events?: EventBus;
    routes?: Record<string, RouteHandler>;
    ownDatabase?: boolean;
    gateway?: PlatformOptions['gateway'];
    gatewayPort?: number;
  } = {},
): Promise<E2EPlatform> {
  const database = (options.ownDatabase ?? true) ? await useOwnTestDatabase('nexora_e2e') : null;
  const signingSecret = randomBytes(32).toString('base64url');
  const { started: platform, key } = await withTestSigningKey(() =>
    startPlatform({
      adminDatabaseUrl: database?.url ?? testDatabaseUrl(),
      databaseRolePassword: 'nexora-dev-role-password',
      signingSecret,
      events: options.events ?? new InProcessEventBus({ logger: createLogger('event-bus', 'silent') }),
      loggerFor: (service) => createLogger(service, 'silent'),
      gatewayPort: options.gatewayPort ?? 0,
      subgraphPorts: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])),
      host: '127.0.0.1',
      // As behind one load balancer: the client address is the last X-Forwarded-For entry.
      gateway: { trustedProxyCount: 1, ...options.gateway },
      routes: options.routes,
    }),
  );
  const kid = await publishedKid(platform);

  const gql: E2EPlatform['gql'] = (query, variables = {}, token, headers = {}) =>
    postGraphQL(platform.gateway.url, query, variables, {
      'x-forwarded-for': FILE_CLIENT_ADDRESS,
      ...headers,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    });

  const signUpTenant = async (prefix = 'owner'): Promise<SignedUpTenant> => {
    const email = uniqueEmail(prefix);
    const tenantName = `${prefix} tenant ${randomUUID().slice(0, 8)}`;
    const name = `${prefix} ${randomUUID().slice(0, 6)}`;
    const result = await gql<{ signUp: SessionPayload }>(SIGN_UP, {
      input: { email, password: PASSWORD, name, tenantName },
    });
    const session = result.body.data?.signUp.session;
    if (result.status !== 200 || !session) {
      throw new Error(`signUp failed: ${result.status} ${JSON.stringify(result.body)}`);
    }
    return {
      email,
      name,
      tenantName,
      token: session.accessToken,
      refreshToken: session.refreshToken,
      userId: session.user.id,
      tenantId: session.tenant.id,
    };
  };

  return {
    platform,
    signingSecret,
    accessTokenKid: kid,
    signAccessToken: async (claims) =>
      new SignJWT({ tid: claims.tenantId, perms: claims.permissions, role: claims.role ?? 'owner' })
        .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
        .setIssuer('nexora-identity')
        .setAudience(claims.audience ?? 'nexora-api')
        .setSubject(claims.userId)
        .setIssuedAt(Math.floor(claims.issuedAt / 1000))
        .setExpirationTime(Math.floor(claims.expiresAt / 1000))
        .setJti(randomUUID())
        .sign(key),
    gql,
    subgraph: (name, query, variables = {}, headers = {}) =>
      postGraphQL(platform.subgraphs[name].url, query, variables, headers),
    signedFor: (audience, tenantId, userId) =>
      signedHeaders({ audience, tenantId, userId, permissions: [...PERMISSIONS] }, signingSecret),
    signUpTenant,
    sqlStatements: () => {
      const counts = {} as Record<SubgraphName, number>;
      for (const name of SUBGRAPH_NAMES)
        counts[name] = sqlStatementCount(platform.subgraphs[name].dataSource);
      return counts;
    },
    stop: async () => {
      await platform.stop();
      await database?.drop();
    },
  };
}

/** The `kid` identity publishes, so locally signed tokens name the key the gateway will look up. */
async function publishedKid(platform: RunningPlatform): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${platform.subgraphs.identity.port}/.well-known/jwks.json`);
  const { keys } = (await response.json()) as { keys: Array<{ kid?: string }> };
  const kid = keys[0]?.kid;
  if (keys.length !== 1 || !kid) throw new Error(`unexpected JWKS: ${JSON.stringify(keys)}`);
  return kid;
}

export const CREATE_COMPANY = `mutation CreateCompany($input: CreateCompanyInput!) {
  createCompany(input: $input) { company { id name domain } ${USER_ERRORS} }
}`;

export const CREATE_INVOICE = `mutation CreateInvoice($input: CreateInvoiceInput!) {
  createInvoice(input: $input) { invoice { id number status total { amount currency } } ${USER_ERRORS} }
}`;

export interface CreatedInvoice {
  id: string;
  number: string;
  status: string;
  total: { amount: string; currency: string };
}

/** Creates a company through the gateway and returns its id, failing loudly on any refusal. */
export async function createCompany(e2e: E2EPlatform, token: string, name: string): Promise<string> {
  const result = await e2e.gql<{
    createCompany: { company: { id: string } | null; userErrors: UserErrorResult[] };
  }>(CREATE_COMPANY, { input: { name } }, token);
  const company = result.body.data?.createCompany.company;
  if (result.status !== 200 || !company) {
    throw new Error(`createCompany failed: ${result.status} ${JSON.stringify(result.body)}`);
  }
  return company.id;
}

/**
 * Waits until erp's replica of crm knows `companyId` (`Company.billable` through the gateway): crm
 * announces a new company by event, and erp refuses invoices for companies it has not heard of
 * (CUSTOMER_UNKNOWN). The event bus delivers within about a second.
 */
export async function waitUntilBillable(e2e: E2EPlatform, token: string, companyId: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const result = await e2e.gql<{ company: { billable: boolean | null } | null }>(
      `query ($id: ID!) { company(id: $id) { billable } }`,
      { id: companyId },
      token,
    );
    if (result.body.data?.company?.billable === true) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`erp never learnt of company ${companyId}`);
}

/** Creates a posted one-line invoice (quantity × unitPrice) through the gateway, once erp knows the company. */
export async function createInvoice(
  e2e: E2EPlatform,
  token: string,
  customerId: string,
  line: { quantity: string; unitPrice: string } = { quantity: '2', unitPrice: '50.25' },
  currency = 'USD',
): Promise<CreatedInvoice> {
  await waitUntilBillable(e2e, token, customerId);
  const result = await e2e.gql<{
    createInvoice: { invoice: CreatedInvoice | null; userErrors: UserErrorResult[] };
  }>(
    CREATE_INVOICE,
    { input: { customerId, currency, post: true, lines: [{ description: 'Consulting', ...line }] } },
    token,
  );
  const invoice = result.body.data?.createInvoice.invoice;
  if (result.status !== 200 || !invoice) {
    throw new Error(`createInvoice failed: ${result.status} ${JSON.stringify(result.body)}`);
  }
  return invoice;
}

/** An import job as the tests read it once it has finished. */
export interface FinishedImportJob {
  status: string;
  total: number;
  imported: number;
  errors: Array<{ line: number; column: string | null; code: string }>;
}

/** Uploads `csv` to `/files/crm/<entity>/import` (202 expected) and polls the job until it finishes. */
export async function importCsv(
  e2e: E2EPlatform,
  entity: string,
  csv: string,
  token: string,
  query = '',
): Promise<FinishedImportJob> {
  const response = await fetch(`${e2e.platform.gateway.origin}/files/crm/${entity}/import${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: csv,
  });
  if (response.status !== 202)
    throw new Error(`import answered ${response.status}: ${await response.text()}`);
  const { job } = (await response.json()) as { job: { id: string } };
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const result = await e2e.gql<{ importJob: FinishedImportJob }>(
      `query ($id: ID!) { importJob(id: $id) { status total imported errors { line column code } } }`,
      { id: job.id },
      token,
    );
    const current = result.body.data!.importJob;
    if (current.status === 'SUCCEEDED' || current.status === 'FAILED') return current;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('import did not finish');
}

/** `GET /files/crm/<entity>/export` as parsed CSV records (header → value), expecting 200. */
export async function exportCsv(
  e2e: E2EPlatform,
  entity: string,
  token: string,
): Promise<Array<Record<string, string>>> {
  const response = await fetch(`${e2e.platform.gateway.origin}/files/crm/${entity}/export`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200)
    throw new Error(`export answered ${response.status}: ${await response.text()}`);
  return parseCsv(await response.text(), { columns: true }) as Array<Record<string, string>>;
}

/** Runs `work` for each item, `size` at a time, so bulk setup stays fast without flooding the pools. */
export async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  }
  return results;
}

/** A name no other test, tenant or run will ever use, so a search for it is meaningful. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${randomUUID()}`;
}
