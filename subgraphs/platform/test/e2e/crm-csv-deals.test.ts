import { randomUUID } from 'node:crypto';
import { exportCsv, importCsv, startE2EPlatform, type E2EPlatform, type SignedUpTenant } from './e2e-client';

let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;

beforeAll(async () => {
  e2e = await startE2EPlatform();
  [a, b] = await Promise.all([e2e.signUpTenant('csv-deals-a'), e2e.signUpTenant('csv-deals-b')]);
});
afterAll(async () => {
  await e2e?.stop();
});

const importDeals = (csv: string, token: string, query = '') => importCsv(e2e, 'deals', csv, token, query);

async function createCompany(token: string, name: string, domain: string): Promise<string> {
  const result = await e2e.gql<{ createCompany: { company: { id: string } } }>(
    `mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } } }`,
    { input: { name, domain } },
    token,
  );
  return result.body.data!.createCompany.company.id;
}

interface Board {
  pipelineBoard: {
    stages: Array<{
      stage: { name: string };
      dealCount: number;
      totals: Array<{ amount: string; currency: string }>;
      deals: Array<{ title: string; position: number; history: Array<{ from: { name: string } | null }> }>;
    }>;
  };
}

async function board(token: string): Promise<Board['pipelineBoard']['stages']> {
  const pipelines = await e2e.gql<{ pipelines: Array<{ id: string; isDefault: boolean }> }>(
    `{ pipelines { id isDefault } }`,
    {},
    token,
  );
  const pipelineId = pipelines.body.data!.pipelines.find((pipeline) => pipeline.isDefault)!.id;
  const result = await e2e.gql<Board>(
    `query ($id: ID!) { pipelineBoard(pipelineId: $id, dealsPerStage: 100) { stages {
       stage { name } dealCount totals { amount currency }
       deals { title position history { from { name } } }
     } } }`,
    { id: pipelineId },
    token,
  );
  return result.body.data!.pipelineBoard.stages;
}

describe('deals as CSV through the gateway', () => {
  it('resolve company, pipeline and stage by name, report bad rows by line, land in their stages and export back', async () => {
    const domain = `globex-${randomUUID().slice(0, 8)}.example`;
    const companyId = await createCompany(a.token, 'Globex', domain);

    const header = 'title,amount,currency,expectedCloseDate,pipeline,stage,companyDomain';
    const rows = [header];
    for (let index = 1; index <= 60; index += 1) {
      const stage = ['Lead in', 'qualified', 'Proposal'][index % 3];
      rows.push(`Deal ${index},${index}00.50,eur,2027-0${(index % 9) + 1}-15,,${stage},${domain}`);
    }
    rows[10] = 'Unknown stage,100,EUR,,,Closing,';
    rows[20] = 'No currency,100,,,,,';
    rows[30] = `Nobody's company,,,,,,nowhere-${randomUUID().slice(0, 8)}.example`;
    rows[40] = 'Already won,,,,,Won,';
    rows[50] = 'Bad date,,,2027-02-30,,,';
    rows[55] = 'Other pipeline,,,,Renewals,,';
    const csv = `${rows.join('\n')}\n`;

    const refused = await importDeals(csv, a.token);
    expect(refused.status).toBe('FAILED');
    expect(refused.errors.map((error) => [error.line, error.column, error.code])).toEqual([
      [11, 'stage', 'STAGE_NOT_FOUND'],
      [21, 'currency', 'CURRENCY_REQUIRED'],
      [31, 'companyDomain', 'COMPANY_NOT_FOUND'],
      [41, 'stage', 'STAGE_CLOSED'],
      [51, 'expectedCloseDate', 'DATE_INVALID'],
      [56, 'pipeline', 'PIPELINE_NOT_FOUND'],
    ]);
    expect((await board(a.token)).map((column) => column.dealCount)).toEqual([0, 0, 0, 0, 0, 0]);

    const skipped = await importDeals(csv, a.token, '?skipBadRows=true');
    expect({ status: skipped.status, imported: skipped.imported }).toEqual({
      status: 'SUCCEEDED',
      imported: 54,
    });

    const stages = await board(a.token);
    expect(stages.map((column) => [column.stage.name, column.dealCount])).toEqual([
      ['Lead in', 19],
      ['Qualified', 17],
      ['Proposal', 18],
      ['Negotiation', 0],
      ['Won', 0],
      ['Lost', 0],
    ]);
    for (const column of stages.slice(0, 3)) {
      // Appended in file order, positions 0..n-1, each deal's history starting in its stage.
      expect(column.deals.map((deal) => deal.position)).toEqual([...Array(column.dealCount).keys()]);
      const numbers = column.deals.map((deal) => Number(deal.title.split(' ')[1]));
      expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
      expect(column.deals.every((deal) => deal.history.length === 1 && deal.history[0].from === null)).toBe(
        true,
      );
      expect(column.totals).toHaveLength(1);
      expect(column.totals[0].currency).toBe('EUR');
    }

    const company = await e2e.gql<{ company: { deals: { totalCount: number } } }>(
      `query ($id: ID!) { company(id: $id) { deals { totalCount } } }`,
      { id: companyId },
      a.token,
    );
    expect(company.body.data!.company.deals.totalCount).toBe(54);

    // Tenant B sees none of them and cannot attach deals to A's company.
    expect((await board(b.token)).map((column) => column.dealCount)).toEqual([0, 0, 0, 0, 0, 0]);
    const foreign = await importDeals(`title,companyId\nSneaky,${companyId}\n`, b.token);
    expect(foreign.errors.map((error) => [error.line, error.code])).toEqual([[2, 'COMPANY_NOT_FOUND']]);
    expect(await exportCsv(e2e, 'deals', b.token)).toEqual([]);

    const records = await exportCsv(e2e, 'deals', a.token);
    expect(records).toHaveLength(54);
    expect(Object.keys(records[0])).toEqual([
      'id',
      'title',
      'amount',
      'currency',
      'expectedCloseDate',
      'pipeline',
      'stage',
      'status',
      'lostReason',
      'companyId',
      'companyDomain',
      'ownerId',
      'closedAt',
      'createdAt',
      'updatedAt',
    ]);
    const first = records.find((record) => record.title === 'Deal 1')!;
    expect(first).toMatchObject({
      amount: '100.50',
      currency: 'EUR',
      expectedCloseDate: '2027-02-15',
      pipeline: 'Sales',
      stage: 'Qualified',
      status: 'OPEN',
      lostReason: '',
      companyId,
      companyDomain: domain,
      ownerId: a.userId,
      closedAt: '',
    });
  });
});
