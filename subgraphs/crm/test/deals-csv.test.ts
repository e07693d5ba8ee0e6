import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { fetchSigned, queryAsSuperuser, type RunningSubgraph, waitUntil } from '@nexora/kit';
import { readImportFile } from '../src/modules/import/csv-import-file';
import { dealsCsv } from '../src/modules/import/deals.csv';
import { IMPORT_BATCH_SIZE } from '../src/modules/import/import-runner';
import { call, crmHarness, startCrm } from './company-fixtures';

const DEAL_PERMISSIONS = ['crm.deal:read', 'crm.deal:write', 'crm.company:read'];

async function readDeals(csv: string) {
  const result = await readImportFile(Readable.from([Buffer.from(csv)]), dealsCsv, { maxRows: 100 });
  if (!result.ok) throw new Error(`unexpected problem: ${JSON.stringify(result.problem)}`);
  return result.file;
}

describe('reading a deals CSV', () => {
  it('checks amount and currency together, and a company named once', async () => {
    const file = await readDeals(
      [
        'title,amount,currency,companyId,companyDomain',
        'Good,1200.5,usd,,',
        'No currency,10,,,',
        'No amount,,EUR,,',
        'Too precise,1.234,EUR,,',
        'Not money,ten,EUR,,',
        'Unknown currency,10,XYZ1,,',
        `Both,,,${randomUUID()},acme.example`,
        'Bad id,,,42,',
        ',,,,',
      ].join('\n'),
    );
    expect(file.rows).toEqual([
      {
        line: 2,
        values: expect.objectContaining({ title: 'Good', amount: '1200.50', currency: 'USD' }),
      },
    ]);
    expect(file.errors.map((error) => [error.line, error.column, error.code])).toEqual([
      [3, 'currency', 'CURRENCY_REQUIRED'],
      [4, 'amount', 'AMOUNT_REQUIRED'],
      [5, 'amount', 'AMOUNT_TOO_PRECISE'],
      [6, 'amount', 'AMOUNT_INVALID'],
      [7, 'currency', 'CURRENCY_UNKNOWN'],
      [8, 'companyDomain', 'COMPANY_TWICE'],
      [9, 'companyId', 'ID_INVALID'],
      [10, 'title', 'TITLE_REQUIRED'],
    ]);
  });
});

describe('importing deals', () => {
  let crm: RunningSubgraph;
  beforeAll(async () => {
    crm = await startCrm();
  });
  afterAll(async () => {
    await crm?.stop();
  });

  async function startImport(tenantId: string, userId: string, csv: string): Promise<string> {
    const response = await fetchSigned(
      `http://127.0.0.1:${crm.port}/files/deals/import`,
      crmHarness.headers({ tenantId, userId, permissions: DEAL_PERMISSIONS }),
      { method: 'POST', body: csv },
    );
    expect(response.status).toBe(202);
    return ((await response.json()) as { job: { id: string } }).job.id;
  }

  async function jobStatus(tenantId: string, id: string) {
    const result = await call<{ importJob: { status: string; imported: number } }>(
      crm,
      { tenantId, userId: randomUUID(), permissions: DEAL_PERMISSIONS },
      'query($id: ID!) { importJob(id: $id) { status imported } }',
      { id },
    );
    return result.body.data!.importJob;
  }

  it('two imports into one stage at once, each over several batches, keep its positions 0..n-1', async () => {
    const tenantId = randomUUID();
    const userId = randomUUID();
    const rows = IMPORT_BATCH_SIZE + 300;
    const csv = (prefix: string) =>
      `title,stage\n${Array.from({ length: rows }, (_, index) => `${prefix} ${index},Proposal`).join('\n')}\n`;
    const jobs = await Promise.all([
      startImport(tenantId, userId, csv('First')),
      startImport(tenantId, userId, csv('Second')),
    ]);
    let statuses: Array<{ status: string; imported: number }> = [];
    await waitUntil(
      async () => {
        statuses = await Promise.all(jobs.map((id) => jobStatus(tenantId, id)));
        return statuses.every((job) => job.status === 'SUCCEEDED' || job.status === 'FAILED');
      },
      'both imports to finish',
      30_000,
    );
    expect(statuses).toEqual([
      { status: 'SUCCEEDED', imported: rows },
      { status: 'SUCCEEDED', imported: rows },
    ]);

    const [stage] = await queryAsSuperuser<{
      deals: number;
      positions: number;
      top: number;
      history: number;
    }>(
      `select count(*)::int as deals, count(distinct d.position)::int as positions, max(d.position) as top,
              (select count(*)::int from crm.deal_stage_changes c where c.tenant_id = $1 and c.from_stage_id is null
                 and c.to_stage_id = s.id and c.changed_by = $2) as history
       from crm.pipeline_stages s join crm.deals d on d.tenant_id = s.tenant_id and d.stage_id = s.id
       where s.tenant_id = $1 and s.name = 'Proposal' group by s.id`,
      [tenantId, userId],
    );
    expect(stage).toEqual({ deals: rows * 2, positions: rows * 2, top: rows * 2 - 1, history: rows * 2 });
    // Each file's rows stay in file order within the stage.
    const order = await queryAsSuperuser<{ title: string }>(
      `select title from crm.deals where tenant_id = $1 and title like 'First %' order by position`,
      [tenantId],
    );
    expect(order.map((row) => Number(row.title.split(' ')[1]))).toEqual([...Array(rows).keys()]);
  });
});
