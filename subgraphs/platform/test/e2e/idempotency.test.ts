import { randomUUID } from 'node:crypto';
import { countRows } from '@nexora/kit';
import type { RunningGateway } from '@nexora/gateway';
import {
  CREATE_COMPANY,
  randomClientAddress,
  startE2EPlatform,
  uniqueName,
  type E2EPlatform,
  type SignedUpTenant,
} from './e2e-client';
import { startExtraGateway } from './extra-gateway';

/**
 * `Idempotency-Key` on mutations through the whole platform: 50 concurrent retries of one
 * `createCompany` create exactly one company and all get the same answer, later retries get the
 * stored answer, the key with another body is refused; once with the records in the machine's
 * real Redis shared by two gateway replicas, once in one gateway's memory.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ADDRESS = randomClientAddress();

interface RawAnswer {
  status: number;
  text: string;
  replayed: boolean;
  code: unknown;
}

async function mutate(
  url: string,
  token: string,
  variables: Record<string, unknown>,
  { key, query = CREATE_COMPANY }: { key?: string; query?: string },
): Promise<RawAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'x-forwarded-for': ADDRESS,
      ...(key !== undefined ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> };
  return {
    status: response.status,
    text,
    replayed: response.headers.get('idempotent-replayed') === 'true',
    code: body.errors?.[0]?.extensions?.code,
  };
}

const companiesNamed = (tenant: SignedUpTenant, name: string) =>
  countRows('select 1 from crm.companies where tenant_id = $1 and name = $2', [tenant.tenantId, name]);

let e2e: E2EPlatform;
let replica: RunningGateway;
let inMemory: RunningGateway;
let owner: SignedUpTenant;

beforeAll(async () => {
  const operations = { redisUrl: REDIS_URL, keyPrefix: `test:operations:${randomUUID()}` };
  e2e = await startE2EPlatform({ gateway: { operations } });
  replica = await startExtraGateway(e2e, { operations });
  inMemory = await startExtraGateway(e2e, { operations: {} });
  owner = await e2e.signUpTenant('idempotent');
});

afterAll(async () => {
  await inMemory?.stop();
  await replica?.stop();
  await e2e?.stop();
});

describe.each([
  ['in Redis, across two gateway replicas', () => [e2e.platform.gateway.url, replica.url]],
  ['in one gateway’s memory', () => [inMemory.url]],
])('Idempotency-Key with the records %s', (_where, gateways) => {
  it('makes 50 concurrent createCompany with one key create one company, all 50 answered alike', async () => {
    const urls = gateways();
    const name = uniqueName('Exactly once');
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        mutate(urls[index % urls.length], owner.token, { input: { name } }, { key }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200));
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(JSON.parse(answers[0].text)).toMatchObject({
      data: { createCompany: { company: { id: expect.any(String), name }, userErrors: [] } },
    });
    // One request ran; the 49 others waited for it and got its response from the store.
    expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
    expect(await companiesNamed(owner, name)).toBe(1);
  });

  it('answers a retry after completion with the stored response, and the key with another body with 422', async () => {
    const urls = gateways();
    const name = uniqueName('Stored');
    const key = randomUUID();
    const first = await mutate(urls[0], owner.token, { input: { name } }, { key });
    expect(first).toMatchObject({ status: 200, replayed: false });
    const retry = await mutate(urls[urls.length - 1], owner.token, { input: { name } }, { key });
    expect(retry).toEqual({ ...first, replayed: true });

    const other = uniqueName('Other body');
    const reused = await mutate(urls[0], owner.token, { input: { name: other } }, { key });
    expect(reused.status).toBe(422);
    expect(reused.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await companiesNamed(owner, name)).toBe(1);
    expect(await companiesNamed(owner, other)).toBe(0);
  });
});

describe('Idempotency-Key', () => {
  it('releases the key of a mutation that failed (no data), so a retry with it runs', async () => {
    const url = e2e.platform.gateway.url;
    const key = randomUUID();
    const failed = await mutate(
      url,
      owner.token,
      { input: { id: randomUUID(), name: 'Nobody' } },
      {
        key,
        query: 'mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { id } } }',
      },
    );
    expect(failed.status).toBe(404);
    expect(failed.code).toBe('NOT_FOUND');
    const name = uniqueName('After a failure');
    const retry = await mutate(url, owner.token, { input: { name } }, { key });
    expect(retry).toMatchObject({ status: 200, replayed: false });
    expect(await companiesNamed(owner, name)).toBe(1);
  });

  it('is scoped to the caller: another user of another tenant with the same key gets their own company', async () => {
    const other = await e2e.signUpTenant('idempotent-other');
    const key = randomUUID();
    const name = uniqueName('Same key');
    const mine = await mutate(e2e.platform.gateway.url, owner.token, { input: { name } }, { key });
    const theirs = await mutate(e2e.platform.gateway.url, other.token, { input: { name } }, { key });
    expect([mine.replayed, theirs.replayed]).toEqual([false, false]);
    expect(theirs.text).not.toBe(mine.text);
    expect(await companiesNamed(owner, name)).toBe(1);
    expect(await companiesNamed(other, name)).toBe(1);
  });

  it('is ignored on queries', async () => {
    const key = randomUUID();
    const query = '{ companies(first: 1) { totalCount } }';
    const first = await mutate(e2e.platform.gateway.url, owner.token, {}, { key, query });
    const second = await mutate(e2e.platform.gateway.url, owner.token, { unused: 1 }, { key, query });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.replayed, second.replayed]).toEqual([false, false]);
  });

  it('must be 1–200 visible ASCII characters: otherwise 400 BAD_USER_INPUT and no SQL', async () => {
    const before = e2e.sqlStatements();
    const name = uniqueName('Bad key');
    const refused = await mutate(
      e2e.platform.gateway.url,
      owner.token,
      { input: { name } },
      { key: 'k'.repeat(201) },
    );
    expect(refused.status).toBe(400);
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(e2e.sqlStatements()).toEqual(before);
    expect(await companiesNamed(owner, name)).toBe(0);
  });
});
