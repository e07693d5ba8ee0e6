import { waitUntil } from '@nexora/kit';
import type { Page } from 'playwright-core';
import {
  createCompany,
  createInvoice,
  uniqueName,
  waitUntilBillable,
  type SignedUpTenant,
} from './e2e-client';
import { expectVisible, screenshot, signIn, startWebE2E, type WebE2E } from './web-browser';

/**
 * The dashboard in a real browser against the real platform: a seeded tenant's KPIs, what the page
 * asks the API for (and that it shows all of it), live updates, and another tenant's dashboard.
 */

let web: WebE2E;
let seller: SignedUpTenant;
let quiet: SignedUpTenant;
let dashboard: Page;
let traffic: GraphQLTraffic;
let locale: string;

type Json = null | boolean | number | string | Json[] | { [field: string]: Json };
type JsonObject = { [field: string]: Json };

/** Calls the API as `tenant`, failing loudly on errors and userErrors; returns `data`. */
async function api<T = JsonObject>(
  tenant: SignedUpTenant,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await web.e2e.gql<T>(query, variables, tenant.token);
  const userErrors = JSON.stringify(result.body.data ?? {}).match(/"userErrors":\[[^\]]+\]/);
  if (result.status !== 200 || result.body.errors || !result.body.data || userErrors)
    throw new Error(`${query.slice(0, 60)}… answered ${result.status} ${JSON.stringify(result.body)}`);
  return result.body.data;
}

const createDeal = async (tenant: SignedUpTenant, input: Record<string, unknown>) =>
  (
    await api<{ createDeal: { deal: { id: string } } }>(
      tenant,
      `mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } userErrors { code message } } }`,
      { input: { title: uniqueName('Deal'), ...input } },
    )
  ).createDeal.deal.id;

const markDealWon = (tenant: SignedUpTenant, dealId: string) =>
  api(
    tenant,
    `mutation ($input: MarkDealWonInput!) { markDealWon(input: $input) { userErrors { code message } } }`,
    { input: { dealId } },
  );

const createLead = (tenant: SignedUpTenant) =>
  api(
    tenant,
    `mutation ($input: CreateLeadInput!) { createLead(input: $input) { userErrors { code message } } }`,
    { input: { name: uniqueName('Lead'), source: 'WEBSITE' } },
  );

const METRICS = `revenue: metric(name: REVENUE) { points { value } }
  winRate: metric(name: WIN_RATE) { points { value } }
  newDeals: metric(name: NEW_DEALS) { points { value } }
  newLeads: metric(name: NEW_LEADS) { points { value } }
  pipeline: metric(name: PIPELINE_VALUE) { points { value } }
  receivables: metric(name: RECEIVABLES) { points { value } }`;
type Figures = Record<string, { points: Array<{ value: string }> }>;

/** Polls the API (not the page) until analytics has folded the seeded events into its figures. */
async function untilAnalytics(tenant: SignedUpTenant, done: (figures: Figures) => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  let figures: Figures = {};
  while (Date.now() < deadline) {
    figures = await api<Figures>(tenant, `{ ${METRICS} }`);
    if (done(figures)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`analytics did not catch up: ${JSON.stringify(figures)}`);
}

const values = (figures: Figures, name: string) => figures[name].points.map((point) => point.value).sort();

/**
 * A tenant with something in every KPI: deals in three stages (USD and EUR), one won and one lost
 * (win rate 50%), an invoice posted at once and a draft posted afterwards, two leads.
 */
async function seed(tenant: SignedUpTenant): Promise<void> {
  const { pipelines, lostReasons } = await api<{
    pipelines: Array<{ isDefault: boolean; stages: Array<{ id: string; name: string }> }>;
    lostReasons: Array<{ id: string }>;
  }>(tenant, `{ pipelines { isDefault stages { id name } } lostReasons { id } }`);
  const stage = (name: string) =>
    pipelines.find((pipeline) => pipeline.isDefault)!.stages.find((candidate) => candidate.name === name)!.id;
  const acme = await createCompany(web.e2e, tenant.token, uniqueName('Acme'));
  const globex = await createCompany(web.e2e, tenant.token, uniqueName('Globex'));
  await createDeal(tenant, {
    companyId: acme,
    stageId: stage('Qualified'),
    amount: { amount: '1200.00', currency: 'USD' },
  });
  await createDeal(tenant, {
    companyId: globex,
    stageId: stage('Proposal'),
    amount: { amount: '2500.50', currency: 'USD' },
  });
  await createDeal(tenant, {
    companyId: globex,
    stageId: stage('Negotiation'),
    amount: { amount: '800.00', currency: 'EUR' },
  });
  await markDealWon(tenant, await createDeal(tenant, { amount: { amount: '400.00', currency: 'USD' } }));
  await api(
    tenant,
    `mutation ($input: MarkDealLostInput!) { markDealLost(input: $input) { userErrors { code message } } }`,
    { input: { dealId: await createDeal(tenant, {}), lostReasonId: lostReasons[0].id } },
  );
  await createInvoice(web.e2e, tenant.token, acme, { quantity: '2', unitPrice: '50.25' }, 'USD');
  await waitUntilBillable(web.e2e, tenant.token, globex);
  const draft = await api<{ createInvoice: { invoice: { id: string } } }>(
    tenant,
    `mutation ($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } userErrors { code message } } }`,
    {
      input: {
        customerId: globex,
        currency: 'EUR',
        lines: [{ description: 'Licences', quantity: '3', unitPrice: '99.99' }],
      },
    },
  );
  await api(
    tenant,
    `mutation ($input: PostInvoiceInput!) { postInvoice(input: $input) { userErrors { code message } } }`,
    { input: { id: draft.createInvoice.invoice.id } },
  );
  await createLead(tenant);
  await createLead(tenant);
  await untilAnalytics(
    tenant,
    (figures) =>
      values(figures, 'revenue').join() === '100.50,299.97' &&
      values(figures, 'receivables').join() === '100.50,299.97' &&
      values(figures, 'winRate').join() === '0.5000' &&
      values(figures, 'newDeals').join() === '5' &&
      values(figures, 'newLeads').join() === '2' &&
      figures.pipeline.points.length === 3,
  );
}

/** What a page asked the API and got back: HTTP POSTs to /graphql and graphql-ws messages. */
interface GraphQLTraffic {
  posts: Array<{ operationName: string | null; query: string }>;
  responses: Array<{ data: Json }>;
  subscribes: Array<{ query: string }>;
  /** The `data` of each graphql-ws `next` message, in order. */
  pushed: Json[];
}

function recordGraphQL(page: Page): GraphQLTraffic {
  const traffic: GraphQLTraffic = { posts: [], responses: [], subscribes: [], pushed: [] };
  page.on('request', (request) => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/graphql') return;
    const body = request.postDataJSON() as { operationName?: string; query: string };
    traffic.posts.push({ operationName: body.operationName ?? null, query: body.query });
  });
  page.on('response', async (response) => {
    const request = response.request();
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/graphql') return;
    traffic.responses.push((await response.json()) as { data: Json });
  });
  page.on('websocket', (socket) => {
    const parse = (payload: string | Buffer) => JSON.parse(payload.toString()) as JsonObject;
    socket.on('framesent', ({ payload }) => {
      const message = parse(payload);
      if (message.type === 'subscribe') traffic.subscribes.push(message.payload as { query: string });
    });
    socket.on('framereceived', ({ payload }) => {
      const message = parse(payload);
      if (message.type === 'next') traffic.pushed.push((message.payload as JsonObject).data);
    });
  });
  return traffic;
}

const requestCount = (recorded: GraphQLTraffic) => recorded.posts.length + recorded.subscribes.length;

interface Leaf {
  path: string;
  field: string;
  value: string | number | boolean;
  parent: JsonObject;
}

/**
 * Every leaf value of a response's data. `__typename` and fields named `id` are left out: they are
 * the normalized cache's keys (cache.ts), asked for so graphcache can merge and update entities, not
 * to be shown. Nulls have nothing to show.
 */
function leavesOf(value: Json, path = 'data', field = '', parent: JsonObject = {}): Leaf[] {
  if (value === null || field === '__typename' || field === 'id') return [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => leavesOf(item, `${path}[${index}]`, field, parent));
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([name, child]) => leavesOf(child, `${path}.${name}`, name, value));
  return [{ path, field, value, parent }];
}

/** Stage names by id, from every `stages` list of a response (PIPELINE_VALUE's points name a stage by id). */
function stageNames(data: Json): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (value: Json) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (Array.isArray(value.stages))
        for (const stage of value.stages as JsonObject[]) names.set(String(stage.id), String(stage.name));
      Object.values(value).forEach(visit);
    }
  };
  visit(data);
  return names;
}

/**
 * The texts a value may be shown as, written here independently of the web client: money (a value
 * beside a currency, and the currency itself) as the locale's currency format; a fraction as a
 * percentage; a count with digit grouping; an ISO date as a day or a month; an enum in words; a stage
 * id as its stage's name. Raw text is always accepted.
 */
function renderingsOf(leaf: Leaf, stages: Map<string, string>): string[] {
  const raw = String(leaf.value);
  const renderings = [raw];
  const money = (amount: string, currency: string) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
  const currency = typeof leaf.parent.currency === 'string' ? leaf.parent.currency : null;
  const amount = typeof leaf.parent.value === 'string' ? leaf.parent.value : null;
  if (leaf.field === 'value' && currency) renderings.push(money(raw, currency));
  else if (leaf.field === 'currency' && amount) renderings.push(money(amount, raw));
  else if (/^\d+$/.test(raw)) renderings.push(new Intl.NumberFormat(locale).format(Number(raw)));
  else if (/^0?\.\d+$|^1(\.0+)?$|^0$/.test(raw))
    renderings.push(
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(Number(raw)),
    );
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    const date = new Date(`${raw}T00:00:00Z`);
    renderings.push(
      date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
      date.toLocaleDateString(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }),
    );
  }
  if (/^[A-Z][A-Z_]+$/.test(raw)) renderings.push(raw.toLowerCase().replace(/_/g, ' '));
  if (leaf.field === 'key' && stages.has(raw)) renderings.push(stages.get(raw)!);
  return renderings;
}

const normalize = (text: string) => text.replace(/\s+/gu, ' ');

/**
 * `rendering` appears in `text` as a whole: not inside a longer word or number, so "25" is not found
 * in "$1,550.25" nor "Sales" in "Salesforce".
 */
function shows(text: string, rendering: string): boolean {
  const escaped = normalize(rendering).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${escaped}(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'u').test(text);
}

/**
 * The leaves of `responses` the page does not show in any accepted form (visible text and tables).
 * Stage names come from everything the page received (a pushed PIPELINE_VALUE names stages by id
 * only; the page knows their names from its query).
 */
async function unrendered(page: Page, responses: Json[], received: GraphQLTraffic): Promise<string[]> {
  const text = normalize(await page.evaluate(() => document.body.innerText));
  const stages = stageNames(received.responses.map((response) => response.data));
  return responses.flatMap((data) =>
    leavesOf(data)
      .filter((leaf) => !renderingsOf(leaf, stages).some((rendering) => shows(text, rendering)))
      .map(
        (leaf) =>
          `${leaf.path} = ${JSON.stringify(leaf.value)} (as ${renderingsOf(leaf, stages).join(' | ')})`,
      ),
  );
}

/** Waits until every leaf is shown, then reports what is still missing (none, or the failure). */
async function missingAfterWaiting(
  page: Page,
  responses: Json[],
  received: GraphQLTraffic,
): Promise<string[]> {
  await waitUntil(
    async () => (await unrendered(page, responses, received)).length === 0,
    'every value to render',
    10_000,
  ).catch(() => undefined);
  return unrendered(page, responses, received);
}

/** The latest pushed state of each metric (earlier messages were replaced by later ones). */
function latestPushed(pushed: Json[]): Json[] {
  const latest = new Map<string, Json>();
  for (const data of pushed) {
    const metric = (data as { metricUpdated: { id: string } }).metricUpdated;
    latest.set(metric.id, data);
  }
  return [...latest.values()];
}

const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const money = (amount: string, currency: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));

beforeAll(async () => {
  web = await startWebE2E({ ownDatabase: true });
  [seller, quiet] = await Promise.all([
    web.e2e.signUpTenant('web-dashboard'),
    web.e2e.signUpTenant('web-dashboard-quiet'),
  ]);
  await seed(seller);
  // Signed in, the dashboard is the home screen; traffic is recorded from a fresh load of it.
  dashboard = await web.signedInPage(seller, 'desktop');
  locale = await dashboard.evaluate(() => navigator.language);
  // Nothing of the first load still in flight: its responses would be lost to the reload.
  await expectVisible(card(dashboard, 'Win rate').getByText('50%'));
  await dashboard.waitForLoadState('networkidle');
  traffic = recordGraphQL(dashboard);
  await dashboard.reload();
  await expectVisible(card(dashboard, 'Win rate').getByText('50%'));
}, 120_000);
afterAll(async () => {
  await web?.stop();
});

describe('the dashboard', () => {
  it('loads in at most 3 GraphQL requests and shows every value it asked for', async () => {
    await expectVisible(card(dashboard, 'Revenue').getByText(money('100.50', 'USD')));
    await expectVisible(card(dashboard, 'Revenue').getByText(money('299.97', 'EUR')));
    await expectVisible(card(dashboard, 'Weighted forecast').getByText(money('1550.25', 'USD')));
    await expectVisible(card(dashboard, 'Pipeline value').getByText(money('3700.50', 'USD')));
    await expectVisible(card(dashboard, 'New deals').getByText('5', { exact: true }));
    await waitUntil(() => traffic.subscribes.length >= 1, 'the live subscription', 10_000);
    await waitUntil(() => traffic.responses.length === traffic.posts.length, 'every response', 10_000);

    // The shell's tenant switcher (Memberships), the page's one query, its one subscription.
    expect(requestCount(traffic)).toBeLessThanOrEqual(3);
    expect(traffic.posts.map((post) => post.operationName)).toContain('Dashboard');
    expect(traffic.subscribes).toHaveLength(1);
    expect(traffic.subscribes[0].query).toContain('metricUpdated');

    // Over-fetching: a field the page asks for but never shows fails here, by its path.
    expect(
      await missingAfterWaiting(
        dashboard,
        traffic.responses.map((response) => response.data),
        traffic,
      ),
    ).toEqual([]);
    // The stage ids of PIPELINE_VALUE are shown as stage names, in the chart's table.
    await expectVisible(dashboard.getByRole('rowheader', { name: 'Negotiation' }));
  });

  it('updates cards and charts live, and another tenant’s dashboard stays its own', async () => {
    const other = await (await web.context('desktop')).newPage();
    await other.goto(web.origin);
    const otherTraffic = recordGraphQL(other);
    await signIn(other, quiet.email);
    await expectVisible(card(other, 'Revenue').getByText('No revenue yet'));
    await expectVisible(card(other, 'Win rate').getByText('No closed deals yet'));
    await waitUntil(() => otherTraffic.subscribes.length === 1, 'the other tenant’s subscription', 10_000);
    const postsBefore = traffic.posts.length;

    // A third closed deal, won: 2 of 3. A new posted invoice: USD revenue 100.50 + 49.50.
    await markDealWon(seller, await createDeal(seller, { amount: { amount: '999.00', currency: 'USD' } }));
    const [company] = (
      await api<{ companies: { edges: Array<{ node: { id: string } }> } }>(
        seller,
        `{ companies(first: 1) { edges { node { id } } } }`,
      )
    ).companies.edges.map((edge) => edge.node.id);
    await createInvoice(web.e2e, seller.token, company, { quantity: '1', unitPrice: '49.50' }, 'USD');

    const winRate = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
      0.6667,
    );
    await expectVisible(card(dashboard, 'Win rate').getByText(winRate), 20_000);
    await expectVisible(card(dashboard, 'Revenue').getByText(money('150.00', 'USD')), 20_000);
    await expectVisible(card(dashboard, 'New deals').getByText('6', { exact: true }), 20_000);
    // Over the socket, into the cache: no request was made for it.
    expect(traffic.posts.length).toBe(postsBefore);
    expect(requestCount(traffic)).toBeLessThanOrEqual(3);
    // What was pushed is shown too (each metric's latest state).
    expect(await missingAfterWaiting(dashboard, latestPushed(traffic.pushed), traffic)).toEqual([]);
    await screenshot(dashboard, 'dashboard');

    // The other tenant got none of it and still shows its own, empty figures.
    expect(otherTraffic.pushed).toEqual([]);
    await expectVisible(card(other, 'Revenue').getByText('No revenue yet'));
    await expectVisible(card(other, 'Win rate').getByText('No closed deals yet'));
    await expectVisible(card(other, 'New deals').getByText('No deals yet'));
    const otherText = await other.evaluate(() => document.body.innerText);
    expect(otherText).not.toContain(winRate);
    expect(otherText).not.toContain(money('150.00', 'USD'));
    await screenshot(other, 'dashboard-empty');
    // Its own subscription was live all along: its own lead arrives.
    await createLead(quiet);
    await expectVisible(card(other, 'New leads').getByText('1', { exact: true }), 20_000);
    await expectVisible(card(other, 'Revenue').getByText('No revenue yet'));
    await other.context().close();
  });

  it('fits a phone', async () => {
    const phone = await web.signedInPage(seller, 'phone');
    await expectVisible(card(phone, 'Win rate').getByText('%'));
    await expectVisible(phone.getByRole('heading', { name: 'Open pipeline by stage' }));
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'dashboard');
    await phone.context().close();
  });
});
