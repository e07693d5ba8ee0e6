import { waitUntil } from '@nexora/kit';
import { uniqueEmail } from '@nexora/kit';
import { DEMO_ACTIVITIES, DEMO_COMPANIES, DEMO_DEALS, DEMO_LEADS, DEMO_PEOPLE } from '../../src/demo-data';
import { seedDemoTenant } from '../../src/demo-seed';
import { PASSWORD, startE2EPlatform, type E2EPlatform } from './e2e-client';

let e2e: E2EPlatform;
beforeAll(async () => {
  // Its assertions wait for analytics to follow the seed: its own database, so no relay of another
  // suite can publish its events on that suite's bus (as for the live and analytics suites).
  e2e = await startE2EPlatform({ ownDatabase: true });
});
afterAll(async () => {
  await e2e?.stop();
});

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }`;

const OVERVIEW = `query {
  companies(first: 1) { totalCount }
  people(first: 1) { totalCount }
  leads(first: 1) { totalCount }
  deals(first: 1) { totalCount }
  invoices(first: 1) { totalCount }
  myTasks { totalCount }
  pipelines { id isDefault }
}`;

const BOARD = `query ($id: ID!) {
  pipelineBoard(pipelineId: $id) { stages { stage { name } dealCount } }
}`;

describe('the demo tenant npm start seeds', () => {
  it('is a working CRM at once: companies, people, leads, deals across the board, tasks, invoices', async () => {
    const email = uniqueEmail('demo');
    const seeded = await seedDemoTenant(e2e.platform.gateway.url, { email, password: PASSWORD });
    expect(seeded.created).toBe(true);
    const again = await seedDemoTenant(e2e.platform.gateway.url, { email, password: PASSWORD });
    expect(again.created).toBe(false);

    const login = await e2e.gql<{ login: { session: { accessToken: string } } }>(LOGIN, {
      input: { email, password: PASSWORD },
    });
    const token = login.body.data!.login.session.accessToken;
    const overview = await e2e.gql<{
      companies: { totalCount: number };
      people: { totalCount: number };
      leads: { totalCount: number };
      deals: { totalCount: number };
      invoices: { totalCount: number };
      myTasks: { totalCount: number };
      pipelines: Array<{ id: string; isDefault: boolean }>;
    }>(OVERVIEW, {}, token);
    expect(overview.body.errors).toBeUndefined();
    const data = overview.body.data!;
    expect({
      companies: data.companies.totalCount,
      people: data.people.totalCount,
      leads: data.leads.totalCount,
      deals: data.deals.totalCount,
      tasks: data.myTasks.totalCount,
    }).toEqual({
      companies: DEMO_COMPANIES.length,
      people: DEMO_PEOPLE.length,
      leads: DEMO_LEADS.length,
      deals: DEMO_DEALS.length,
      tasks: DEMO_ACTIVITIES.filter(([, kind]) => kind === 'TASK').length,
    });
    expect(data.invoices.totalCount).toBeGreaterThan(0);

    const pipeline = data.pipelines.find((candidate) => candidate.isDefault)!;
    const board = await e2e.gql<{
      pipelineBoard: { stages: Array<{ stage: { name: string }; dealCount: number }> };
    }>(BOARD, { id: pipeline.id }, token);
    const perStage = Object.fromEntries(
      board.body.data!.pipelineBoard.stages.map((column) => [column.stage.name, column.dealCount]),
    );
    const expected: Record<string, number> = {};
    for (const [, , , , stage] of DEMO_DEALS) expected[stage] = (expected[stage] ?? 0) + 1;
    expect(perStage).toEqual(expect.objectContaining(expected));

    // analytics followed the seed's events: its dashboard has figures from the first start.
    let deals = 0;
    await waitUntil(
      async () => {
        const metric = await e2e.gql<{ metric: { points: Array<{ value: string }> } }>(
          `{ metric(name: NEW_DEALS, period: MONTH) { points { value } } }`,
          {},
          token,
        );
        deals = metric.body.data!.metric.points.reduce((sum, point) => sum + Number(point.value), 0);
        return deals === DEMO_DEALS.length;
      },
      'analytics to follow the demo seed',
      10_000,
    );
    expect(deals).toBe(DEMO_DEALS.length);
  });
});
