import { waitUntil } from '@nexora/kit';
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
  [a, b] = await Promise.all([e2e.signUpTenant('live-a'), e2e.signUpTenant('live-b')]);
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await e2e?.stop();
});

const DEAL_UPDATED = `subscription {
  dealUpdated { title amount { amount currency } company { name openBalance { amount currency } } }
}`;

interface Watcher {
  messages: ExecutionResult[];
  errors: unknown[];
  closed: { code: number; reason: string } | null;
  completed: boolean;
  client: Client;
}

/** A graphql-ws client of the gateway subscribed to `query`, recording what arrives. */
function watch(
  token: string | null,
  query: string,
  extensions: Record<string, unknown> = {},
  variables: Record<string, unknown> = {},
): Watcher {
  const watcher = { messages: [], errors: [], closed: null, completed: false } as unknown as Watcher;
  const client = createClient({
    url: e2e.platform.gateway.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        watcher.closed = { code, reason };
      },
    },
    onNonLazyError: () => undefined,
  });
  clients.push(client);
  client.subscribe(
    { query, variables, extensions },
    {
      next: (message) => void watcher.messages.push(message as ExecutionResult),
      error: (error) => void watcher.errors.push(error),
      complete: () => void (watcher.completed = true),
    },
  );
  watcher.client = client;
  return watcher;
}

async function createDeal(token: string, title: string, companyId: string | null = null): Promise<string> {
  const result = await e2e.gql<{ createDeal: { deal: { id: string } } }>(
    `mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`,
    { input: { title, companyId, amount: { amount: '1200.00', currency: 'EUR' } } },
    token,
  );
  return result.body.data!.createDeal.deal.id;
}

async function renameDeal(token: string, id: string, title: string): Promise<void> {
  await e2e.gql(
    `mutation ($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id } } }`,
    {
      input: { id, title },
    },
    token,
  );
}

/** Lets the gateway connect and register subscriptions before events are produced. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('live subscriptions through the gateway', () => {
  it('carries a deal change with crm and erp fields to its tenant, and nothing to another tenant', async () => {
    const mine = watch(a.token, DEAL_UPDATED);
    const theirs = watch(b.token, DEAL_UPDATED);
    await settle();
    const name = uniqueName('Initech');
    const company = await createCompany(e2e, a.token, name);
    await createInvoice(e2e, a.token, company, { quantity: '2', unitPrice: '50.00' }, 'USD');
    await createDeal(a.token, 'Printers', company);
    await waitUntil(() => mine.messages.length >= 1, 'the deal message', 10_000);
    expect(mine.messages[0].data).toEqual({
      dealUpdated: {
        title: 'Printers',
        amount: { amount: '1200.00', currency: 'EUR' },
        company: { name, openBalance: [{ amount: '100.00', currency: 'USD' }] },
      },
    });
    expect(mine.messages[0].extensions?.eventId).toMatch(/^\d+-\d+$/);
    await settle();
    expect(theirs.messages).toEqual([]);
    expect(theirs.errors).toEqual([]);
  });

  it('resumes after the last event id: exactly the changes missed while disconnected', async () => {
    const first = watch(a.token, `subscription { dealUpdated { title } }`);
    await settle();
    const deal = await createDeal(a.token, 'Resume 0');
    await waitUntil(() => first.messages.length >= 1, 'the first message', 10_000);
    const lastEventId = first.messages.at(-1)!.extensions!.eventId as string;
    await first.client.dispose();

    await renameDeal(a.token, deal, 'Resume 1');
    await renameDeal(a.token, deal, 'Resume 2');
    const resumed = watch(a.token, `subscription { dealUpdated { title } }`, { lastEventId });
    await waitUntil(() => resumed.messages.length >= 2, 'the missed messages', 10_000);
    await renameDeal(a.token, deal, 'Resume 3');
    await waitUntil(() => resumed.messages.length >= 3, 'the live message', 10_000);
    await settle();
    // One message per event missed (two renames) and then the live one, in order, each once; each
    // carries the deal as it is when the message is resolved (events carry only the key).
    const ids = resumed.messages.map((message) => message.extensions!.eventId as string);
    const order = (x: string, y: string) => {
      const [xMs, xSeq] = x.split('-').map(Number);
      const [yMs, ySeq] = y.split('-').map(Number);
      return xMs - yMs || xSeq - ySeq;
    };
    expect(resumed.messages).toHaveLength(3);
    expect(ids.every((id) => order(id, lastEventId) > 0)).toBe(true);
    expect([...ids].sort(order)).toEqual(ids);
    expect(new Set(ids).size).toBe(3);
    const titles = resumed.messages.map(
      (message) => (message.data as { dealUpdated: { title: string } }).dealUpdated.title,
    );
    expect(titles.at(-1)).toBe('Resume 3');
  });

  it('carries company changes and posted invoices, each with fields of the other subgraph', async () => {
    const companies = watch(
      a.token,
      `subscription { companyUpdated { name openBalance { amount currency } } }`,
    );
    const invoices = watch(
      a.token,
      `subscription { invoicePosted { total { amount currency } customer { name } } }`,
    );
    await settle();
    const name = uniqueName('Umbrella');
    const company = await createCompany(e2e, a.token, name);
    await waitUntil(() => companies.messages.length >= 1, 'the created company', 10_000);
    expect(companies.messages[0].data).toEqual({ companyUpdated: { name, openBalance: [] } });

    await createInvoice(e2e, a.token, company, { quantity: '4', unitPrice: '25.00' }, 'EUR');
    await waitUntil(() => invoices.messages.length >= 1, 'the posted invoice', 10_000);
    expect(invoices.messages[0].data).toEqual({
      invoicePosted: { total: { amount: '100.00', currency: 'EUR' }, customer: { name } },
    });

    await e2e.gql(
      `mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { userErrors { code } } }`,
      { input: { id: company, name: `${name} Corp` } },
      a.token,
    );
    await waitUntil(() => companies.messages.length >= 2, 'the renamed company', 10_000);
    expect(companies.messages[1].data).toEqual({
      companyUpdated: { name: `${name} Corp`, openBalance: [{ amount: '100.00', currency: 'EUR' }] },
    });
  });

  it('follows an import’s progress to 100%, from before the upload when given a position', async () => {
    const marker = watch(a.token, `subscription { dealUpdated { title } }`);
    await settle();
    await createDeal(a.token, 'Before the import');
    await waitUntil(() => marker.messages.length >= 1, 'a position to resume from', 10_000);
    const lastEventId = marker.messages.at(-1)!.extensions!.eventId as string;

    const rows = ['name', ...Array.from({ length: 2_500 }, (_, index) => `Imported ${index}`)];
    const upload = await fetch(`${e2e.platform.gateway.origin}/files/crm/companies/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${a.token}` },
      body: `${rows.join('\n')}\n`,
    });
    expect(upload.status).toBe(202);
    const { job } = (await upload.json()) as { job: { id: string } };
    const progress = watch(
      a.token,
      `subscription ($id: ID!) { importProgress(jobId: $id) { status processed total } }`,
      { lastEventId },
      { id: job.id },
    );
    const last = () =>
      (
        progress.messages.at(-1)?.data as
          { importProgress: { status: string; processed: number } } | undefined
      )?.importProgress;
    await waitUntil(() => last()?.status === 'SUCCEEDED', 'the import to finish', 15_000);
    expect(last()).toEqual({ status: 'SUCCEEDED', processed: 2_500, total: 2_500 });
    // Started, three batches, finished: each a message (resolved when delivered).
    expect(progress.messages.length).toBeGreaterThanOrEqual(4);
    const other = watch(
      b.token,
      `subscription ($id: ID!) { importProgress(jobId: $id) { status } }`,
      { lastEventId },
      { id: job.id },
    );
    await settle();
    expect(other.messages).toEqual([]);
  });

  it('refuses what a query would be refused: no token, unknown fields, a missing permission, over the limits', async () => {
    const anonymous = watch(null, DEAL_UPDATED);
    await waitUntil(() => anonymous.closed !== null, 'the refusal', 5_000);
    expect(anonymous.closed!.code).toBe(4401);

    const unknown = watch(a.token, `subscription { dealUpdated { nonsense } }`);
    await waitUntil(() => unknown.errors.length > 0, 'the validation error', 5_000);
    expect(JSON.stringify(unknown.errors)).toContain('GRAPHQL_VALIDATION_FAILED');

    // Allowed to read deals but not erp's invoices: the field needing erp.invoice:read is refused.
    const now = Date.now();
    const dealsOnly = await e2e.signAccessToken({
      userId: a.userId,
      tenantId: a.tenantId,
      permissions: ['crm.deal:read', 'crm.company:read'],
      issuedAt: now,
      expiresAt: now + 5 * 60_000,
    });
    const forbidden = watch(dealsOnly, `subscription { invoicePosted { number } }`);
    await waitUntil(() => forbidden.errors.length > 0, 'the permission error', 5_000);
    expect(JSON.stringify(forbidden.errors)).toContain('FORBIDDEN');

    const deep = 'company { deals { edges { node { '.repeat(8) + 'title' + ' } } } }'.repeat(8);
    const tooDeep = watch(a.token, `subscription { dealUpdated { ${deep} } }`);
    await waitUntil(() => tooDeep.errors.length > 0, 'the limit error', 5_000);
    expect(JSON.stringify(tooDeep.errors)).toContain('GRAPHQL_VALIDATION_FAILED');

    const query = watch(a.token, `{ deals { totalCount } }`);
    await waitUntil(() => query.errors.length > 0, 'the refusal of a query', 5_000);
    expect(JSON.stringify(query.errors)).toContain('BAD_USER_INPUT');
  });

  it('closes the socket with 4440 when the token expires', async () => {
    const now = Date.now();
    const shortLived = await e2e.signAccessToken({
      userId: a.userId,
      tenantId: a.tenantId,
      permissions: ['crm.deal:read'],
      issuedAt: now,
      expiresAt: now + 1_500,
    });
    const watcher = watch(shortLived, `subscription { dealUpdated { title } }`);
    await waitUntil(() => watcher.closed !== null, 'the close at expiry', 6_000);
    expect(watcher.closed!.code).toBe(4440);
  });

  it('serves the same subscription over Server-Sent Events', async () => {
    const controller = new AbortController();
    const response = await fetch(e2e.platform.gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${a.token}`,
      },
      body: JSON.stringify({ query: `subscription { dealUpdated { title } }` }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    let text = '';
    const reading = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += new TextDecoder().decode(value);
      }
    })().catch(() => undefined);
    await settle();
    await createDeal(a.token, 'Over SSE');
    await waitUntil(() => text.includes('Over SSE'), 'the SSE message', 10_000);
    expect(text).toContain('event: next');
    controller.abort();
    await reading;

    const anonymous = await fetch(e2e.platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: `subscription { dealUpdated { title } }` }),
    });
    expect(anonymous.status).toBe(401);
  });
});
