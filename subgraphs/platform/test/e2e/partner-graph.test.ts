import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { createLogger, queryAsSuperuser } from '@nexora/kit';
import { createGateway, DEFAULT_SUPERGRAPH_PATH, readSupergraph, type RunningGateway } from '@nexora/gateway';
import {
  createCompany,
  createInvoice,
  startE2EPlatform,
  uniqueName,
  USER_ERRORS,
  type E2EPlatform,
  type SignedUpTenant,
  type UserErrorResult,
} from './e2e-client';

/**
 * The partner graph (issue 9) through the whole platform: API keys created by a tenant's owner on
 * `/graphql`, used by a partner on `/public/graphql`, which serves exactly the `@tag(public)` contract
 * committed as schema/public.graphql. This suite's gateway has PUBLIC_GRAPH_INTROSPECTION on (to
 * compare the contract); a second gateway over the same subgraphs runs with the defaults.
 */
const PUBLIC_SCHEMA = path.resolve(__dirname, '../../../../schema/public.graphql');

let e2e: E2EPlatform;
let defaults: RunningGateway;
let owner: SignedUpTenant;
let other: SignedUpTenant;

beforeAll(async () => {
  e2e = await startE2EPlatform({ gateway: { publicGraph: { introspection: true } } });
  const { platform } = e2e;
  defaults = await createGateway({
    supergraphSdl: readSupergraph(DEFAULT_SUPERGRAPH_PATH),
    subgraphUrls: Object.fromEntries(Object.values(platform.subgraphs).map((s) => [s.name, s.url])),
    jwks: `http://127.0.0.1:${platform.subgraphs.identity.port}/.well-known/jwks.json`,
    issuer: 'nexora-identity',
    audience: 'nexora-api',
    signingSecret: e2e.signingSecret,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('gateway', 'silent'),
    rateLimits: false,
  });
  [owner, other] = await Promise.all([e2e.signUpTenant('partner'), e2e.signUpTenant('partnerother')]);
});

afterAll(async () => {
  await defaults?.stop();
  await e2e?.stop();
});

interface PartnerAnswer<TData> {
  status: number;
  headers: Headers;
  body: { data?: TData | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** POSTs to `/public/graphql` of `gateway` (this suite's by default) with `headers` only. */
async function partner<TData = Record<string, unknown>>(
  query: string,
  headers: Record<string, string>,
  variables: Record<string, unknown> = {},
  origin = e2e.platform.gateway.origin,
): Promise<PartnerAnswer<TData>> {
  const response = await fetch(`${origin}/public/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as never };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const codes = (answer: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) =>
  (answer.body.errors ?? []).map((error) => error.extensions?.code);

interface CreatedKey {
  id: string;
  prefix: string;
  secret: string;
}

async function createKey(tenant: SignedUpTenant, input: Record<string, unknown> = {}): Promise<CreatedKey> {
  const result = await e2e.gql<{
    createApiKey: {
      apiKey: { id: string; prefix: string } | null;
      secret: string | null;
      userErrors: UserErrorResult[];
    };
  }>(
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id prefix } secret ${USER_ERRORS} } }`,
    {
      input: {
        name: 'partner sync',
        scopes: ['crm.company:read', 'crm.person:read', 'erp.invoice:read'],
        ...input,
      },
    },
    tenant.token,
  );
  const payload = result.body.data?.createApiKey;
  if (!payload?.apiKey || !payload.secret)
    throw new Error(`createApiKey failed: ${JSON.stringify(result.body)}`);
  return { ...payload.apiKey, secret: payload.secret };
}

async function lastUsedAt(tenant: SignedUpTenant, keyId: string): Promise<string | null> {
  const result = await e2e.gql<{
    apiKeys: { edges: Array<{ node: { id: string; lastUsedAt: string | null } }> };
  }>(`{ apiKeys(first: 100) { edges { node { id lastUsedAt } } } }`, {}, tenant.token);
  const node = result.body.data?.apiKeys.edges.find((edge) => edge.node.id === keyId)?.node;
  if (!node) throw new Error(`key ${keyId} not listed: ${JSON.stringify(result.body)}`);
  return node.lastUsedAt;
}

const COMPANY_NAMES = `{ companies(first: 100) { totalCount edges { node { id name } } } }`;

describe('the contract', () => {
  it('is exactly schema/public.graphql, introspected with a key', async () => {
    const key = await createKey(owner);
    const answer = await partner<IntrospectionQuery>(getIntrospectionQuery(), bearer(key.secret));
    expect(answer.status).toBe(200);
    // Introspection lists types in its own order: compare both sorted.
    const printed = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));
    const served = printed(buildClientSchema(answer.body.data!));
    expect(served).toBe(printed(buildSchema(readFileSync(PUBLIC_SCHEMA, 'utf8'))));
    // Read-only, and nothing of identity's accounts.
    expect(served).not.toMatch(/type Mutation|type User\b|email|password/);
  });

  it('refuses any field outside it at validation, before a subgraph runs', async () => {
    const key = await createKey(owner);
    await partner(COMPANY_NAMES, bearer(key.secret)); // the key is checked (and cached) first
    const before = e2e.sqlStatements();
    for (const document of [
      `{ companies { edges { node { id owner { id } } } } }`,
      `{ companies { edges { node { employeeCount } } } }`,
      `{ me { user { email } } }`,
      `{ deals { totalCount } }`,
      `mutation { createCompany(input: { name: "Not here" }) { company { id } } }`,
      // Introspection comes from the contract only when asked on its own.
      `{ __schema { types { name } } companies { totalCount } }`,
    ]) {
      const answer = await partner(document, bearer(key.secret));
      expect({ document, status: answer.status, codes: codes(answer) }).toEqual({
        document,
        status: 400,
        codes: ['GRAPHQL_VALIDATION_FAILED'],
      });
    }
    const after = e2e.sqlStatements();
    for (const subgraph of ['crm', 'erp', 'analytics']) expect(after[subgraph]).toBe(before[subgraph]);
  });

  it('keeps the schema private by default: no introspection, no "did you mean"', async () => {
    const key = await createKey(owner);
    const origin = defaults.origin;
    const introspection = await partner(`{ __schema { types { name } } }`, bearer(key.secret), {}, origin);
    expect(introspection.status).toBe(400);
    expect(codes(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const typo = await partner(`{ companies { edges { node { nam } } } }`, bearer(key.secret), {}, origin);
    expect(codes(typo)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(typo.body.errors?.[0].message).not.toMatch(/did you mean/i);
    // This suite's gateway (introspection on) helps developers.
    const helped = await partner(`{ companies { edges { node { nam } } } }`, bearer(key.secret));
    expect(helped.body.errors?.[0].message).toMatch(/did you mean "name"/i);
    // The default gateway still serves data to the same key.
    const data = await partner<{ companies: { totalCount: number } }>(
      `{ companies { totalCount } }`,
      bearer(key.secret),
      {},
      origin,
    );
    expect(data.status).toBe(200);
    expect(data.body.errors).toBeUndefined();
  });
});

describe('authentication', () => {
  it('takes API keys only: user access tokens, missing and bad keys get 401 with a code', async () => {
    const key = await createKey(owner);
    const cases: Array<[Record<string, string>, string]> = [
      [bearer(owner.token), 'API_KEY_REQUIRED'],
      [{}, 'API_KEY_REQUIRED'],
      [{ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }, 'API_KEY_REQUIRED'],
      [bearer(`${key.secret.slice(0, -2)}xx`), 'API_KEY_INVALID'],
      [{ 'x-api-key': 'nxk_definitely_not_a_key' }, 'API_KEY_INVALID'],
      [{ 'x-api-key': key.secret, ...bearer(owner.token) }, 'API_KEY_REQUIRED'],
    ];
    for (const [headers, code] of cases) {
      const answer = await partner(COMPANY_NAMES, headers);
      expect({ headers: Object.keys(headers), status: answer.status, codes: codes(answer) }).toEqual({
        headers: Object.keys(headers),
        status: 401,
        codes: [code],
      });
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer realm="nexora-partner-graph"/);
      expect(answer.body.errors?.[0].message.length).toBeGreaterThan(20);
    }
    // The same key works in either header.
    for (const headers of [bearer(key.secret), { 'x-api-key': key.secret }]) {
      expect((await partner(COMPANY_NAMES, headers)).status).toBe(200);
    }
  });

  it('refuses an expired key with API_KEY_EXPIRED', async () => {
    const key = await createKey(owner, { expiresAt: '2099-01-01T00:00:00Z' });
    await queryAsSuperuser(
      `update identity.api_keys set expires_at = now() - interval '1 second' where id = $1`,
      [key.id],
    );
    const answer = await partner(COMPANY_NAMES, bearer(key.secret));
    expect(answer.status).toBe(401);
    expect(codes(answer)).toEqual(['API_KEY_EXPIRED']);
  });
});

describe('a key', () => {
  it('reads its own tenant’s companies, people and invoices, never another tenant’s', async () => {
    const ownNames = [uniqueName('Partner Own A'), uniqueName('Partner Own B')];
    const ownIds = await Promise.all(ownNames.map((name) => createCompany(e2e, owner.token, name)));
    const foreignId = await createCompany(e2e, other.token, uniqueName('Partner Foreign'));
    const invoice = await createInvoice(e2e, owner.token, ownIds[0]);
    const person = await e2e.gql<{ createPerson: { person: { id: string } } }>(
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
      { input: { firstName: 'Pat', lastName: 'Partner', jobTitle: 'Buyer', companyId: ownIds[1] } },
      owner.token,
    );
    const personId = person.body.data!.createPerson.person.id;
    const key = await createKey(owner);

    // A tenant header from the client changes nothing: the tenant is the key's.
    const headers = { ...bearer(key.secret), 'x-tenant-id': other.tenantId };
    const companies = await partner<{
      companies: { totalCount: number; edges: Array<{ node: { id: string; name: string } }> };
    }>(COMPANY_NAMES, headers);
    expect(companies.status).toBe(200);
    const listedIds = companies.body.data!.companies.edges.map((edge) => edge.node.id);
    expect(listedIds).toEqual(expect.arrayContaining(ownIds));
    expect(listedIds).not.toContain(foreignId);
    expect(companies.body.data!.companies.totalCount).toBe(listedIds.length);

    const direct = await partner<{ own: { name: string } | null; foreign: { name: string } | null }>(
      `query ($own: ID!, $foreign: ID!) { own: company(id: $own) { name } foreign: company(id: $foreign) { name } }`,
      headers,
      { own: ownIds[0], foreign: foreignId },
    );
    expect(direct.body.data).toEqual({ own: { name: ownNames[0] }, foreign: null });

    const invoices = await partner<{
      invoices: {
        edges: Array<{
          node: { number: string; status: string; total: { amount: string }; customer: { name: string } };
        }>;
      };
    }>(
      `{ invoices(first: 10) { edges { node { number status total { amount currency } customer { name } } } } }`,
      headers,
    );
    expect(invoices.body.errors).toBeUndefined();
    expect(invoices.body.data?.invoices.edges.map((edge) => edge.node)).toEqual([
      { number: invoice.number, status: 'POSTED', total: invoice.total, customer: { name: ownNames[0] } },
    ]);

    const people = await partner<{ person: unknown }>(
      `query ($id: ID!) { person(id: $id) { name jobTitle company { name } } }`,
      headers,
      { id: personId },
    );
    expect(people.body).toEqual({
      data: { person: { name: 'Pat Partner', jobTitle: 'Buyer', company: { name: ownNames[1] } } },
    });

    // The other tenant's key sees the other tenant only.
    const otherKey = await createKey(other);
    const theirs = await partner<{ companies: { edges: Array<{ node: { id: string } }> } }>(
      COMPANY_NAMES,
      bearer(otherKey.secret),
    );
    expect(theirs.body.data?.companies.edges.map((edge) => edge.node.id)).toEqual([foreignId]);
  });

  it('acts with its scopes only', async () => {
    const key = await createKey(owner, { scopes: ['crm.company:read'] });
    const companies = await partner(`{ companies { totalCount } }`, bearer(key.secret));
    expect(companies.status).toBe(200);
    const invoices = await partner(`{ invoices { totalCount } }`, bearer(key.secret));
    expect(codes(invoices)).toContain('FORBIDDEN');
    expect((invoices.body.data as { invoices?: unknown } | null | undefined)?.invoices ?? null).toBeNull();
  });

  it('is refused at once when revoked, although gateways cache checked keys', async () => {
    const key = await createKey(owner);
    expect(await lastUsedAt(owner, key.id)).toBeNull();
    expect((await partner(COMPANY_NAMES, bearer(key.secret))).status).toBe(200);
    expect(await lastUsedAt(owner, key.id)).not.toBeNull();

    // Trusted from the cache: identity is not asked again.
    const identityBefore = e2e.sqlStatements().identity;
    expect((await partner(COMPANY_NAMES, bearer(key.secret))).status).toBe(200);
    expect(e2e.sqlStatements().identity).toBe(identityBefore);

    const revoked = await e2e.gql<{ revokeApiKey: { apiKey: { status: string } | null } }>(
      `mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { status } ${USER_ERRORS} } }`,
      { input: { id: key.id } },
      owner.token,
    );
    expect(revoked.body.data?.revokeApiKey.apiKey?.status).toBe('REVOKED');
    // The very next request.
    const refused = await partner(COMPANY_NAMES, bearer(key.secret));
    expect(refused.status).toBe(401);
    expect(codes(refused)).toEqual(['API_KEY_REVOKED']);
    expect(refused.body.data ?? null).toBeNull();
  });
});
