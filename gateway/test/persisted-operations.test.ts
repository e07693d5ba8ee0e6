import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Kind, parse, print, visit, type DocumentNode, type SelectionSetNode } from 'graphql';
import pino from 'pino';
import { createLogger, waitUntil } from '@nexora/kit';
import { loadGatewayConfig } from '../src/config';
import { DEFAULT_SAFELIST_PATH } from '../src/operations/operation-pipeline';
import { operationOptions } from '../src/operations/operations-config';
import { APQ_KEY_PREFIX } from '../src/persisted/apq-cache';
import { loadPersistedDocuments, PersistedDocuments } from '../src/persisted/persisted-documents';
import {
  createPersistedRequestResolver,
  type PersistedRequestOptions,
  type SafelistMode,
} from '../src/persisted/persisted-request';

/**
 * The persisted-document step on its own: the web client's real safelist file, lookups by id and
 * hash, the checks of the APQ extension, and who the safelist applies to. End to end through the
 * platform: subgraphs/platform/test/e2e/persisted-operations.test.ts.
 */
const silent = createLogger('gateway', 'silent');
const sha = (algorithm: string, text: string) => createHash(algorithm).update(text).digest('hex');
const webSafelist = loadPersistedDocuments(DEFAULT_SAFELIST_PATH, true);
const listedEntries = JSON.parse(readFileSync(DEFAULT_SAFELIST_PATH, 'utf8')) as Record<string, string>;
const listedTexts = Object.values(listedEntries);
const listedQuery = listedTexts.find((text) => /^query\b|\} query\b/.test(text))!;
const UNLISTED = '{ companies(first: 1) { totalCount } }';

/**
 * The same operation as a client may print it: every selection set below the root gets
 * `__typename` (what urql's graphcache adds), selections in reverse order, multi-line.
 */
function asClientPrints(text: string): string {
  const roots = new WeakSet<SelectionSetNode>();
  const document: DocumentNode = visit(parse(text), {
    OperationDefinition: (node) => void roots.add(node.selectionSet),
  });
  return print(
    visit(document, {
      SelectionSet: (node) => {
        if (roots.has(node)) return undefined;
        const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
        return { ...node, selections: [...node.selections].reverse().concat([typename]) };
      },
    }),
  );
}

function post(body: Record<string, unknown>, headers: Record<string, string> = {}): HTTPGraphQLRequest {
  return {
    method: 'POST',
    headers: new HeaderMap(Object.entries({ 'content-type': 'application/json', ...headers })),
    search: '',
    body,
  };
}

function resolver(over: Partial<PersistedRequestOptions> & { mode?: SafelistMode } = {}) {
  return createPersistedRequestResolver({
    documents: webSafelist,
    apqCache: new InMemoryLRUCache<string>(),
    safelist: { mode: over.mode ?? 'enforce', clients: new Set(['web']) },
    maxTokens: 3_000,
    logger: silent,
    ...over,
  });
}

describe("the web client's safelist file", () => {
  it('lists documents by the SHA-1 of their text (the client preset default), each found by id and sha256', () => {
    const entries = listedEntries;
    expect(webSafelist.size).toBe(Object.keys(entries).length);
    expect(webSafelist.size).toBeGreaterThan(10);
    for (const [id, text] of Object.entries(entries)) {
      expect(id).toBe(sha('sha1', text));
      expect(webSafelist.byDocumentId(id)?.text).toBe(text);
      expect(webSafelist.byDocumentId(`sha256:${sha('sha256', text)}`)?.text).toBe(text);
      expect(webSafelist.bySha256Hash(sha('sha256', text))?.id).toBe(id);
    }
  });

  it('is refused at start when it must be enforced and is missing or broken', () => {
    expect(() => loadPersistedDocuments('/nonexistent/persisted-documents.json', true)).toThrow(
      /Cannot read the safelist at \/nonexistent/,
    );
    expect(loadPersistedDocuments('/nonexistent/persisted-documents.json', false).size).toBe(0);
    expect(() => new PersistedDocuments({ broken: 'query {' })).toThrow();
  });
});

describe('APQ entries', () => {
  it('are read under the key prefix Apollo Server writes them with', async () => {
    const cache = new InMemoryLRUCache<string>();
    const apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      persistedQueries: { cache },
    });
    await apollo.start();
    try {
      const query = '{ hello }';
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: post({
          query,
          extensions: { persistedQuery: { version: 1, sha256Hash: sha('sha256', query) } },
        }),
        context: async () => ({}),
      });
      expect(response.status ?? 200).toBe(200);
      // Apollo registers without awaiting the write.
      await waitUntil(
        async () => (await cache.get(APQ_KEY_PREFIX + sha('sha256', query))) === query,
        'the APQ entry',
      );
    } finally {
      await apollo.stop();
    }
  });
});

describe('the persisted-document step', () => {
  it('gives a listed documentId (its id or sha256:) its text, and removes the id, on POST and GET', async () => {
    const resolve = resolver();
    const id = webSafelist.bySha256Hash(sha('sha256', listedQuery))!.id;
    const byId = await resolve(post({ documentId: id }));
    expect(byId.query).toBe(listedQuery);
    expect(byId.request.body).toEqual({ query: listedQuery });
    const bySha = await resolve(
      post({ documentId: `sha256:${sha('sha256', listedQuery)}`, variables: { a: 1 } }),
    );
    expect(bySha.request.body).toEqual({ query: listedQuery, variables: { a: 1 } });
    const get = await resolve({
      method: 'GET',
      headers: new HeaderMap(),
      search: `?documentId=${id}&variables=${encodeURIComponent('{"a":1}')}`,
      body: undefined,
    });
    const search = new URLSearchParams(get.request.search);
    expect(search.get('query')).toBe(listedQuery);
    expect(search.has('documentId')).toBe(false);
    expect(get.variables).toEqual({ a: 1 });
  });

  it('looks a sha256 documentId or a hash-only APQ request up in the APQ cache too', async () => {
    const apqCache = new InMemoryLRUCache<string>();
    await apqCache.set(APQ_KEY_PREFIX + sha('sha256', UNLISTED), UNLISTED);
    const resolve = resolver({ apqCache, mode: 'off' });
    expect((await resolve(post({ documentId: `sha256:${sha('sha256', UNLISTED)}` }))).query).toBe(UNLISTED);
    const hashOnly = await resolve(
      post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha('sha256', UNLISTED) } } }),
    );
    expect(hashOnly.query).toBe(UNLISTED);
    expect((hashOnly.request.body as { query: string }).query).toBe(UNLISTED);
  });

  it.each<[string, Record<string, unknown>, string, number]>([
    ['an unknown documentId', { documentId: 'sha256:' + '0'.repeat(64) }, 'PERSISTED_QUERY_NOT_FOUND', 404],
    ['a documentId that is not a string', { documentId: 42 }, 'BAD_USER_INPUT', 400],
    [
      'a documentId with another text',
      { documentId: `sha256:${sha('sha256', listedQuery)}`, query: UNLISTED },
      'PERSISTED_QUERY_HASH_MISMATCH',
      400,
    ],
    [
      'a hash that is not the text’s',
      { query: UNLISTED, extensions: { persistedQuery: { version: 1, sha256Hash: sha('sha256', 'x') } } },
      'PERSISTED_QUERY_HASH_MISMATCH',
      400,
    ],
    [
      'version 2',
      {
        query: UNLISTED,
        extensions: { persistedQuery: { version: 2, sha256Hash: sha('sha256', UNLISTED) } },
      },
      'PERSISTED_QUERY_NOT_SUPPORTED',
      400,
    ],
    [
      'a malformed hash',
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'ABC' } } },
      'PERSISTED_QUERY_NOT_SUPPORTED',
      400,
    ],
  ])('refuses %s', async (_case, body, code, status) => {
    await expect(resolver({ mode: 'off' })(post(body))).rejects.toMatchObject({ code, status });
  });

  it('leaves a hash-only request it cannot resolve to Apollo (the protocol’s PERSISTED_QUERY_NOT_FOUND)', async () => {
    const body = { extensions: { persistedQuery: { version: 1, sha256Hash: sha('sha256', 'unknown') } } };
    const resolved = await resolver({ mode: 'off' })(post(body));
    expect(resolved.query).toBeNull();
    expect(resolved.request.body).toEqual(body);
  });
});

describe('the safelist', () => {
  it('recognises every listed document however the client prints it (selection order, __typename)', async () => {
    const resolve = resolver();
    for (const text of listedTexts) {
      const resolved = await resolve(post({ query: asClientPrints(text) }, { 'x-nexora-client': 'web' }));
      expect(resolved.query).toBe(asClientPrints(text));
    }
  });

  it('refuses, under enforce, a first-party document that is not listed or has one field more', async () => {
    const resolve = resolver();
    const changed = listedQuery.replace(/\{/, '{ __schema { description } ');
    for (const query of [UNLISTED, changed]) {
      await expect(resolve(post({ query }, { 'x-nexora-client': 'web' }))).rejects.toMatchObject({
        code: 'PERSISTED_QUERY_NOT_ALLOWED',
        status: 400,
      });
      await expect(resolve(post({ query }, { 'X-Nexora-Client': ' Web ' }))).rejects.toMatchObject({
        code: 'PERSISTED_QUERY_NOT_ALLOWED',
      });
    }
    const hashOnly = { extensions: { persistedQuery: { version: 1, sha256Hash: sha('sha256', UNLISTED) } } };
    await expect(resolve(post(hashOnly, { 'x-nexora-client': 'web' }))).rejects.toMatchObject({
      code: 'PERSISTED_QUERY_NOT_ALLOWED',
    });
  });

  it('leaves other clients, the partner route and mode off alone', async () => {
    expect((await resolver()(post({ query: UNLISTED }))).query).toBe(UNLISTED);
    expect((await resolver()(post({ query: UNLISTED }, { 'x-nexora-client': 'partner-app' }))).query).toBe(
      UNLISTED,
    );
    const partnerRoute = resolver({ safelist: null });
    expect((await partnerRoute(post({ query: UNLISTED }, { 'x-nexora-client': 'web' }))).query).toBe(
      UNLISTED,
    );
    const off = resolver({ mode: 'off' });
    expect((await off(post({ query: UNLISTED }, { 'x-nexora-client': 'web' }))).query).toBe(UNLISTED);
  });

  it('serves, under log, an unlisted first-party document and logs it once', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
          done();
        },
      }),
    );
    const resolve = resolver({ mode: 'log', logger });
    for (let attempt = 0; attempt < 3; attempt++)
      expect((await resolve(post({ query: UNLISTED }, { 'x-nexora-client': 'web' }))).query).toBe(UNLISTED);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      client: 'web',
      documentHash: sha('sha256', UNLISTED),
      safelistMode: 'log',
      msg: 'first-party document not on the safelist (SAFELIST_MODE=log: served)',
    });
  });
});

describe('configuration', () => {
  it('defaults to APQ and idempotency on, the safelist off, and reads each setting', () => {
    expect(operationOptions(loadGatewayConfig({}, []))).toEqual({
      operations: {
        redisUrl: undefined,
        apq: true,
        apqTtlSeconds: 86_400,
        safelist: { mode: 'off', path: DEFAULT_SAFELIST_PATH, clients: ['web'] },
        idempotency: { retentionMs: 24 * 3_600_000, waitMs: 10_000 },
      },
    });
    const config = loadGatewayConfig(
      {
        REDIS_URL: 'redis://cache:6379',
        APQ: 'false',
        SAFELIST_MODE: 'enforce',
        SAFELIST_CLIENTS: 'Web, mobile',
        IDEMPOTENCY_RETENTION_HOURS: '48',
        IDEMPOTENCY_WAIT_MS: '2000',
      },
      [],
    );
    expect(operationOptions(config).operations).toMatchObject({
      redisUrl: 'redis://cache:6379',
      apq: false,
      safelist: { mode: 'enforce', clients: ['web', 'mobile'] },
      idempotency: { retentionMs: 48 * 3_600_000, waitMs: 2_000 },
    });
    expect(operationOptions(loadGatewayConfig({ IDEMPOTENCY: 'false' }, [])).operations.idempotency).toBe(
      false,
    );
  });

  it('refuses to start on a bad value, naming the variable', () => {
    expect(() => loadGatewayConfig({ SAFELIST_MODE: 'strict' }, [])).toThrow(
      /SAFELIST_MODE.*must be off, log or enforce/,
    );
    expect(() => loadGatewayConfig({ IDEMPOTENCY_RETENTION_HOURS: '0' }, [])).toThrow(
      /IDEMPOTENCY_RETENTION_HOURS/,
    );
  });
});
