import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { countRows, fetchSigned, queryAsSuperuser, type RunningSubgraph, waitUntil } from '@nexora/kit';
import { companyCsv } from '../src/modules/import/company.csv';
import type { CsvEntity } from '../src/modules/import/csv-entity';
import { readImportFile, type ImportFileResult } from '../src/modules/import/csv-import-file';
import { insertImportJob } from '../src/modules/import/import-job.service';
import { IMPORT_BATCH_SIZE, runImport } from '../src/modules/import/import-runner';
import { importRowLimit, importsRunningLimit } from '../src/modules/import/import.config';
import { call, crmHarness, READ, startCrm, WRITE } from './company-fixtures';

/** Reads `chunks` as an upload arriving in those pieces. */
function read(chunks: Array<string | Buffer>, maxRows = 100): Promise<ImportFileResult> {
  const body = Readable.from(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)));
  return readImportFile(body, companyCsv, { maxRows });
}

async function readOk(chunks: Array<string | Buffer>, maxRows = 100) {
  const result = await read(chunks, maxRows);
  if (!result.ok) throw new Error(`unexpected problem: ${JSON.stringify(result.problem)}`);
  return result.file;
}

describe('reading a company CSV', () => {
  it('checks every row with the company validation and reports errors by line', async () => {
    const file = await readOk(['name,domain\n', 'Acme,ACME.example\n', ' ,x\n', 'Beta,beta..example\n']);
    expect(file.total).toBe(3);
    expect(file.rows).toEqual([{ line: 2, values: { name: 'Acme', domain: 'acme.example' } }]);
    expect(file.errors.map((error) => [error.line, error.column, error.code])).toEqual([
      [3, 'name', 'NAME_REQUIRED'],
      [3, 'domain', 'DOMAIN_INVALID'],
      [4, 'domain', 'DOMAIN_INVALID'],
    ]);
  });

  it('a BOM, CRLF, blank lines, header case and spacing, and an optional column left out are fine', async () => {
    const file = await readOk(['\uFEFF NAME \r\n', 'Acme\r\n', '\r\n', 'Beta\r\n']);
    expect(file.rows).toEqual([
      { line: 2, values: { name: 'Acme', domain: null } },
      { line: 4, values: { name: 'Beta', domain: null } },
    ]);
  });

  it('a quoted field spanning lines is reported at the line where its row starts', async () => {
    const file = await readOk(['name,domain\n"Two\nlines",two.example\n,after.example\n']);
    expect(file.rows[0]).toEqual({ line: 2, values: { name: 'Two\nlines', domain: 'two.example' } });
    expect(file.errors).toEqual([expect.objectContaining({ line: 4, code: 'NAME_REQUIRED' })]);
  });

  it('a character split across two chunks of the upload is read whole', async () => {
    const bytes = Buffer.from('name\nCafé Zürich\n');
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of "é"
    const file = await readOk([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(file.rows[0].values.name).toBe('Café Zürich');
  });

  it('a domain twice in the file: the second row is bad, naming the first line', async () => {
    const file = await readOk(['name,domain\nA,a.example\nB,A.EXAMPLE\n']);
    expect(file.errors).toEqual([
      {
        line: 3,
        column: 'domain',
        code: 'DUPLICATE_IN_FILE',
        message: '"a.example" is already used on line 2 of this file.',
      },
    ]);
  });

  it('too many or too few values in a row is an error of that row', async () => {
    const file = await readOk(['name,domain\nA\nB,b.example,extra\n']);
    expect(file.errors.map((error) => [error.line, error.code])).toEqual([
      [2, 'COLUMN_COUNT'],
      [3, 'COLUMN_COUNT'],
    ]);
  });

  it.each([
    ['an empty file', 'EMPTY_FILE', ['']],
    ['only blank lines', 'EMPTY_FILE', ['\n\n\n']],
    ['an unknown header', 'HEADERS', ['name,website\n']],
    ['no name column', 'HEADERS', ['domain\nacme.example\n']],
    ['NUL bytes', 'NOT_TEXT', ['name\nAc\u0000me\n']],
    ['invalid UTF-8', 'NOT_TEXT', [Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xff, 0xfe, 0x0a])]],
    ['UTF-8 cut off at the end', 'NOT_TEXT', [Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xc3])]],
    ['an unclosed quote', 'NOT_CSV', ['name\n"Acme\n']],
    ['a quote inside a field', 'NOT_CSV', ['name\nAc"me\n']],
    ['a text after a closing quote', 'NOT_CSV', ['name\n"Ac"me\n']],
    ['a 100 KB field', 'RECORD_TOO_LARGE', [`name\n${'a'.repeat(100_000)}\n`]],
  ] as Array<[string, string, Array<string | Buffer>]>)(
    '%s is refused as a whole (%s)',
    async (_case, reason, chunks) => {
      const result = await read(chunks);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.reason).toBe(reason);
    },
  );

  it('stops reading at the row limit', async () => {
    const result = await read(['name\n', 'A\nB\nC\nD\n'], 3);
    expect(result).toEqual({
      ok: false,
      problem: expect.objectContaining({ reason: 'TOO_MANY_ROWS', line: 5 }),
    });
    await expect(read(['name\nA\nB\nC\n'], 3)).resolves.toMatchObject({ ok: true });
  });

  it('CSV_IMPORT_MAX_ROWS and CSV_IMPORT_MAX_RUNNING set the limits; a malformed value is an error naming it', () => {
    expect(importsRunningLimit({})).toBe(2);
    expect(importsRunningLimit({ CSV_IMPORT_MAX_RUNNING: '5' })).toBe(5);
    expect(() => importsRunningLimit({ CSV_IMPORT_MAX_RUNNING: '0' })).toThrow(/CSV_IMPORT_MAX_RUNNING/);
    expect(importRowLimit({})).toBe(100_000);
    expect(importRowLimit({ CSV_IMPORT_MAX_ROWS: '500' })).toBe(500);
    expect(() => importRowLimit({ CSV_IMPORT_MAX_ROWS: 'many' })).toThrow(/CSV_IMPORT_MAX_ROWS/);
  });
});

describe('the crm file routes and import jobs', () => {
  let crm: RunningSubgraph;
  beforeAll(async () => {
    crm = await startCrm();
  });
  afterAll(async () => {
    await crm?.stop();
  });

  const routeUrl = (path: string) => `http://127.0.0.1:${crm.port}/files/${path}`;

  it('refuse unsigned calls (401), callers without the permission (403) and other methods (405)', async () => {
    const tenantId = randomUUID();
    const unsigned = await fetch(routeUrl('companies/export'));
    expect(unsigned.status).toBe(401);
    const reader = crmHarness.headers({ tenantId, userId: randomUUID(), permissions: [READ] });
    const refused = await fetchSigned(routeUrl('companies/import'), reader, {
      method: 'POST',
      body: 'name\nA\n',
    });
    expect(refused.status).toBe(403);
    const noTenant = crmHarness.headers({ tenantId: null, userId: randomUUID(), permissions: [READ, WRITE] });
    expect((await fetchSigned(routeUrl('companies/export'), noTenant)).status).toBe(403);
    const writer = crmHarness.headers({ tenantId, userId: randomUUID() });
    const wrongMethod = await fetchSigned(routeUrl('companies/export'), writer, {
      method: 'POST',
      body: 'x',
    });
    expect(wrongMethod.status).toBe(405);
    expect(await countRows('select 1 from crm.import_jobs where tenant_id = $1', [tenantId])).toBe(0);
  });

  /** Companies that fail on the third batch, as a database error mid-import would. */
  const failingOnThirdBatch = (): CsvEntity => {
    let batches = 0;
    return {
      ...companyCsv,
      insertRows: async (manager, target, rows) => {
        batches += 1;
        if (batches === 3) throw new Error('injected failure');
        return companyCsv.insertRows(manager, target, rows);
      },
    };
  };

  async function queuedJob(tenantId: string, rows: number, skipBadRows: boolean) {
    const ctx = crm.runtime.systemContext(tenantId);
    const job = await insertImportJob(ctx, {
      entity: 'companies',
      status: 'QUEUED',
      skipBadRows,
      total: rows,
      processed: 0,
      errors: [],
      message: null,
    });
    await ctx.db.finish('commit');
    const checked = Array.from({ length: rows }, (_, index) => ({
      line: index + 2,
      values: { name: `Company ${index}`, domain: `c${index}.${tenantId.slice(0, 8)}.example` },
    }));
    return { job, checked };
  }

  async function jobRow(tenantId: string, id: string) {
    const result = await call<{
      importJob: { status: string; processed: number; imported: number; message: string };
    }>(
      crm,
      { tenantId, userId: randomUUID() },
      'query($id: ID!) { importJob(id: $id) { status processed imported message } }',
      { id },
    );
    return result.body.data?.importJob;
  }

  it('a failure in the third batch rolls back the whole import: the job FAILS and no company is left', async () => {
    const tenantId = randomUUID();
    const { job, checked } = await queuedJob(tenantId, IMPORT_BATCH_SIZE * 3 + 10, false);
    await runImport(crm.runtime, {
      jobId: job.id,
      entity: failingOnThirdBatch(),
      target: { tenantId, ownerId: null },
      rows: checked,
      errors: [],
      badRows: 0,
      skipBadRows: false,
    });
    expect(await jobRow(tenantId, job.id)).toMatchObject({ status: 'FAILED', imported: 0 });
    expect(await countRows('select 1 from crm.companies where tenant_id = $1', [tenantId])).toBe(0);
    expect(await countRows('select 1 from crm.outbox where tenant_id = $1', [tenantId])).toBe(0);
  });

  it('with skipBadRows the batches before the failure stay, and the job says how many', async () => {
    const tenantId = randomUUID();
    const { job, checked } = await queuedJob(tenantId, IMPORT_BATCH_SIZE * 3 + 10, true);
    await runImport(crm.runtime, {
      jobId: job.id,
      entity: failingOnThirdBatch(),
      target: { tenantId, ownerId: null },
      rows: checked,
      errors: [],
      badRows: 0,
      skipBadRows: true,
    });
    const failed = await jobRow(tenantId, job.id);
    expect(failed).toMatchObject({ status: 'FAILED', imported: IMPORT_BATCH_SIZE * 2 });
    expect(failed?.message).toContain('"imported"');
    expect(await countRows('select 1 from crm.companies where tenant_id = $1', [tenantId])).toBe(
      IMPORT_BATCH_SIZE * 2,
    );
    // One event per committed batch, carrying the ids it created.
    expect(
      await countRows(`select 1 from crm.outbox where tenant_id = $1 and type = 'crm.company.imported'`, [
        tenantId,
      ]),
    ).toBe(2);
  });

  it('refuses an import while the tenant has CSV_IMPORT_MAX_RUNNING running (429), not counting stalled ones', async () => {
    const tenantId = randomUUID();
    const upload = () =>
      fetchSigned(routeUrl('companies/import'), crmHarness.headers({ tenantId, userId: randomUUID() }), {
        method: 'POST',
        body: 'name\nAcme\n',
      });
    const previous = process.env.CSV_IMPORT_MAX_RUNNING;
    process.env.CSV_IMPORT_MAX_RUNNING = '1';
    try {
      const { job } = await queuedJob(tenantId, 5, false);
      const refused = await upload();
      expect(refused.status).toBe(429);
      const body = (await refused.json()) as { errors: Array<{ message: string; extensions: unknown }> };
      expect(body.errors[0].extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 5 });
      expect(body.errors[0].message).toContain('at most 1 at once');
      expect(await countRows('select 1 from crm.import_jobs where tenant_id = $1', [tenantId])).toBe(1);

      await queryAsSuperuser(
        `update crm.import_jobs set updated_at = now() - interval '1 hour' where id = $1`,
        [job.id],
      );
      const accepted = await upload();
      expect(accepted.status).toBe(202);
    } finally {
      if (previous === undefined) delete process.env.CSV_IMPORT_MAX_RUNNING;
      else process.env.CSV_IMPORT_MAX_RUNNING = previous;
    }
    await waitUntil(
      async () =>
        (await countRows(`select 1 from crm.import_jobs where tenant_id = $1 and status = 'SUCCEEDED'`, [
          tenantId,
        ])) === 1,
      'the accepted import',
    );
  });

  it('a job left RUNNING by a process that stopped shows as FAILED once it has stalled', async () => {
    const tenantId = randomUUID();
    const { job } = await queuedJob(tenantId, 5, false);
    expect(await jobRow(tenantId, job.id)).toMatchObject({ status: 'QUEUED' });
    await queryAsSuperuser(
      `update crm.import_jobs set status = 'RUNNING', updated_at = now() - interval '1 hour' where id = $1`,
      [job.id],
    );
    const stalled = await jobRow(tenantId, job.id);
    expect(stalled?.status).toBe('FAILED');
    expect(stalled?.message).toContain('restarted');
  });

  it('jobs are listed newest first, page by page, only for callers who may read the entity', async () => {
    const tenantId = randomUUID();
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) ids.push((await queuedJob(tenantId, 1, false)).job.id);
    const page = (permissions: string[], after?: string) =>
      call<{
        importJobs: {
          totalCount: number;
          edges: Array<{ node: { id: string } }>;
          pageInfo: { endCursor: string };
        };
      }>(
        crm,
        { tenantId, userId: randomUUID(), permissions },
        'query($after: String) { importJobs(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { endCursor } } }',
        { after },
      );
    const first = await page([READ]);
    expect(first.body.data?.importJobs.totalCount).toBe(3);
    const second = await page([READ], first.body.data?.importJobs.pageInfo.endCursor);
    const seen = [...first.body.data!.importJobs.edges, ...second.body.data!.importJobs.edges].map(
      (edge) => edge.node.id,
    );
    expect(seen).toEqual([...ids].reverse());
    const outsider = await page([]);
    expect(outsider.body.data?.importJobs).toMatchObject({ totalCount: 0, edges: [] });
  });
});
