import { randomBytes, randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { BUILT_IN_ROLES, countRows } from '@nexora/kit';
import { startE2EPlatform, type E2EPlatform, type SignedUpTenant } from './e2e-client';

let e2e: E2EPlatform;

beforeAll(async () => {
  e2e = await startE2EPlatform();
});

afterAll(async () => {
  await e2e?.stop();
});

interface ImportJob {
  id: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  total: number;
  processed: number;
  imported: number;
  errorCount: number;
  errors: Array<{ line: number; column: string | null; code: string; message: string }>;
  message: string | null;
}

interface FileAnswer {
  status: number;
  text: string;
  json(): { job?: ImportJob; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
}

async function upload(
  body: string | Buffer,
  token: string | null,
  query = '',
  path = 'crm/companies/import',
): Promise<FileAnswer> {
  const response = await fetch(`${e2e.platform.gateway.origin}/files/${path}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

async function exportCompanies(
  token: string | null,
): Promise<{ status: number; text: string; type: string }> {
  const response = await fetch(`${e2e.platform.gateway.origin}/files/crm/companies/export`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    text: await response.text(),
    type: response.headers.get('content-type') ?? '',
  };
}

const JOB_FIELDS =
  'id status total processed imported errorCount errors { line column code message } message';

async function job(token: string, id: string): Promise<ImportJob | null> {
  const result = await e2e.gql<{ importJob: ImportJob | null }>(
    `query Job($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`,
    { id },
    token,
  );
  expect(result.body.errors).toBeUndefined();
  return result.body.data?.importJob ?? null;
}

/** Polls the job as a client would, checking that progress only ever grows within its total. */
async function finished(token: string, id: string): Promise<ImportJob> {
  let lastProcessed = 0;
  for (let attempt = 0; attempt < 600; attempt++) {
    const current = await job(token, id);
    if (!current) throw new Error(`job ${id} not visible`);
    expect(current.processed).toBeGreaterThanOrEqual(lastProcessed);
    expect(current.processed).toBeLessThanOrEqual(current.total);
    lastProcessed = current.processed;
    if (current.status === 'SUCCEEDED' || current.status === 'FAILED') return current;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${id} did not finish`);
}

async function companyCount(token: string): Promise<number> {
  const result = await e2e.gql<{ companies: { totalCount: number } }>(
    `{ companies(first: 1) { totalCount } }`,
    {},
    token,
  );
  return result.body.data?.companies.totalCount ?? -1;
}

async function viewerOf(tenant: SignedUpTenant): Promise<string> {
  return e2e.signAccessToken({
    userId: tenant.userId,
    tenantId: tenant.tenantId,
    permissions: [...BUILT_IN_ROLES.viewer],
    role: 'viewer',
    issuedAt: Date.now(),
    expiresAt: Date.now() + 600_000,
  });
}

/** 10,000 rows; lines 101 (blank name), 5002 (bad domain) and 9999 (a domain used above) are bad. */
function tenThousandRowsWithThreeBad(tag: string): { csv: string; good: Array<[string, string]> } {
  const lines = ['name,domain'];
  const good: Array<[string, string]> = [];
  for (let row = 1; row <= 10_000; row++) {
    const line = row + 1;
    if (line === 101) lines.push(`,bad-${row}.${tag}.example`);
    else if (line === 5002) lines.push(`"Broken, Inc. ${row}",not a domain`);
    else if (line === 9999) lines.push(`Copy ${row},c1.${tag}.example`);
    else {
      const name = row % 7 === 0 ? `"Quoted ""${row}"", Ltd"` : `Company ${row} ${tag}`;
      lines.push(`${name},c${row}.${tag}.example`);
      good.push([row % 7 === 0 ? `Quoted "${row}", Ltd` : `Company ${row} ${tag}`, `c${row}.${tag}.example`]);
    }
  }
  return { csv: `${lines.join('\r\n')}\r\n`, good };
}

describe('CSV import of companies through the gateway', () => {
  it('10,000 rows with 3 bad ones: the job names exactly those 3 lines and nothing is imported', async () => {
    const tenant = await e2e.signUpTenant('csv-strict');
    const { csv } = tenThousandRowsWithThreeBad(randomUUID().slice(0, 8));
    const answer = await upload(csv, tenant.token);
    expect(answer.status).toBe(202);
    const accepted = answer.json().job!;
    const done = await finished(tenant.token, accepted.id);
    expect(done).toMatchObject({ status: 'FAILED', total: 10_000, imported: 0, errorCount: 3 });
    expect(done.errors.map((error) => [error.line, error.column, error.code])).toEqual([
      [101, 'name', 'NAME_REQUIRED'],
      [5002, 'domain', 'DOMAIN_INVALID'],
      [9999, 'domain', 'DUPLICATE_IN_FILE'],
    ]);
    expect(done.message).toContain('nothing was imported');
    expect(await companyCount(tenant.token)).toBe(0);
    expect(await countRows('select 1 from crm.companies where tenant_id = $1', [tenant.tenantId])).toBe(0);
  });

  it('the same file with skipBadRows=true imports the 9,997 good rows, and the export round-trips them', async () => {
    const tenant = await e2e.signUpTenant('csv-skip');
    const { csv, good } = tenThousandRowsWithThreeBad(randomUUID().slice(0, 8));
    const answer = await upload(csv, tenant.token, '?skipBadRows=true');
    expect(answer.status).toBe(202);
    const done = await finished(tenant.token, answer.json().job!.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', total: 10_000, processed: 10_000, imported: 9_997 });
    expect(done.errors.map((error) => error.line)).toEqual([101, 5002, 9999]);
    expect(await companyCount(tenant.token)).toBe(9_997);

    const exported = await exportCompanies(tenant.token);
    expect(exported.status).toBe(200);
    expect(exported.type).toContain('text/csv');
    const records = parse(exported.text) as string[][];
    expect(records[0]).toEqual(['id', 'name', 'domain', 'ownerId', 'createdAt', 'updatedAt']);
    expect(records).toHaveLength(9_998);
    const roundTripped = records.slice(1).map(([, name, domain]) => [name, domain]);
    const byDomain = (a: string[], b: string[]) => a[1].localeCompare(b[1]);
    expect([...roundTripped].sort(byDomain)).toEqual([...good].sort(byDomain));
    expect(new Set(records.slice(1).map((record) => record[3]))).toEqual(new Set([tenant.userId]));
  });

  it('a domain the tenant already has is a row error, DOMAIN_TAKEN', async () => {
    const tenant = await e2e.signUpTenant('csv-taken');
    const domain = `${randomUUID().slice(0, 8)}.example`;
    const first = await upload(`name,domain\nFirst,${domain}\n`, tenant.token);
    expect((await finished(tenant.token, first.json().job!.id)).status).toBe('SUCCEEDED');
    const again = await upload(`Domain,NAME\n${domain.toUpperCase()},Second\n,Other\n`, tenant.token);
    const done = await finished(tenant.token, again.json().job!.id);
    expect(done.status).toBe('FAILED');
    expect(done.errors).toEqual([
      expect.objectContaining({ line: 2, column: 'domain', code: 'DOMAIN_TAKEN' }),
    ]);
    expect(await companyCount(tenant.token)).toBe(1);
  });

  it('wrong, missing, repeated or unknown headers: one 400 naming them, no job, nothing imported', async () => {
    const tenant = await e2e.signUpTenant('csv-headers');
    for (const [header, fault] of [
      ['company,domain', 'unknown column "company"'],
      ['domain', 'missing column "name"'],
      ['name,name,domain', 'repeated column "name"'],
      ['name,domain,industry', 'unknown column "industry"'],
    ]) {
      const answer = await upload(`${header}\nAcme,acme.example\n`, tenant.token);
      expect(answer.status).toBe(400);
      const [error] = answer.json().errors!;
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'HEADERS', line: 1 });
      expect(error.message).toContain(fault);
      expect(error.message).toContain('name, domain (optional)');
    }
    const empty = await upload('', tenant.token);
    expect(empty.status).toBe(400);
    expect(empty.json().errors![0].extensions.reason).toBe('EMPTY_FILE');
    const jobs = await e2e.gql<{ importJobs: { totalCount: number } }>(
      '{ importJobs { totalCount } }',
      {},
      tenant.token,
    );
    expect(jobs.body.data?.importJobs.totalCount).toBe(0);
    expect(await companyCount(tenant.token)).toBe(0);
  });

  it('garbage: binary data, broken quotes, too many rows, too many bytes are clear 4xx errors, never a 500', async () => {
    const tenant = await e2e.signUpTenant('csv-garbage');
    const binary = await upload(randomBytes(10_000_000), tenant.token);
    expect(binary.status).toBe(400);
    expect(binary.json().errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_TEXT' });

    const quotes = await upload(
      'name,domain\nAcme,acme.example\n"Broken,broken.example\nMore,more.example\n',
      tenant.token,
    );
    expect(quotes.status).toBe(400);
    expect(quotes.json().errors![0].extensions).toMatchObject({ reason: 'NOT_CSV' });
    expect(quotes.json().errors![0].message).toContain('line');

    const stray = await upload('name,domain\nAcme,acme.example\nAc"me,acme2.example\n', tenant.token);
    expect(stray.status).toBe(400);
    expect(stray.json().errors![0].extensions).toMatchObject({ reason: 'NOT_CSV', line: 3 });

    const rows = ['name,domain', ...Array.from({ length: 100_001 }, (_, index) => `C${index},`)].join('\n');
    const tooMany = await upload(rows, tenant.token);
    expect(tooMany.status).toBe(400);
    expect(tooMany.json().errors![0].extensions).toMatchObject({ reason: 'TOO_MANY_ROWS', line: 100_002 });

    const tooLarge = await upload(Buffer.alloc(50_000_001, 'a'), tenant.token);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json().errors![0].extensions.code).toBe('BAD_USER_INPUT');

    // Without a content-length the gateway counts the bytes as they stream through.
    const chunk = Buffer.alloc(1_000_000, 'b');
    let sent = 0;
    const streamed = await fetch(`${e2e.platform.gateway.origin}/files/crm/companies/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${tenant.token}` },
      body: new ReadableStream({
        pull(controller) {
          if (sent++ < 60) controller.enqueue(chunk);
          else controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);

    const textGarbage = await upload(randomBytes(3_000_000).toString('base64'), tenant.token);
    expect(textGarbage.status).toBe(400);

    const columns = await upload('name,domain\nAcme,acme.example,extra\n', tenant.token);
    const done = await finished(tenant.token, columns.json().job!.id);
    expect(done.errors).toEqual([expect.objectContaining({ line: 2, column: null, code: 'COLUMN_COUNT' })]);

    const badFlag = await upload('name\nAcme\n', tenant.token, '?skipBadRows=yes');
    expect(badFlag.status).toBe(400);
    expect(await companyCount(tenant.token)).toBe(0);
  });
});

describe('who may use the CSV routes', () => {
  it('without a token, or with a forged one: 401, for import and export', async () => {
    expect((await upload('name\nAcme\n', null)).status).toBe(401);
    expect((await upload('name\nAcme\n', 'not-a-token')).status).toBe(401);
    expect((await exportCompanies(null)).status).toBe(401);
  });

  it('a viewer may export but not import: 403, nothing written', async () => {
    const tenant = await e2e.signUpTenant('csv-viewer');
    const viewer = await viewerOf(tenant);
    const answer = await upload('name\nAcme\n', viewer);
    expect(answer.status).toBe(403);
    expect(answer.json().errors![0].extensions.code).toBe('FORBIDDEN');
    expect(answer.json().errors![0].message).toContain('crm.company:write');
    expect((await exportCompanies(viewer)).status).toBe(200);
    expect(await companyCount(tenant.token)).toBe(0);
  });

  it('unknown subgraphs and routes are 404; a call to crm without the gateway signature is 401', async () => {
    const tenant = await e2e.signUpTenant('csv-routes');
    expect((await upload('name\nAcme\n', tenant.token, '', 'nowhere/companies/import')).status).toBe(404);
    expect((await upload('name\nAcme\n', tenant.token, '', 'crm/planets/import')).status).toBe(404);
    const direct = await fetch(`http://127.0.0.1:${e2e.platform.subgraphs.crm.port}/files/companies/export`, {
      headers: { authorization: `Bearer ${tenant.token}`, 'x-tenant-id': tenant.tenantId },
    });
    expect(direct.status).toBe(401);
  });

  it('another tenant never sees the imported rows or the job', async () => {
    const [a, b] = await Promise.all([e2e.signUpTenant('csv-iso-a'), e2e.signUpTenant('csv-iso-b')]);
    const marker = `Isolated ${randomUUID()}`;
    const answer = await upload(`name,domain\n${marker},${randomUUID().slice(0, 8)}.example\n`, a.token);
    const jobId = answer.json().job!.id;
    expect((await finished(a.token, jobId)).imported).toBe(1);

    expect(await job(b.token, jobId)).toBeNull();
    const jobs = await e2e.gql<{ importJobs: { totalCount: number; edges: unknown[] } }>(
      '{ importJobs(first: 100) { totalCount edges { node { id } } } }',
      {},
      b.token,
    );
    expect(jobs.body.data?.importJobs).toEqual({ totalCount: 0, edges: [] });
    const exported = await exportCompanies(b.token);
    expect(exported.status).toBe(200);
    expect(exported.text).not.toContain(marker);
    expect(exported.text.trim()).toBe('id,name,domain,ownerId,createdAt,updatedAt');
    const mine = await e2e.gql<{ importJobs: { edges: Array<{ node: { id: string } }> } }>(
      '{ importJobs(first: 100) { edges { node { id } } } }',
      {},
      a.token,
    );
    expect(mine.body.data?.importJobs.edges.map((edge) => edge.node.id)).toEqual([jobId]);
  });
});
