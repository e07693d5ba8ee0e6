import { BUILT_IN_ROLES, queryAsSuperuser, waitUntil } from '@nexora/kit';
import type { ExecutionResult } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  createCompany,
  createInvoice,
  startE2EPlatform,
  uniqueName,
  type E2EPlatform,
  type SignedUpTenant,
} from './e2e-client';

let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;
const clients: Client[] = [];

beforeAll(async () => {
  e2e = await startE2EPlatform({ ownDatabase: true });
  [a, b] = await Promise.all([e2e.signUpTenant('analytics-a'), e2e.signUpTenant('analytics-b')]);
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await e2e?.stop();
});

type Point = { start: string | null; key: string | null; currency: string | null; value: string };
const NAMES = [
  'REVENUE',
  'RECEIVABLES',
  'PIPELINE_VALUE',
  'WEIGHTED_FORECAST',
  'WIN_RATE',
  'NEW_DEALS',
  'NEW_LEADS',
];

async function metrics(token: string): Promise<Record<string, Point[]>> {
  const fields = NAMES.map(
    (name) => `${name}: metric(name: ${name}, period: DAY) { points { start key currency value } }`,
  ).join('\n');
  const result = await e2e.gql<Record<string, { points: Point[] }>>(`{ ${fields} }`, {}, token);
  if (!result.body.data) throw new Error(JSON.stringify(result.body));
  return Object.fromEntries(Object.entries(result.body.data).map(([name, metric]) => [name, metric.points]));
}

/** The same KPIs computed straight from crm's and erp's tables (test-only: analytics never does). */
async function recomputed(tenantId: string): Promise<Record<string, Point[]>> {
  const day = (column: string) => `to_char(date_trunc('day', ${column} at time zone 'UTC'), 'YYYY-MM-DD')`;
  const windowStart = `date_trunc('day', now() at time zone 'UTC') at time zone 'UTC' - interval '30 days'`;
  const q = (sql: string) => queryAsSuperuser<Point>(sql, [tenantId]);
  return {
    REVENUE: await q(`select ${day('issued_at')} as start, null as key, currency, sum(total)::text as value
      from erp.invoices where tenant_id = $1 and status <> 'DRAFT' and issued_at >= ${windowStart}
      group by 1, currency order by 1, currency`),
    RECEIVABLES: await q(`select null as start, null as key, currency,
        sum(total - amount_paid - amount_credited)::text as value
      from erp.invoices where tenant_id = $1 and status in ('POSTED', 'PARTIALLY_PAID')
        and total > amount_paid + amount_credited
      group by currency order by currency`),
    PIPELINE_VALUE: await q(`select null as start, stage_id::text as key, currency, sum(amount)::text as value
      from crm.deals where tenant_id = $1 and status = 'OPEN' and amount is not null
      group by stage_id, currency order by stage_id, currency`),
    WEIGHTED_FORECAST: await q(`select null as start, null as key, d.currency,
        round(sum(d.amount * s.win_probability) / 100, 2)::text as value
      from crm.deals d join crm.pipeline_stages s on s.tenant_id = d.tenant_id and s.id = d.stage_id
      where d.tenant_id = $1 and d.status = 'OPEN' and d.amount is not null group by d.currency order by d.currency`),
    WIN_RATE: await q(`select ${day('closed_at')} as start, null as key, null as currency,
        round(count(*) filter (where status = 'WON')::numeric / count(*), 4)::text as value
      from crm.deals where tenant_id = $1 and status in ('WON', 'LOST') and closed_at >= ${windowStart}
      group by 1 order by 1`),
    NEW_DEALS:
      await q(`select ${day('created_at')} as start, null as key, null as currency, count(*)::text as value
      from crm.deals where tenant_id = $1 and created_at >= ${windowStart} group by 1 order by 1`),
    NEW_LEADS:
      await q(`select ${day('created_at')} as start, null as key, null as currency, count(*)::text as value
      from crm.leads where tenant_id = $1 and created_at >= ${windowStart} group by 1 order by 1`),
  };
}

interface Board {
  pipelines: Array<{ id: string; isDefault: boolean; stages: Array<{ id: string; kind: string }> }>;
  lostReasons: Array<{ id: string }>;
}

/** A seeded random number generator, so a failing sequence can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('analytics through the platform', () => {
  it('read models equal a recomputation from crm and erp after a randomized sequence of mutations, and after a rebuild', async () => {
    const seed = Math.floor(Math.random() * 1_000_000);
    const next = random(seed);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
    const board = (
      await e2e.gql<Board>(
        `{ pipelines { id isDefault stages { id kind } } lostReasons { id } }`,
        {},
        a.token,
      )
    ).body.data!;
    const open = board.pipelines
      .find((pipeline) => pipeline.isDefault)!
      .stages.filter((stage) => stage.kind === 'OPEN');
    const companies = [
      await createCompany(e2e, a.token, uniqueName('Acme')),
      await createCompany(e2e, a.token, uniqueName('Beta')),
    ];
    const deals: string[] = [];
    const gql = (query: string, variables: Record<string, unknown>) => e2e.gql(query, variables, a.token);
    for (let step = 0; step < 60; step += 1) {
      const roll = next();
      if (roll < 0.3 || deals.length === 0) {
        const result = await e2e.gql<{ createDeal: { deal: { id: string } } }>(
          `mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`,
          {
            input: {
              title: `Deal ${step}`,
              stageId: pick(open).id,
              companyId: pick(companies),
              ...(next() < 0.8
                ? {
                    amount: {
                      amount: (Math.floor(next() * 1_000_000) / 100).toFixed(2),
                      currency: pick(['EUR', 'USD']),
                    },
                  }
                : {}),
            },
          },
          a.token,
        );
        deals.push(result.body.data!.createDeal.deal.id);
      } else if (roll < 0.5) {
        await gql(`mutation ($input: MoveDealInput!) { moveDeal(input: $input) { userErrors { code } } }`, {
          input: { dealId: pick(deals), stageId: pick(open).id },
        });
      } else if (roll < 0.6) {
        await gql(
          `mutation ($input: MarkDealWonInput!) { markDealWon(input: $input) { userErrors { code } } }`,
          {
            input: { dealId: pick(deals) },
          },
        );
      } else if (roll < 0.7) {
        await gql(
          `mutation ($input: MarkDealLostInput!) { markDealLost(input: $input) { userErrors { code } } }`,
          {
            input: { dealId: pick(deals), lostReasonId: pick(board.lostReasons).id },
          },
        );
      } else if (roll < 0.8) {
        await gql(
          `mutation ($input: UpdateDealInput!) { updateDeal(input: $input) { userErrors { code } } }`,
          {
            input: {
              id: pick(deals),
              amount: { amount: (Math.floor(next() * 100_000) / 100).toFixed(2), currency: 'EUR' },
            },
          },
        );
      } else if (roll < 0.92) {
        await createInvoice(
          e2e,
          a.token,
          pick(companies),
          {
            quantity: String(1 + Math.floor(next() * 5)),
            unitPrice: (Math.floor(next() * 100_000) / 100).toFixed(2),
          },
          pick(['EUR', 'USD']),
        );
      } else {
        await gql(
          `mutation ($input: CreateLeadInput!) { createLead(input: $input) { userErrors { code } } }`,
          {
            input: { name: `Lead ${step}`, source: 'WEBSITE' },
          },
        );
      }
    }

    const expected = await recomputed(a.tenantId);
    let actual: Record<string, Point[]> = {};
    await waitUntil(
      async () => {
        actual = await metrics(a.token);
        return JSON.stringify(actual) === JSON.stringify(expected);
      },
      `analytics to catch up (seed ${seed})`,
      15_000,
    ).catch(() => undefined);
    expect({ seed, metrics: actual }).toEqual({ seed, metrics: expected });

    const rebuilt = await e2e.gql<{ rebuildAnalytics: { replayed: number } }>(
      `mutation { rebuildAnalytics { replayed } }`,
      {},
      a.token,
    );
    const [{ journaled }] = await queryAsSuperuser<{ journaled: number }>(
      `select count(*)::int as journaled from analytics.journal where tenant_id = $1`,
      [a.tenantId],
    );
    expect(journaled).toBeGreaterThan(30);
    expect(rebuilt.body.data!.rebuildAnalytics.replayed).toBe(journaled);
    expect({ seed, metrics: await metrics(a.token) }).toEqual({ seed, metrics: expected });

    // Another tenant's figures are its own: nothing.
    expect(Object.values(await metrics(b.token)).every((points) => points.length === 0)).toBe(true);
  });

  it('adds lifetime value to companies and won deals to users, and pushes KPI changes live', async () => {
    const messages: ExecutionResult[] = [];
    const client = createClient({
      url: e2e.platform.gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${b.token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
    });
    clients.push(client);
    client.subscribe(
      { query: 'subscription { metricUpdated(names: [REVENUE]) { name points { currency value } } }' },
      {
        next: (message) => void messages.push(message as ExecutionResult),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const company = await createCompany(e2e, b.token, uniqueName('Globex'));
    await createInvoice(e2e, b.token, company, { quantity: '3', unitPrice: '10.00' }, 'USD');
    await waitUntil(() => messages.length >= 1, 'the REVENUE update', 10_000);
    expect(messages[0].data).toEqual({
      metricUpdated: { name: 'REVENUE', points: [{ currency: 'USD', value: '30.00' }] },
    });

    const deal = await e2e.gql<{ createDeal: { deal: { id: string } } }>(
      `mutation { createDeal(input: { title: "Quick win" }) { deal { id } } }`,
      {},
      b.token,
    );
    await e2e.gql(
      `mutation ($id: ID!) { markDealWon(input: { dealId: $id }) { userErrors { code } } }`,
      { id: deal.body.data!.createDeal.deal.id },
      b.token,
    );
    let read:
      { company: { lifetimeValue: unknown }; deal: { owner: { wonDealsThisMonth: number } } } | undefined;
    await waitUntil(
      async () => {
        read = (
          await e2e.gql<typeof read>(
            `query ($c: ID!, $d: ID!) { company(id: $c) { lifetimeValue { amount currency } }
               deal(id: $d) { owner { wonDealsThisMonth } } }`,
            { c: company, d: deal.body.data!.createDeal.deal.id },
            b.token,
          )
        ).body.data!;
        return read?.deal.owner.wonDealsThisMonth === 1;
      },
      'the won deal to reach analytics',
      10_000,
    );
    expect(read).toEqual({
      company: { lifetimeValue: [{ amount: '30.00', currency: 'USD' }] },
      deal: { owner: { wonDealsThisMonth: 1 } },
    });
  });

  it("ages an invoice's residual after a partial payment, through the gateway, and keeps stock value from viewers", async () => {
    const c = await e2e.signUpTenant('analytics-c');
    const company = await createCompany(e2e, c.token, uniqueName('Initech'));
    const invoice = await createInvoice(e2e, c.token, company, { quantity: '4', unitPrice: '25.00' }, 'EUR');
    const paid = await e2e.gql<{ recordPayment: { userErrors: unknown[] } }>(
      `mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { userErrors { code } } }`,
      { input: { invoiceId: invoice.id, amount: '30.00' } },
      c.token,
    );
    expect(paid.body.data?.recordPayment.userErrors).toEqual([]);
    const ageing = `{ receivablesAgeingSummary { currencies { currency openInvoices days0To30 { amount } overdue { amount } total { amount currency } } }
      erp: receivablesAgeing { totals { days0To30 { amount } total { amount currency } } }
      metric(name: OVERDUE_RECEIVABLES) { points { currency value } }
      open: metric(name: RECEIVABLES) { points { currency value } } }`;
    type Ageing = {
      receivablesAgeingSummary: {
        currencies: Array<{
          currency: string;
          openInvoices: number;
          days0To30: { amount: string };
          overdue: { amount: string };
          total: { amount: string; currency: string };
        }>;
      };
      erp: { totals: Array<{ days0To30: { amount: string }; total: { amount: string; currency: string } }> };
      metric: { points: Array<{ currency: string; value: string }> };
      open: { points: Array<{ currency: string; value: string }> };
    };
    let seen: Ageing | undefined;
    await waitUntil(
      async () => {
        seen = (await e2e.gql<Ageing>(ageing, {}, c.token)).body.data ?? undefined;
        return seen?.receivablesAgeingSummary.currencies[0]?.total.amount === '70.00';
      },
      'the payment to reach analytics',
      10_000,
    ).catch(() => undefined);
    // Due today (immediate terms): 0–30 days past due in erp's buckets, so overdue too.
    expect(seen).toEqual({
      receivablesAgeingSummary: {
        currencies: [
          {
            currency: 'EUR',
            openInvoices: 1,
            days0To30: { amount: '70.00' },
            overdue: { amount: '70.00' },
            total: { amount: '70.00', currency: 'EUR' },
          },
        ],
      },
      erp: { totals: [{ days0To30: { amount: '70.00' }, total: { amount: '70.00', currency: 'EUR' } }] },
      metric: { points: [{ currency: 'EUR', value: '70.00' }] },
      // The receivables KPI counts what is still owed, not the invoice's total.
      open: { points: [{ currency: 'EUR', value: '70.00' }] },
    });

    const viewer = await e2e.signAccessToken({
      userId: c.userId,
      tenantId: c.tenantId,
      permissions: [...BUILT_IN_ROLES.viewer],
      role: 'viewer',
      issuedAt: Date.now(),
      expiresAt: Date.now() + 600_000,
    });
    const stock = await e2e.gql(`{ stockValueSummary { totals { amount } } }`, {}, viewer);
    expect((stock.body.errors ?? []).map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const owner = await e2e.gql<{ stockValueSummary: { totals: unknown[] } }>(
      `{ stockValueSummary { totals { amount } } }`,
      {},
      c.token,
    );
    expect(owner.body.data).toEqual({ stockValueSummary: { totals: [] } });
    // Viewers see the ageing, as erp shows them its own.
    const read = await e2e.gql<Ageing>(ageing, {}, viewer);
    expect(read.body.data?.receivablesAgeingSummary).toEqual(seen?.receivablesAgeingSummary);
  });

  it('saves dashboards whose layouts make sense, and explains the ones that do not', async () => {
    const save = (input: object) =>
      e2e.gql<{
        createDashboard: {
          dashboard: { name: string; widgets: unknown[] } | null;
          userErrors: Array<{ code: string; field: string[] }>;
        };
      }>(
        `mutation ($input: CreateDashboardInput!) { createDashboard(input: $input) {
           dashboard { name widgets { title metric x y w h } } userErrors { code field } } }`,
        { input },
        a.token,
      );
    const name = uniqueName('Sales');
    const ok = await save({
      name,
      columns: 12,
      widgets: [
        { title: 'Revenue', metric: 'REVENUE', x: 0, y: 0, w: 6, h: 4 },
        { title: 'Pipeline', metric: 'PIPELINE_VALUE', x: 6, y: 0, w: 6, h: 4 },
      ],
    });
    expect(ok.body.data!.createDashboard.userErrors).toEqual([]);
    expect(ok.body.data!.createDashboard.dashboard?.widgets).toHaveLength(2);

    const bad = await save({
      name,
      columns: 12,
      widgets: [
        { title: 'A', metric: 'REVENUE', x: 0, y: 0, w: 6, h: 4 },
        { title: 'Overlaps', metric: 'WIN_RATE', x: 3, y: 2, w: 6, h: 4 },
        { title: 'Too wide', metric: 'NEW_DEALS', x: 10, y: 8, w: 4, h: 1 },
        { title: ' ', metric: 'NEW_LEADS', x: 0, y: 9, w: 1, h: 1 },
      ],
    });
    expect(bad.body.data!.createDashboard).toEqual({
      dashboard: null,
      userErrors: [
        { code: 'WIDGETS_OVERLAP', field: ['input', 'widgets', '1'] },
        { code: 'WIDGET_OUTSIDE_GRID', field: ['input', 'widgets', '2'] },
        { code: 'TITLE_REQUIRED', field: ['input', 'widgets', '3', 'title'] },
      ],
    });
    const taken = await save({ name: name.toUpperCase(), widgets: [] });
    expect(taken.body.data!.createDashboard.userErrors.map((error) => error.code)).toEqual(['NAME_TAKEN']);

    const foreign = await e2e.gql<{ dashboards: { totalCount: number } }>(
      `{ dashboards { totalCount } }`,
      {},
      b.token,
    );
    expect(foreign.body.data!.dashboards.totalCount).toBe(0);
  });

  it('refuses bad windows, lets viewers read but not rebuild or edit, and keeps dashboards per tenant', async () => {
    const bad = async (args: string) => {
      const result = await e2e.gql(`{ metric(name: REVENUE, ${args}) { from } }`, {}, a.token);
      return (result.body.errors ?? []).map((error) => [error.extensions?.code, error.message]);
    };
    expect(await bad('from: "2027-02-30"')).toEqual([
      ['BAD_USER_INPUT', '"from" must be an ISO date such as "2027-01-31".'],
    ]);
    expect((await bad('from: "2027-03-01", to: "2027-01-01"'))[0][0]).toBe('BAD_USER_INPUT');
    expect((await bad('period: DAY, from: "2020-01-01", to: "2026-01-01"'))[0][1]).toContain('400 periods');
    const window = await e2e.gql<{ metric: { from: string; to: string } }>(
      `{ metric(name: NEW_DEALS, period: WEEK, from: "2027-01-04", to: "2027-03-28") { from to } }`,
      {},
      a.token,
    );
    expect(window.body.data!.metric).toEqual({ from: '2027-01-04', to: '2027-03-28' });

    const viewer = await e2e.signAccessToken({
      userId: a.userId,
      tenantId: a.tenantId,
      permissions: [...BUILT_IN_ROLES.viewer],
      role: 'viewer',
      issuedAt: Date.now(),
      expiresAt: Date.now() + 600_000,
    });
    const read = await e2e.gql<{ metric: { name: string } }>(
      `{ metric(name: WIN_RATE) { name } }`,
      {},
      viewer,
    );
    expect(read.body.data!.metric.name).toBe('WIN_RATE');
    for (const mutation of [
      `mutation { rebuildAnalytics { replayed } }`,
      `mutation { createDashboard(input: { name: "Mine" }) { userErrors { code } } }`,
    ]) {
      const refused = await e2e.gql(mutation, {}, viewer);
      expect({
        status: refused.status,
        codes: (refused.body.errors ?? []).map((error) => error.extensions?.code),
      }).toEqual({
        status: 403,
        codes: ['FORBIDDEN'],
      });
    }

    const created = await e2e.gql<{ createDashboard: { dashboard: { id: string } } }>(
      `mutation { createDashboard(input: { name: "${uniqueName('Ops')}", widgets: [{ title: "Leads", metric: NEW_LEADS, x: 0, y: 0, w: 3, h: 2 }] }) { dashboard { id } } }`,
      {},
      a.token,
    );
    const id = created.body.data!.createDashboard.dashboard.id;
    const narrower = await e2e.gql<{ updateDashboard: { userErrors: Array<{ code: string }> } }>(
      `mutation ($id: ID!) { updateDashboard(input: { id: $id, columns: 2 }) { userErrors { code } } }`,
      { id },
      a.token,
    );
    // Its widget is 3 columns wide: a 2-column grid would cut it.
    expect(narrower.body.data!.updateDashboard.userErrors).toEqual([{ code: 'WIDGET_OUTSIDE_GRID' }]);
    const foreign = await e2e.gql(
      `mutation ($id: ID!) { deleteDashboard(id: $id) { deletedId } }`,
      { id },
      b.token,
    );
    expect((foreign.body.errors ?? []).map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    const deleted = await e2e.gql<{ deleteDashboard: { deletedId: string } }>(
      `mutation ($id: ID!) { deleteDashboard(id: $id) { deletedId } }`,
      { id },
      a.token,
    );
    expect(deleted.body.data!.deleteDashboard.deletedId).toBe(id);
    const gone = await e2e.gql(`query ($id: ID!) { dashboard(id: $id) { id } }`, { id }, a.token);
    expect(gone.body.data).toEqual({ dashboard: null });
  });
});
