import { randomUUID } from 'node:crypto';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { createLogger, RequestRejectedError } from '@nexora/kit';
import type { GatewayCaller } from '../src/gateway-context';
import { DEFAULT_PLANS } from '../src/limits/rate-limit-plans';
import {
  startRateLimits,
  type RateLimitOptions,
  type RunningRateLimits,
} from '../src/limits/rate-limit-setup';

/**
 * The rate limiter against the machine's real Redis, each test under a key prefix of its own; and
 * against a Redis that is not there or stops answering, where the in-memory insurance must apply
 * the same limits without making any check wait long.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const logger = createLogger('gateway', 'silent');
const running: RunningRateLimits[] = [];
let redis: Redis;

beforeAll(() => {
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((limits) => limits.close()));
});

afterAll(async () => {
  await redis.quit();
});

const TENANT = () => randomUUID();

function caller(over: Partial<GatewayCaller> = {}): GatewayCaller {
  return {
    requestId: randomUUID(),
    tenantId: null,
    userId: null,
    permissions: [],
    issuedAt: Date.now(),
    operationName: null,
    clientAddress: '203.0.113.7',
    ...over,
  };
}

async function limiterWith(options: RateLimitOptions = {}) {
  const limits = await startRateLimits(
    { redisUrl: REDIS_URL, keyPrefix: `test:limits:${randomUUID()}`, ...options },
    logger,
  );
  running.push(limits);
  return limits.limiter;
}

interface Refusal {
  code: string;
  status: number;
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

interface ChargeRefusal extends Record<string, unknown> {
  code: string;
  status: number;
  retryAfter: number;
  retryAfterHeader: string | undefined;
}

/** What a refused request carried, or 'admitted'. */
async function admission(promise: Promise<void>): Promise<'admitted' | Refusal> {
  try {
    await promise;
    return 'admitted';
  } catch (error) {
    if (!(error instanceof RequestRejectedError)) throw error;
    return { code: error.code, status: error.status, ...error.details };
  }
}

/** What a refused charge carried, or 'charged'. */
async function charge(promise: Promise<void>): Promise<'charged' | ChargeRefusal> {
  try {
    await promise;
    return 'charged';
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const { http, ...extensions } = error.extensions as Record<string, unknown> & {
      http: { status: number; headers: Map<string, string> };
    };
    return {
      ...extensions,
      code: String(extensions.code),
      retryAfter: Number(extensions.retryAfter),
      status: http.status,
      retryAfterHeader: http.headers.get('retry-after'),
    };
  }
}

const TINY_PLANS = {
  free: { requestsPerMinute: 1, costPerMinute: 10 },
  standard: { requestsPerMinute: 3, costPerMinute: 100 },
  enterprise: { requestsPerMinute: 100, costPerMinute: 10_000 },
};

describe('per-minute limits in Redis', () => {
  it("admits a tenant's requests up to its plan's limit and refuses the next with RATE_LIMITED and retryAfter", async () => {
    const prefix = `test:limits:${randomUUID()}`;
    const limiter = await limiterWith({ keyPrefix: prefix, plans: TINY_PLANS });
    const tenantId = TENANT();
    const results = [];
    for (let index = 0; index < 4; index += 1)
      results.push(await admission(limiter.admitRequest(caller({ tenantId }))));
    expect(results.slice(0, 3)).toEqual(['admitted', 'admitted', 'admitted']);
    const refusal = results[3] as Refusal & { extensions: { retryAfter: number } };
    expect(refusal).toEqual({
      code: 'RATE_LIMITED',
      status: 429,
      extensions: { retryAfter: expect.any(Number), limit: 'tenantRequests', maximum: 3 },
      headers: { 'retry-after': String(refusal.extensions.retryAfter) },
    });
    expect(refusal.extensions.retryAfter).toBeGreaterThanOrEqual(1);
    expect(refusal.extensions.retryAfter).toBeLessThanOrEqual(60);
    // Counted in Redis, where every gateway replica sees it.
    expect(await redis.get(`${prefix}:tenant-requests:${tenantId}`)).toBe('4');
    // Another tenant has its own count.
    expect(await admission(limiter.admitRequest(caller({ tenantId: TENANT() })))).toBe('admitted');
  });

  it('shares one count between gateway processes', async () => {
    const keyPrefix = `test:limits:${randomUUID()}`;
    const first = await limiterWith({ keyPrefix, plans: TINY_PLANS });
    const second = await limiterWith({ keyPrefix, plans: TINY_PLANS });
    const tenantId = TENANT();
    expect(await admission(first.admitRequest(caller({ tenantId })))).toBe('admitted');
    expect(await admission(second.admitRequest(caller({ tenantId })))).toBe('admitted');
    expect(await admission(first.admitRequest(caller({ tenantId })))).toBe('admitted');
    expect(await admission(second.admitRequest(caller({ tenantId })))).toMatchObject({
      code: 'RATE_LIMITED',
    });
  });

  it('takes the plan from TENANT_PLANS, the default plan for every other tenant', async () => {
    const onFree = TENANT();
    const onEnterprise = TENANT();
    const limiter = await limiterWith({
      plans: TINY_PLANS,
      tenantPlans: { [onFree]: 'free', [onEnterprise]: 'enterprise' },
    });
    const sendFour = async (tenantId: string) => {
      const outcomes: Array<'admitted' | Refusal> = [];
      for (let index = 0; index < 4; index += 1)
        outcomes.push(await admission(limiter.admitRequest(caller({ tenantId }))));
      return outcomes.map((outcome) => (outcome === 'admitted' ? outcome : outcome.code));
    };
    expect(await sendFour(onFree)).toEqual(['admitted', 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(await sendFour(TENANT())).toEqual(['admitted', 'admitted', 'admitted', 'RATE_LIMITED']);
    expect(await sendFour(onEnterprise)).toEqual(['admitted', 'admitted', 'admitted', 'admitted']);
  });

  it('limits callers without a tenant per client address', async () => {
    const limiter = await limiterWith({ anonymousRequestsPerMinute: 2 });
    const from = (clientAddress: string) => limiter.admitRequest(caller({ clientAddress }));
    expect(await admission(from('198.51.100.1'))).toBe('admitted');
    expect(await admission(from('198.51.100.1'))).toBe('admitted');
    expect(await admission(from('198.51.100.1'))).toMatchObject({
      code: 'RATE_LIMITED',
      extensions: { limit: 'addressRequests', maximum: 2 },
    });
    expect(await admission(from('198.51.100.2'))).toBe('admitted');
  });

  it("charges cost to the tenant's budget, refuses beyond it with BUDGET_EXCEEDED and gives the refused cost back", async () => {
    const limiter = await limiterWith({ plans: TINY_PLANS });
    const tenant = caller({ tenantId: TENANT() });
    expect(await charge(limiter.chargeCost(tenant, 60))).toBe('charged');
    const refusal = await charge(limiter.chargeCost(tenant, 60));
    expect(refusal).toEqual({
      code: 'BUDGET_EXCEEDED',
      status: 429,
      limit: 'tenantCost',
      maximum: 100,
      cost: 60,
      remaining: 40,
      retryAfter: expect.any(Number),
      retryAfterHeader: String((refusal as ChargeRefusal).retryAfter),
    });
    // The refused 60 was given back: 40 are still there to spend, then nothing.
    expect(await charge(limiter.chargeCost(tenant, 40))).toBe('charged');
    expect(await charge(limiter.chargeCost(tenant, 1))).toMatchObject({
      code: 'BUDGET_EXCEEDED',
      remaining: 0,
    });
    // Another tenant's budget is its own.
    expect(await charge(limiter.chargeCost(caller({ tenantId: TENANT() }), 100))).toBe('charged');
  });

  it("applies an API key's own limits on top of its tenant's plan", async () => {
    const limiter = await limiterWith({ plans: TINY_PLANS });
    const tenantId = TENANT();
    const limitedKey = caller({
      tenantId,
      apiKeyId: randomUUID(),
      apiKeyLimits: { requestsPerMinute: 2, costPerMinute: 50 },
    });
    expect(await admission(limiter.admitRequest(limitedKey))).toBe('admitted');
    expect(await admission(limiter.admitRequest(limitedKey))).toBe('admitted');
    expect(await admission(limiter.admitRequest(limitedKey))).toMatchObject({
      code: 'RATE_LIMITED',
      extensions: { limit: 'keyRequests', maximum: 2 },
    });
    // The request the key's own limit refused was given back to the tenant's plan (3 a minute): a
    // key without limits of its own still gets the one left, then none.
    const plainKey = caller({ tenantId, apiKeyId: randomUUID() });
    expect(await admission(limiter.admitRequest(plainKey))).toBe('admitted');
    expect(await admission(limiter.admitRequest(plainKey))).toMatchObject({
      extensions: { limit: 'tenantRequests', maximum: 3 },
    });

    expect(await charge(limiter.chargeCost(limitedKey, 30))).toBe('charged');
    expect(await charge(limiter.chargeCost(limitedKey, 30))).toMatchObject({
      code: 'BUDGET_EXCEEDED',
      limit: 'keyCost',
      maximum: 50,
      remaining: 20,
    });
    // The tenant's budget (100) was refunded too: 70 of it is left for the key without limits.
    expect(await charge(limiter.chargeCost(plainKey, 70))).toBe('charged');
    expect(await charge(limiter.chargeCost(plainKey, 1))).toMatchObject({ limit: 'tenantCost' });
  });

  it('refuses to start with a plan assignment naming an unknown plan', async () => {
    await expect(
      startRateLimits({ tenantPlans: { [TENANT()]: 'gold' }, plans: DEFAULT_PLANS }, logger),
    ).rejects.toThrow(/plan "gold", which is not one of free, standard, enterprise/);
  });
});

/**
 * A TCP proxy to the real Redis that can stop forwarding in both directions, as a Redis that hangs
 * (or a network that drops packets) would: connected, and silent.
 */
async function stallableRedis(): Promise<{ url: string; stall(): void; close(): Promise<void> }> {
  const target = new URL(REDIS_URL);
  let stalled = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (data) => stalled || upstream.write(data));
    upstream.on('data', (data) => stalled || client.write(data));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stall: () => {
      stalled = true;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Runs `check` and returns its outcome and how long it took. */
async function timed<T>(check: () => Promise<T>): Promise<{ outcome: T; ms: number }> {
  const started = performance.now();
  const outcome = await check();
  return { outcome, ms: performance.now() - started };
}

/** The bound: no request is blocked by a dead Redis for more than one second. */
const MAX_EXTRA_MS = 1_000;

describe('when Redis is down or stalls', () => {
  it('with Redis unreachable the same limits apply in memory, and no check waits', async () => {
    const limiter = await limiterWith({ redisUrl: 'redis://127.0.0.1:1', plans: TINY_PLANS });
    const tenant = caller({ tenantId: TENANT() });
    const checks = [];
    for (let index = 0; index < 4; index += 1)
      checks.push(await timed(() => admission(limiter.admitRequest(tenant))));
    checks.push(await timed(() => charge(limiter.chargeCost(tenant, 60))));
    checks.push(await timed(() => charge(limiter.chargeCost(tenant, 60))));
    expect(checks.map(({ outcome }) => (typeof outcome === 'string' ? outcome : outcome.code))).toEqual([
      'admitted',
      'admitted',
      'admitted',
      'RATE_LIMITED',
      'charged',
      'BUDGET_EXCEEDED',
    ]);
    for (const { ms } of checks) expect(ms).toBeLessThan(MAX_EXTRA_MS);
  });

  it('with Redis stalling after it was used, commands time out and the insurance applies the limits', async () => {
    const proxy = await stallableRedis();
    try {
      const limiter = await limiterWith({ redisUrl: proxy.url, redisTimeoutMs: 100, plans: TINY_PLANS });
      const tenant = caller({ tenantId: TENANT() });
      expect(await admission(limiter.admitRequest(tenant))).toBe('admitted');
      proxy.stall();
      // The process's own count starts from zero: each process may admit the plan's limit on its own.
      const checks = [];
      for (let index = 0; index < 4; index += 1)
        checks.push(await timed(() => admission(limiter.admitRequest(tenant))));
      expect(checks.map(({ outcome }) => (typeof outcome === 'string' ? outcome : outcome.code))).toEqual([
        'admitted',
        'admitted',
        'admitted',
        'RATE_LIMITED',
      ]);
      for (const { ms } of checks) expect(ms).toBeLessThan(MAX_EXTRA_MS);
    } finally {
      await proxy.close();
    }
  });
});
