import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type SelectionSetNode } from 'graphql';
import { Redis } from 'ioredis';
import { countRows, waitUntil } from '@nexora/kit';
import type { RunningGateway } from '@nexora/gateway';
import {
  CREATE_COMPANY,
  createCompany,
  randomClientAddress,
  startE2EPlatform,
  uniqueName,
  type E2EPlatform,
  type SignedUpTenant,
} from './e2e-client';
import { startExtraGateway } from './extra-gateway';

/**
 * Persisted operations through the whole platform: APQ for everyone (registered, then run from its
 * hash alone over POST and GET, shared through Redis by a second gateway replica, refused on a
 * mismatch, never a mutation over GET) and the first-party safelist, enforced here with the web
 * client's real codegen output, which refuses an unlisted document before any subgraph runs SQL.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SAFELIST_PATH = require.resolve('../../../../web/src/__generated__/persisted-documents.json');
const KEY_PREFIX = `test:operations:${randomUUID()}`;
const ADDRESS = randomClientAddress();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

/** What a client sees from one request: POST with a JSON body, or GET with these parameters. */
async function send(
  url: string,
  params: Record<string, unknown>,
  {
    token,
    method = 'POST',
    headers = {},
  }: { token?: string; method?: 'GET' | 'POST'; headers?: Record<string, string> },
): Promise<Answer> {
  const common = {
    'x-forwarded-for': ADDRESS,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...headers,
  };
  let response: Response;
  if (method === 'GET') {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params))
      search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
    response = await fetch(`${url}?${search.toString()}`, { headers: common });
  } else {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...common },
      body: JSON.stringify(params),
    });
  }
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const codes = (answer: Answer) => answer.body.errors?.map((error) => error.extensions?.code) ?? [];
const totalSql = (e2e: E2EPlatform) =>
  Object.values(e2e.sqlStatements()).reduce((sum, count) => sum + count, 0);
const persistedQuery = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });
/** Apollo's CSRF prevention lets a GET through with this header (a browser cannot send it cross-site unasked). */
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

let e2e: E2EPlatform;
let owner: SignedUpTenant;
let replica: RunningGateway;
let loner: RunningGateway;
let redis: Redis;

beforeAll(async () => {
  const operations = { redisUrl: REDIS_URL, keyPrefix: KEY_PREFIX };
  e2e = await startE2EPlatform({
    gateway: { operations: { ...operations, safelist: { mode: 'enforce', path: SAFELIST_PATH } } },
  });
  replica = await startExtraGateway(e2e, { operations });
  loner = await startExtraGateway(e2e, { operations: {} });
  owner = await e2e.signUpTenant('persisted');
  await createCompany(e2e, owner.token, uniqueName('Persisted'));
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
});

afterAll(async () => {
  await loner?.stop();
  await replica?.stop();
  await e2e?.stop();
  await redis?.quit();
});

/** A query of this run's own, so its hash is new to every cache. */
const freshQuery = () => `query CompanyCount { companies(first: 1) { totalCount } } # ${randomUUID()}`;

describe('automatic persisted queries', () => {
  it('run a query from its hash alone once it was sent with its text, over POST and GET', async () => {
    const query = freshQuery();
    const url = e2e.platform.gateway.url;
    const sqlBefore = totalSql(e2e);
    const unknown = await send(url, { extensions: persistedQuery(query) }, { token: owner.token });
    expect(unknown.status).toBe(200);
    expect(codes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(totalSql(e2e)).toBe(sqlBefore);

    const registered = await send(url, { query, extensions: persistedQuery(query) }, { token: owner.token });
    expect(registered).toEqual({ status: 200, body: { data: { companies: { totalCount: 1 } } } });
    const byPost = await send(url, { extensions: persistedQuery(query) }, { token: owner.token });
    expect(byPost).toEqual(registered);
    const byGet = await send(
      url,
      { extensions: persistedQuery(query) },
      { token: owner.token, method: 'GET', headers: PREFLIGHT },
    );
    expect(byGet).toEqual(registered);
  });

  it('keep the CSRF rule: a GET without a preflight-forcing header is refused and runs nothing', async () => {
    const query = freshQuery();
    await send(
      e2e.platform.gateway.url,
      { query, extensions: persistedQuery(query) },
      { token: owner.token },
    );
    const sqlBefore = totalSql(e2e);
    const blocked = await send(
      e2e.platform.gateway.url,
      { extensions: persistedQuery(query) },
      { token: owner.token, method: 'GET' },
    );
    expect(blocked.status).toBe(400);
    expect(codes(blocked)).toEqual(['BAD_REQUEST']);
    expect(totalSql(e2e)).toBe(sqlBefore);
  });

  it('are shared by gateway replicas through Redis, and kept per process without it', async () => {
    const query = freshQuery();
    await send(
      e2e.platform.gateway.url,
      { query, extensions: persistedQuery(query) },
      { token: owner.token },
    );
    // Apollo registers without awaiting the write; the document lands under the gateways' prefix.
    await waitUntil(
      async () => (await redis.get(`${KEY_PREFIX}:apq:${sha256(query)}`)) === query,
      'the APQ document in Redis',
    );
    const fromReplica = await send(
      replica.url,
      { extensions: persistedQuery(query) },
      { token: owner.token },
    );
    expect(fromReplica).toEqual({ status: 200, body: { data: { companies: { totalCount: 1 } } } });
    const fromLoner = await send(loner.url, { extensions: persistedQuery(query) }, { token: owner.token });
    expect(codes(fromLoner)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('refuse a hash that is not the text’s (400 PERSISTED_QUERY_HASH_MISMATCH), storing and running nothing', async () => {
    const query = freshQuery();
    const sqlBefore = totalSql(e2e);
    const mismatch = await send(
      e2e.platform.gateway.url,
      { query, extensions: persistedQuery(`${query} `) },
      { token: owner.token },
    );
    expect(mismatch.status).toBe(400);
    expect(codes(mismatch)).toEqual(['PERSISTED_QUERY_HASH_MISMATCH']);
    const stillUnknown = await send(
      e2e.platform.gateway.url,
      { extensions: persistedQuery(`${query} `) },
      { token: owner.token },
    );
    expect(codes(stillUnknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(totalSql(e2e)).toBe(sqlBefore);
  });

  it('never run a mutation over GET, even one registered by POST (405)', async () => {
    const name = uniqueName('Registered by POST');
    const variables = { input: { name } };
    const registered = await send(
      e2e.platform.gateway.url,
      { query: CREATE_COMPANY, variables, extensions: persistedQuery(CREATE_COMPANY) },
      { token: owner.token },
    );
    expect(registered.status).toBe(200);
    const overGet = await send(
      e2e.platform.gateway.url,
      { variables, extensions: persistedQuery(CREATE_COMPANY) },
      { token: owner.token, method: 'GET', headers: PREFLIGHT },
    );
    expect(overGet.status).toBe(405);
    expect(codes(overGet)).toEqual(['BAD_REQUEST']);
    expect(
      await countRows('select 1 from crm.companies where tenant_id = $1 and name = $2', [
        owner.tenantId,
        name,
      ]),
    ).toBe(1);
  });

  it('answer an unknown documentId with 404 PERSISTED_QUERY_NOT_FOUND', async () => {
    const answer = await send(
      e2e.platform.gateway.url,
      { documentId: `sha256:${sha256(freshQuery())}` },
      { token: owner.token },
    );
    expect(answer.status).toBe(404);
    expect(codes(answer)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('the first-party safelist (SAFELIST_MODE=enforce)', () => {
  const listed = JSON.parse(readFileSync(SAFELIST_PATH, 'utf8')) as Record<string, string>;
  const [membershipsId, memberships] = Object.entries(listed).find(([, text]) =>
    text.startsWith('query Memberships'),
  )!;
  const WEB = { 'x-nexora-client': 'web' };

  /** The document as urql sends it: printed on many lines, `__typename` added below the root by graphcache. */
  const asUrqlSends = (text: string) => {
    const roots = new WeakSet<SelectionSetNode>();
    const document = visit(parse(text), { OperationDefinition: (node) => void roots.add(node.selectionSet) });
    return print(
      visit(document, {
        SelectionSet: (node) =>
          roots.has(node)
            ? undefined
            : {
                ...node,
                selections: [
                  ...node.selections,
                  { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
                ],
              },
      }),
    );
  };

  it('runs a listed document from the web client, sent as text, by its listed id or by sha256', async () => {
    const url = e2e.platform.gateway.url;
    const asText = await send(url, { query: asUrqlSends(memberships) }, { token: owner.token, headers: WEB });
    expect(asText.status).toBe(200);
    expect(asText.body.data).toMatchObject({ me: { memberships: [{ tenant: { id: owner.tenantId } }] } });
    const byId = await send(url, { documentId: membershipsId }, { token: owner.token, headers: WEB });
    expect(byId.status).toBe(200);
    expect(byId.body.data).toMatchObject({ me: { memberships: [{ tenant: { id: owner.tenantId } }] } });
    // A listed id identifies a first-party client by itself, header or not.
    const bySha = await send(url, { documentId: `sha256:${sha256(memberships)}` }, { token: owner.token });
    expect(bySha.body).toEqual(byId.body);
  });

  it('refuses an unlisted document from the web client with 400 PERSISTED_QUERY_NOT_ALLOWED and zero SQL', async () => {
    const url = e2e.platform.gateway.url;
    const query = freshQuery();
    // Registered as APQ by another client first: the APQ cache is no way around the safelist.
    await send(url, { query, extensions: persistedQuery(query) }, { token: owner.token });
    const sqlBefore = e2e.sqlStatements();
    for (const params of [
      { query },
      { extensions: persistedQuery(query) },
      { query, extensions: persistedQuery(query) },
    ]) {
      const refused = await send(url, params, { token: owner.token, headers: WEB });
      expect(refused.status).toBe(400);
      expect(codes(refused)).toEqual(['PERSISTED_QUERY_NOT_ALLOWED']);
      expect(refused.body.data).toBeUndefined();
    }
    expect(e2e.sqlStatements()).toEqual(sqlBefore);
  });

  it('leaves other clients alone: the same document without the header runs', async () => {
    const answer = await send(e2e.platform.gateway.url, { query: freshQuery() }, { token: owner.token });
    expect(answer).toEqual({
      status: 200,
      body: { data: { companies: { totalCount: expect.any(Number) } } },
    });
  });
});
