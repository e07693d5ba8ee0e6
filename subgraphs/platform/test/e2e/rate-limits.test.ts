import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { DEFAULT_PLANS } from '@nexora/gateway';
import {
  PASSWORD,
  randomClientAddress,
  startE2EPlatform,
  type E2EPlatform,
  type SignedUpTenant,
} from './e2e-client';

/**
 * Rate limits and cost budgets through the whole platform, with limits small enough to reach in a
 * test: a refusal is a 429 with a code, `retryAfter` and a `Retry-After` header, and no subgraph runs
 * a single SQL statement for it. One platform counts in the machine's real Redis (under a key prefix
 * of this run's own), another is pointed at a Redis that is not there.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** `{ companies(first: 20) { edges { node { id name } } } }`: 1 + 20 × (edges, node, id, name) = 81. */
const PAGE_OF_20 = '{ companies(first: 20) { edges { node { id name } } } }';
const PAGE_OF_20_COST = 81;
/** 1 + 5 = 6. */
const COUNT_ONLY = '{ companies(first: 5) { totalCount } }';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }`;

interface Answer {
  status: number;
  retryAfterHeader: string | null;
  code: unknown;
  extensions: Record<string, unknown>;
  hasData: boolean;
  ms: number;
}

/** POSTs to the gateway and keeps what a client sees: status, Retry-After, the first error's code. */
async function post(
  e2e: E2EPlatform,
  query: string,
  {
    token,
    address,
    variables = {},
  }: { token?: string; address: string; variables?: Record<string, unknown> },
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(e2e.platform.gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ extensions?: Record<string, unknown> }>;
  };
  return {
    status: response.status,
    retryAfterHeader: response.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions?.code ?? null,
    extensions: body.errors?.[0]?.extensions ?? {},
    hasData: body.data !== undefined && body.data !== null,
    ms: performance.now() - started,
  };
}

/** Sends `send` and checks that no subgraph ran SQL for it. */
async function withoutSql(e2e: E2EPlatform, send: () => Promise<Answer>): Promise<Answer> {
  const before = e2e.sqlStatements();
  const answer = await send();
  expect(e2e.sqlStatements()).toEqual(before);
  return answer;
}

describe('rate limits and budgets, counted in Redis', () => {
  const keyPrefix = `test:e2e-limits:${randomUUID()}`;
  const REQUESTS_PER_MINUTE = 5;
  const COST_PER_MINUTE = 200;
  const ANONYMOUS_PER_MINUTE = 4;
  const MAX_BODY_BYTES = 20_000;
  let e2e: E2EPlatform;
  let redis: Redis;
  let tenants: SignedUpTenant[];

  beforeAll(async () => {
    e2e = await startE2EPlatform({
      gateway: {
        maxBodyBytes: MAX_BODY_BYTES,
        rateLimits: {
          redisUrl: REDIS_URL,
          keyPrefix,
          anonymousRequestsPerMinute: ANONYMOUS_PER_MINUTE,
          plans: {
            ...DEFAULT_PLANS,
            standard: { requestsPerMinute: REQUESTS_PER_MINUTE, costPerMinute: COST_PER_MINUTE },
          },
        },
      },
    });
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    // Three sign-ups from this file's address: within its anonymous limit.
    tenants = [];
    for (const prefix of ['busy', 'spender', 'bystander']) tenants.push(await e2e.signUpTenant(prefix));
  });

  afterAll(async () => {
    await redis?.quit();
    await e2e?.stop();
  });

  it("refuses a tenant's request past its plan's limit with 429 RATE_LIMITED, retryAfter and no SQL", async () => {
    const [busy] = tenants;
    const address = randomClientAddress();
    const served = [];
    for (let index = 0; index < REQUESTS_PER_MINUTE; index += 1)
      served.push((await post(e2e, COUNT_ONLY, { token: busy.token, address })).status);
    expect(served).toEqual([200, 200, 200, 200, 200]);

    const refused = await withoutSql(e2e, () => post(e2e, COUNT_ONLY, { token: busy.token, address }));
    expect(refused).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      hasData: false,
      extensions: { limit: 'tenantRequests', maximum: REQUESTS_PER_MINUTE, retryAfter: expect.any(Number) },
    });
    const retryAfter = refused.extensions.retryAfter as number;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.retryAfterHeader).toBe(String(retryAfter));
    // The count is in Redis, where every gateway replica reads it.
    expect(await redis.get(`${keyPrefix}:tenant-requests:${busy.tenantId}`)).toBe(
      String(REQUESTS_PER_MINUTE + 1),
    );
  });

  it('refuses an over-budget tenant with 429 BUDGET_EXCEEDED and no SQL while another tenant is served', async () => {
    const [, spender, bystander] = tenants;
    const address = randomClientAddress();
    expect((await post(e2e, PAGE_OF_20, { token: spender.token, address })).status).toBe(200);
    expect((await post(e2e, PAGE_OF_20, { token: spender.token, address })).status).toBe(200);

    const refused = await withoutSql(e2e, () => post(e2e, PAGE_OF_20, { token: spender.token, address }));
    expect(refused).toMatchObject({
      status: 429,
      code: 'BUDGET_EXCEEDED',
      hasData: false,
      extensions: {
        limit: 'tenantCost',
        maximum: COST_PER_MINUTE,
        cost: PAGE_OF_20_COST,
        remaining: COST_PER_MINUTE - 2 * PAGE_OF_20_COST,
      },
    });
    expect(refused.retryAfterHeader).toBe(String(refused.extensions.retryAfter));

    // The refused cost was not spent: a cheaper operation still fits in what is left.
    expect(await post(e2e, COUNT_ONLY, { token: spender.token, address })).toMatchObject({
      status: 200,
      hasData: true,
    });
    // Another tenant's budget is its own.
    expect(await post(e2e, PAGE_OF_20, { token: bystander.token, address })).toMatchObject({
      status: 200,
      hasData: true,
    });
  });

  it('limits anonymous callers per client address, before identity sees the request', async () => {
    const address = randomClientAddress();
    const login = () =>
      post(e2e, LOGIN, {
        address,
        variables: { input: { email: `nobody-${randomUUID()}@example.com`, password: PASSWORD } },
      });
    for (let index = 0; index < ANONYMOUS_PER_MINUTE; index += 1) expect((await login()).status).toBe(200);
    expect(await withoutSql(e2e, login)).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      extensions: { limit: 'addressRequests', maximum: ANONYMOUS_PER_MINUTE },
    });
    // Another address is not affected.
    expect(
      (
        await post(e2e, LOGIN, {
          address: randomClientAddress(),
          variables: { input: { email: 'a@b.example', password: PASSWORD } },
        })
      ).status,
    ).toBe(200);
  });

  it('refuses a body over MAX_BODY_BYTES with 413, declared or streamed, without running anything', async () => {
    const [busy] = tenants;
    const padding = 'x'.repeat(MAX_BODY_BYTES);
    const body = JSON.stringify({ query: COUNT_ONLY, variables: { padding } });
    const before = e2e.sqlStatements();
    const declared = await fetch(e2e.platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${busy.token}` },
      body,
    });
    expect(declared.status).toBe(413);
    expect(
      ((await declared.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
      limit: 'bodySize',
      maximum: MAX_BODY_BYTES,
    });

    // Without a Content-Length the gateway stops counting once the limit is passed.
    const chunk = new TextEncoder().encode(
      `{"query":"${COUNT_ONLY}","variables":{"padding":"${'y'.repeat(4_000)}`,
    );
    let sent = 0;
    const streamed = await fetch(e2e.platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${busy.token}` },
      body: new ReadableStream({
        pull(controller) {
          if (sent++ < 50) controller.enqueue(chunk);
          else controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(e2e.sqlStatements()).toEqual(before);
  });
});

describe('rate limits with Redis unreachable', () => {
  const REQUESTS_PER_MINUTE = 3;
  /** The bound: a dead Redis blocks no request for more than a second. */
  const MAX_REQUEST_MS = 1_000;
  let e2e: E2EPlatform;

  beforeAll(async () => {
    e2e = await startE2EPlatform({
      gateway: {
        rateLimits: {
          // Nothing listens on port 1: every Redis command fails, the gateway counts in memory.
          redisUrl: 'redis://127.0.0.1:1',
          plans: {
            ...DEFAULT_PLANS,
            standard: { requestsPerMinute: REQUESTS_PER_MINUTE, costPerMinute: 1_000 },
          },
        },
      },
    });
  });

  afterAll(async () => {
    await e2e?.stop();
  });

  it('still serves requests, still applies the limits, and answers each within a second', async () => {
    const tenant = await e2e.signUpTenant('no-redis');
    const address = randomClientAddress();
    const answers: Answer[] = [];
    for (let index = 0; index <= REQUESTS_PER_MINUTE; index += 1)
      answers.push(await post(e2e, COUNT_ONLY, { token: tenant.token, address }));
    expect(answers.map((answer) => [answer.status, answer.code])).toEqual([
      [200, null],
      [200, null],
      [200, null],
      [429, 'RATE_LIMITED'],
    ]);
    for (const answer of answers) expect(answer.ms).toBeLessThan(MAX_REQUEST_MS);
  });
});
