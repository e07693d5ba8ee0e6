import { randomUUID } from 'node:crypto';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { Redis } from 'ioredis';
import { createLogger, RequestRejectedError, waitUntil } from '@nexora/kit';
import type { GatewayCaller } from '../src/gateway-context';
import type {
  IdempotencyClaim,
  IdempotencyStore,
  StoredResponse,
} from '../src/idempotency/idempotency-store';
import { runIdempotently, REPLAYED_HEADER } from '../src/idempotency/idempotent-request';
import { MemoryIdempotencyStore } from '../src/idempotency/memory-idempotency-store';
import { RedisIdempotencyStore, RUNNING_RECORD_MS } from '../src/idempotency/redis-idempotency-store';
import { connectOperationRedis } from '../src/operations/operation-redis';
import type { ResolvedRequest } from '../src/persisted/persisted-request';

/**
 * The idempotency records, in memory and in the machine's real Redis (each test under a key prefix
 * of its own), and the runner that puts them in front of Apollo Server: one run per key, the same
 * response for every retry, a released key after a failure, refusals with codes.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const logger = createLogger('gateway', 'silent');
const HOUR = 3_600_000;
const connections: Redis[] = [];
let redis: Redis;

beforeAll(() => {
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
});

afterAll(async () => {
  for (const connection of connections) connection.disconnect();
  await redis.quit();
});

function redisStore(retentionMs = HOUR, url = REDIS_URL): { store: RedisIdempotencyStore; prefix: string } {
  const connection = connectOperationRedis(url, logger);
  connections.push(connection);
  const prefix = `test:operations:${randomUUID()}`;
  return {
    store: new RedisIdempotencyStore(
      connection,
      prefix,
      retentionMs,
      new MemoryIdempotencyStore(retentionMs),
      logger,
    ),
    prefix,
  };
}

async function ready(store: IdempotencyStore): Promise<IdempotencyStore> {
  if (store instanceof RedisIdempotencyStore) {
    const connection = connections[connections.length - 1];
    await waitUntil(async () => connection.status === 'ready', 'Redis');
  }
  return store;
}

const STORES: Array<[string, (retentionMs?: number) => IdempotencyStore]> = [
  ['in memory', (retentionMs = HOUR) => new MemoryIdempotencyStore(retentionMs)],
  ['in Redis', (retentionMs = HOUR) => redisStore(retentionMs).store],
];

const response = (body: string): StoredResponse => ({
  status: 200,
  headers: [['content-type', 'application/json; charset=utf-8']],
  body,
});

function runClaim(claim: IdempotencyClaim) {
  if (claim.kind !== 'run') throw new Error(`expected to run, got ${claim.kind}`);
  return claim;
}

describe.each(STORES)('idempotency records %s', (_name, makeStore) => {
  it('let exactly one of 50 concurrent claims run and give the other 49 its response', async () => {
    const store = await ready(makeStore());
    const key = randomUUID();
    const claims = Array.from({ length: 50 }, () => store.claim(key, 'fingerprint-a', 10_000));
    // The first claim is the one that runs; the others wait for it.
    const first = runClaim(await claims[0]);
    await first.complete(response('{"data":{"n":1}}'));
    const settled = await Promise.all(claims.slice(1));
    expect(settled.map((claim) => claim.kind)).toEqual(Array(49).fill('replay'));
    expect(new Set(settled.map((claim) => claim.kind === 'replay' && claim.response.body))).toEqual(
      new Set(['{"data":{"n":1}}']),
    );
    const later = await store.claim(key, 'fingerprint-a', 10_000);
    expect(later).toEqual({ kind: 'replay', response: response('{"data":{"n":1}}') });
  });

  it('refuse the key with another fingerprint, while it runs and once it is done', async () => {
    const store = await ready(makeStore());
    const key = randomUUID();
    const first = runClaim(await store.claim(key, 'fingerprint-a', 10_000));
    expect(await store.claim(key, 'fingerprint-b', 10_000)).toEqual({ kind: 'reused' });
    await first.complete(response('{"data":{}}'));
    expect(await store.claim(key, 'fingerprint-b', 10_000)).toEqual({ kind: 'reused' });
  });

  it('hand a released key to one waiter, whose response the others then get', async () => {
    const store = await ready(makeStore());
    const key = randomUUID();
    const first = runClaim(await store.claim(key, 'fingerprint-a', 10_000));
    const waiting = Array.from({ length: 5 }, () => store.claim(key, 'fingerprint-a', 10_000));
    await first.release();
    const next = await Promise.race(waiting);
    await runClaim(next).complete(response('{"data":{"second":true}}'));
    const kinds = (await Promise.all(waiting)).map((claim) => claim.kind).sort();
    expect(kinds).toEqual(['replay', 'replay', 'replay', 'replay', 'run']);
  });

  it('answer busy when the first request is still running after the wait', async () => {
    const store = await ready(makeStore());
    const key = randomUUID();
    runClaim(await store.claim(key, 'fingerprint-a', 10_000));
    expect(await store.claim(key, 'fingerprint-a', 50)).toEqual({ kind: 'busy' });
  });

  it('forget a response after the retention window', async () => {
    const store = await ready(makeStore(300));
    const key = randomUUID();
    await runClaim(await store.claim(key, 'fingerprint-a', 10_000)).complete(response('{"data":{}}'));
    expect((await store.claim(key, 'fingerprint-b', 10_000)).kind).toBe('reused');
    await waitUntil(async () => {
      const claim = await store.claim(key, 'fingerprint-b', 10_000);
      if (claim.kind === 'run') await claim.release();
      return claim.kind === 'run';
    }, 'the record to expire');
  });
});

describe('idempotency records in Redis', () => {
  it('keep a running record for a bounded time and a response for the retention window', async () => {
    const { store, prefix } = redisStore(HOUR);
    await ready(store);
    const key = randomUUID();
    const claim = runClaim(await store.claim(key, 'fingerprint-a', 10_000));
    const runningTtl = await redis.pttl(`${prefix}:idempotency:${key}`);
    expect(runningTtl).toBeGreaterThan(0);
    expect(runningTtl).toBeLessThanOrEqual(RUNNING_RECORD_MS);
    await claim.complete(response('{"data":{}}'));
    const doneTtl = await redis.pttl(`${prefix}:idempotency:${key}`);
    expect(doneTtl).toBeGreaterThan(RUNNING_RECORD_MS);
    expect(doneTtl).toBeLessThanOrEqual(HOUR);
  });

  it('are shared by two gateway processes (two connections, one Redis)', async () => {
    const { store: first, prefix } = redisStore();
    const secondConnection = connectOperationRedis(REDIS_URL, logger);
    connections.push(secondConnection);
    const second = new RedisIdempotencyStore(
      secondConnection,
      prefix,
      HOUR,
      new MemoryIdempotencyStore(HOUR),
      logger,
    );
    await ready(first);
    await waitUntil(async () => secondConnection.status === 'ready', 'Redis');
    const key = randomUUID();
    const running = runClaim(await first.claim(key, 'fingerprint-a', 10_000));
    const waiting = second.claim(key, 'fingerprint-a', 10_000);
    await running.complete(response('{"data":{"shared":true}}'));
    expect(await waiting).toEqual({ kind: 'replay', response: response('{"data":{"shared":true}}') });
  });

  it('never take a slow Redis (connected, not answering) as leave to run: busy after the wait', async () => {
    const { store: direct, prefix } = redisStore();
    await ready(direct);
    const key = randomUUID();
    runClaim(await direct.claim(key, 'fingerprint-a', 10_000));
    const proxy = await silentRedisProxy();
    try {
      const connection = connectOperationRedis(proxy.url, logger);
      connections.push(connection);
      const slow = new RedisIdempotencyStore(
        connection,
        prefix,
        HOUR,
        new MemoryIdempotencyStore(HOUR),
        logger,
      );
      await waitUntil(async () => connection.status === 'ready', 'Redis through the proxy');
      proxy.silence();
      expect(await slow.claim(key, 'fingerprint-a', 1_000)).toEqual({ kind: 'busy' });
      expect(connection.status).toBe('ready');
    } finally {
      await proxy.close();
    }
  });

  it('fall back to this process memory when Redis is not there, with the same semantics', async () => {
    const { store } = redisStore(HOUR, 'redis://127.0.0.1:1');
    const key = randomUUID();
    const claims = Array.from({ length: 10 }, () => store.claim(key, 'fingerprint-a', 10_000));
    await runClaim(await claims[0]).complete(response('{"data":{"local":true}}'));
    const kinds = (await Promise.all(claims.slice(1))).map((claim) => claim.kind);
    expect(kinds).toEqual(Array(9).fill('replay'));
    expect((await store.claim(key, 'fingerprint-b', 10_000)).kind).toBe('reused');
  });
});

/** A TCP proxy to the real Redis that can stop forwarding: connected, and silent, as a hung Redis. */
async function silentRedisProxy(): Promise<{ url: string; silence(): void; close(): Promise<void> }> {
  const target = new URL(REDIS_URL);
  let silent = false;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (data) => silent || upstream.write(data));
    upstream.on('data', (data) => silent || client.write(data));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as AddressInfo).port}`,
    silence: () => {
      silent = true;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const CALLER: GatewayCaller = {
  requestId: 'request',
  tenantId: randomUUID(),
  userId: randomUUID(),
  permissions: [],
  issuedAt: Date.now(),
  operationName: null,
  clientAddress: '203.0.113.7',
};

function mutationRequest(
  key: string | undefined,
  variables: Record<string, unknown> = { input: { name: 'Acme' } },
  query = 'mutation Create($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } } }',
  method = 'POST',
): ResolvedRequest {
  const headers = new HeaderMap([['content-type', 'application/json']]);
  if (key !== undefined) headers.set('idempotency-key', key);
  return {
    request: { method, headers, search: '', body: { query, variables } },
    query,
    operationName: null,
    variables,
  };
}

function answer(status: number, body: unknown): HTTPGraphQLResponse {
  return {
    status,
    headers: new HeaderMap([['content-type', 'application/json; charset=utf-8']]),
    body: { kind: 'complete', string: JSON.stringify(body) },
  };
}

const bodyOf = (result: HTTPGraphQLResponse) => (result.body.kind === 'complete' ? result.body.string : null);

describe.each(STORES)('runIdempotently %s', (_name, makeStore) => {
  async function withStore() {
    const store = await ready(makeStore());
    let runs = 0;
    const run = (request: ResolvedRequest, result: () => HTTPGraphQLResponse, caller = CALLER) =>
      runIdempotently(
        request,
        'graphql',
        caller,
        async () => {
          runs += 1;
          return result();
        },
        { store, waitMs: 10_000, maxTokens: 3_000 },
      );
    return { run, runs: () => runs };
  }

  it('run a mutation once and send the stored response, marked replayed, to a retry', async () => {
    const { run, runs } = await withStore();
    const key = randomUUID();
    const first = await run(mutationRequest(key), () => answer(200, { data: { id: randomUUID() } }));
    const retry = await run(mutationRequest(key), () => answer(200, { data: { id: randomUUID() } }));
    expect(runs()).toBe(1);
    expect(retry.status).toBe(200);
    expect(bodyOf(retry)).toBe(bodyOf(first));
    expect(retry.headers.get(REPLAYED_HEADER)).toBe('true');
    expect(first.headers.get(REPLAYED_HEADER)).toBeUndefined();
  });

  it('treat variables with keys in another order as the same body', async () => {
    const { run, runs } = await withStore();
    const key = randomUUID();
    await run(mutationRequest(key, { input: { name: 'Acme', domain: 'acme.com' } }), () =>
      answer(200, { data: {} }),
    );
    const retry = await run(mutationRequest(key, { input: { domain: 'acme.com', name: 'Acme' } }), () =>
      answer(200, { data: {} }),
    );
    expect(runs()).toBe(1);
    expect(retry.headers.get(REPLAYED_HEADER)).toBe('true');
  });

  it('refuse the key with other variables: 422 IDEMPOTENCY_KEY_REUSED, nothing run', async () => {
    const { run, runs } = await withStore();
    const key = randomUUID();
    await run(mutationRequest(key), () => answer(200, { data: {} }));
    const reuse = run(mutationRequest(key, { input: { name: 'Globex' } }), () => answer(200, { data: {} }));
    await expect(reuse).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', status: 422 });
    expect(runs()).toBe(1);
  });

  it.each([
    ['a 502', () => answer(502, { data: null, errors: [{ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] })],
    ['a 504', () => answer(504, { errors: [{ extensions: { code: 'TIMEOUT' } }] })],
    [
      'data null (200)',
      () => answer(200, { data: null, errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
    ],
    [
      'a refusal (400)',
      () => answer(400, { errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }),
    ],
    [
      'a network error',
      () => {
        throw new Error('socket hang up');
      },
    ],
  ])('release the key after %s, so a retry runs (even with another body)', async (_failure, failure) => {
    const { run, runs } = await withStore();
    const key = randomUUID();
    await run(mutationRequest(key), failure).catch(() => undefined);
    const retry = await run(mutationRequest(key, { input: { name: 'Other' } }), () =>
      answer(200, { data: { ok: true } }),
    );
    expect(runs()).toBe(2);
    expect(bodyOf(retry)).toBe('{"data":{"ok":true}}');
  });

  it('scope keys to the caller: another user with the same key runs their own mutation', async () => {
    const { run, runs } = await withStore();
    const key = randomUUID();
    await run(mutationRequest(key), () => answer(200, { data: {} }));
    await run(mutationRequest(key), () => answer(200, { data: {} }), { ...CALLER, userId: randomUUID() });
    await run(mutationRequest(key), () => answer(200, { data: {} }), { ...CALLER, tenantId: randomUUID() });
    expect(runs()).toBe(3);
  });

  it('ignore the header on queries, GET requests and requests without one', async () => {
    const { run, runs } = await withStore();
    const key = randomUUID();
    const query = mutationRequest(key, {}, '{ companies(first: 1) { totalCount } }');
    await run(query, () => answer(200, { data: {} }));
    await run(query, () => answer(200, { data: {} }));
    await run(mutationRequest(key, undefined, undefined, 'GET'), () => answer(405, {}));
    await run(mutationRequest(undefined), () => answer(200, { data: {} }));
    await run(mutationRequest(undefined), () => answer(200, { data: {} }));
    expect(runs()).toBe(5);
  });

  it.each([
    ['empty', ''],
    ['201 characters', 'x'.repeat(201)],
    ['not ASCII', 'caf\u00e9'],
  ])('refuse a malformed key (%s) with 400 BAD_USER_INPUT before running', async (_kind, key) => {
    const { run, runs } = await withStore();
    const attempt = run(mutationRequest(key), () => answer(200, { data: {} }));
    await expect(attempt).rejects.toBeInstanceOf(RequestRejectedError);
    await expect(attempt).rejects.toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
    expect(runs()).toBe(0);
  });

  it('take a quoted key (IETF structured field) as the same key as the bare one', async () => {
    const { run, runs } = await withStore();
    const key = randomUUID();
    await run(mutationRequest(key), () => answer(200, { data: {} }));
    const retry = await run(mutationRequest(`"${key}"`), () => answer(200, { data: {} }));
    expect(runs()).toBe(1);
    expect(retry.headers.get(REPLAYED_HEADER)).toBe('true');
  });
});
