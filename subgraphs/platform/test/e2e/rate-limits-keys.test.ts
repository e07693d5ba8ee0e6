import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { countRows } from '@nexora/kit';
import { DEFAULT_PLANS } from '@nexora/gateway';
import {
  randomClientAddress,
  startE2EPlatform,
  USER_ERRORS,
  type E2EPlatform,
  type SignedUpTenant,
  type UserErrorResult,
} from './e2e-client';

/**
 * An API key's own limits (createApiKey's `requestsPerMinute` / `costPerMinute`) and the `/files`
 * routes, through the whole platform with limits small enough to reach: a key past its own limit is
 * refused with 429 while its tenant's plan has room and the tenant's other keys are served, and an
 * upload past the tenant's limit is refused before it reaches crm. Counters are in the machine's
 * real Redis under this run's own prefix.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const TENANT_REQUESTS_PER_MINUTE = 12;
const TENANT_COST_PER_MINUTE = 100_000;

/** 1 + 20 × (edges, node, id, name) = 81, on the partner graph as on /graphql. */
const PAGE_OF_20 = '{ companies(first: 20) { edges { node { id name } } } }';
const PAGE_OF_20_COST = 81;
/** 1 + 5 = 6. */
const COUNT_ONLY = '{ companies(first: 5) { totalCount } }';

/** Subgraphs that hold the data a partner reads; identity checks the key itself (cached briefly). */
const DATA_SUBGRAPHS = ['crm', 'erp', 'analytics'];

interface Answer {
  status: number;
  retryAfterHeader: string | null;
  code: unknown;
  extensions: Record<string, unknown>;
  hasData: boolean;
}

let e2e: E2EPlatform;
let redis: Redis;
const keyPrefix = `test:e2e-key-limits:${randomUUID()}`;

beforeAll(async () => {
  e2e = await startE2EPlatform({
    gateway: {
      rateLimits: {
        redisUrl: REDIS_URL,
        keyPrefix,
        plans: {
          ...DEFAULT_PLANS,
          standard: { requestsPerMinute: TENANT_REQUESTS_PER_MINUTE, costPerMinute: TENANT_COST_PER_MINUTE },
        },
      },
    },
  });
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
});

afterAll(async () => {
  await redis?.quit();
  await e2e?.stop();
});

async function answerOf(response: Response): Promise<Answer> {
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
  };
}

/** POSTs `query` to `/public/graphql` with the API key `secret`. */
async function partner(secret: string, query: string): Promise<Answer> {
  const response = await fetch(`${e2e.platform.gateway.origin}/public/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${secret}`,
      'x-forwarded-for': randomClientAddress(),
    },
    body: JSON.stringify({ query }),
  });
  return answerOf(response);
}

/** Creates a read key of `tenant` through identity's createApiKey, with `limits` of its own. */
async function createKey(
  tenant: SignedUpTenant,
  limits: { requestsPerMinute?: number; costPerMinute?: number } = {},
): Promise<string> {
  const result = await e2e.gql<{
    createApiKey: { secret: string | null; userErrors: UserErrorResult[] };
  }>(
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret ${USER_ERRORS} } }`,
    { input: { name: 'partner sync', scopes: ['crm.company:read'], ...limits } },
    tenant.token,
  );
  const secret = result.body.data?.createApiKey.secret;
  if (!secret) throw new Error(`createApiKey failed: ${JSON.stringify(result.body)}`);
  return secret;
}

/** Sends `send` and checks that no data subgraph ran SQL for it. */
async function withoutDataSql(send: () => Promise<Answer>): Promise<Answer> {
  const before = e2e.sqlStatements();
  const answer = await send();
  const after = e2e.sqlStatements();
  for (const subgraph of DATA_SUBGRAPHS)
    expect({ subgraph, sql: after[subgraph] }).toEqual({ subgraph, sql: before[subgraph] });
  return answer;
}

const tenantRequests = async (tenant: SignedUpTenant) =>
  Number(await redis.get(`${keyPrefix}:tenant-requests:${tenant.tenantId}`));
const tenantCost = async (tenant: SignedUpTenant) =>
  Number(await redis.get(`${keyPrefix}:tenant-cost:${tenant.tenantId}`));

describe("an API key's own limits", () => {
  it('refuses a key past its own requestsPerMinute with 429 RATE_LIMITED while its tenant has room', async () => {
    const tenant = await e2e.signUpTenant('key-requests');
    const limited = await createKey(tenant, { requestsPerMinute: 3 });
    const other = await createKey(tenant);
    for (let index = 0; index < 3; index += 1)
      expect(await partner(limited, COUNT_ONLY)).toMatchObject({ status: 200, hasData: true });

    const refused = await withoutDataSql(() => partner(limited, COUNT_ONLY));
    expect(refused).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      hasData: false,
      extensions: { limit: 'keyRequests', maximum: 3, retryAfter: expect.any(Number) },
    });
    const retryAfter = refused.extensions.retryAfter as number;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.retryAfterHeader).toBe(String(retryAfter));

    // A key hammering past its own limit does not use up the plan its tenant's users and keys share:
    // ten more refusals, and the tenant has still counted only what was served.
    for (let index = 0; index < 10; index += 1)
      expect((await partner(limited, COUNT_ONLY)).code).toBe('RATE_LIMITED');
    // Two createApiKey requests, three served partner requests.
    expect(await tenantRequests(tenant)).toBe(5);
    expect(await partner(other, COUNT_ONLY)).toMatchObject({ status: 200, hasData: true });
    // The signed-in owner is served too.
    const owner = await e2e.gql<{ companies: { totalCount: number } }>(COUNT_ONLY, {}, tenant.token);
    expect(owner.status).toBe(200);
    expect(owner.body.data?.companies.totalCount).toBe(0);
  });

  it('refuses a key past its own costPerMinute with 429 BUDGET_EXCEEDED and gives the refused cost back', async () => {
    const tenant = await e2e.signUpTenant('key-cost');
    const limited = await createKey(tenant, { costPerMinute: 200 });
    const other = await createKey(tenant);
    const spentCreatingKeys = await tenantCost(tenant);
    expect(await partner(limited, PAGE_OF_20)).toMatchObject({ status: 200, hasData: true });
    expect(await partner(limited, PAGE_OF_20)).toMatchObject({ status: 200, hasData: true });

    const refused = await withoutDataSql(() => partner(limited, PAGE_OF_20));
    expect(refused).toMatchObject({
      status: 429,
      code: 'BUDGET_EXCEEDED',
      hasData: false,
      extensions: {
        limit: 'keyCost',
        maximum: 200,
        cost: PAGE_OF_20_COST,
        remaining: 200 - 2 * PAGE_OF_20_COST,
        retryAfter: expect.any(Number),
      },
    });
    expect(refused.retryAfterHeader).toBe(String(refused.extensions.retryAfter));
    // The refused 81 was not spent: a cheaper operation still fits in the 38 left.
    expect(await partner(limited, COUNT_ONLY)).toMatchObject({ status: 200, hasData: true });
    // The tenant's budget (100,000) is far from spent: its other key reads the same page.
    expect(await partner(other, PAGE_OF_20)).toMatchObject({ status: 200, hasData: true });
    // The tenant was charged what was served: three pages and the count, not the refused page.
    expect(await tenantCost(tenant)).toBe(spentCreatingKeys + 3 * PAGE_OF_20_COST + 6);
  });
});

describe('/files', () => {
  const csv = (rows: number) =>
    `name\n${Array.from({ length: rows }, (_, index) => `Upload ${index}`).join('\n')}\n`;
  const upload = (tenant: SignedUpTenant, body: string) =>
    fetch(`${e2e.platform.gateway.origin}/files/crm/companies/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${tenant.token}` },
      body,
    });

  it("counts an upload as one of its tenant's requests and refuses it past the limit before crm sees it", async () => {
    const tenant = await e2e.signUpTenant('uploader');
    const first = await upload(tenant, csv(3));
    expect(first.status).toBe(202);
    // The upload was one request: eleven more /graphql requests fill the minute's twelve.
    for (let index = 1; index < TENANT_REQUESTS_PER_MINUTE; index += 1)
      expect((await e2e.gql(COUNT_ONLY, {}, tenant.token)).status).toBe(200);

    const before = e2e.sqlStatements();
    const refused = await upload(tenant, csv(50_000));
    expect(refused.status).toBe(429);
    const answer = await answerOf(refused);
    expect(answer).toMatchObject({
      code: 'RATE_LIMITED',
      extensions: {
        limit: 'tenantRequests',
        maximum: TENANT_REQUESTS_PER_MINUTE,
        retryAfter: expect.any(Number),
      },
    });
    expect(answer.retryAfterHeader).toBe(String(answer.extensions.retryAfter));
    expect(e2e.sqlStatements()).toEqual(before);
    // Not forwarded: crm has the first upload's job only.
    expect(await countRows('select 1 from crm.import_jobs where tenant_id = $1', [tenant.tenantId])).toBe(1);

    // Downloads count too, and /graphql sees the same count.
    const download = await fetch(`${e2e.platform.gateway.origin}/files/crm/companies/export`, {
      headers: { authorization: `Bearer ${tenant.token}` },
    });
    expect(download.status).toBe(429);
    expect((await e2e.gql(COUNT_ONLY, {}, tenant.token)).status).toBe(429);
    // Another tenant uploads as usual.
    const bystander = await e2e.signUpTenant('upload-bystander');
    expect((await upload(bystander, csv(2))).status).toBe(202);
  });
});
