import { randomUUID } from 'node:crypto';
import { countRows, errorCodes, queryAsSuperuser } from '@nexora/kit';
import {
  call as callErp,
  CREATE,
  CREDIT,
  knownCustomer,
  PAY,
  succeed,
} from '../../erp/test/invoicing-fixtures';
import {
  call,
  deliver,
  domainEvent,
  type ErpAndAnalytics,
  metricPoints,
  startErpAndAnalytics,
  untilAnalyticsCaughtUp,
} from './analytics-fixtures';

let running: ErpAndAnalytics;
beforeAll(async () => {
  running = await startErpAndAnalytics();
});
afterAll(async () => {
  await running?.stop();
});

type Row = [string, string, string, string, string, string, string];
const BUCKETS =
  'notDue { amount currency } days0To30 { amount } days31To60 { amount } days61To90 { amount } over90 { amount } total { amount }';

/** erp's own ageing totals as rows: currency, then the five buckets and the total. */
async function erpAgeing(tenantId: string, asOf: string): Promise<Row[]> {
  const result = await callErp<{
    receivablesAgeing: { totals: Array<Record<string, { amount: string; currency?: string }>> };
  }>(
    running.erp,
    { tenantId },
    `query ($asOf: String) { receivablesAgeing(asOf: $asOf) { totals { ${BUCKETS} } } }`,
    {
      asOf,
    },
  );
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.receivablesAgeing.totals.map((row) => [
    row.notDue.currency!,
    row.notDue.amount,
    row.days0To30.amount,
    row.days31To60.amount,
    row.days61To90.amount,
    row.over90.amount,
    row.total.amount,
  ]);
}

interface SummaryRow {
  currency: string;
  openInvoices: number;
  overdue: { amount: string };
  [bucket: string]: unknown;
}

async function summary(tenantId: string, asOf?: string) {
  const result = await call<{ receivablesAgeingSummary: { asOf: string; currencies: SummaryRow[] } }>(
    running.analytics,
    { tenantId },
    `query ($asOf: String) { receivablesAgeingSummary(asOf: $asOf) {
       asOf currencies { currency openInvoices overdue { amount currency } ${BUCKETS} } } }`,
    { asOf },
  );
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.receivablesAgeingSummary;
}

/** analytics' summary in the same rows as `erpAgeing`. */
async function analyticsAgeing(tenantId: string, asOf: string): Promise<Row[]> {
  const view = await summary(tenantId, asOf);
  expect(view.asOf).toBe(asOf);
  const amount = (row: SummaryRow, bucket: string) => (row[bucket] as { amount: string }).amount;
  return view.currencies.map((row) => [
    row.currency,
    ...(['notDue', 'days0To30', 'days31To60', 'days61To90', 'over90', 'total'].map((bucket) =>
      amount(row, bucket),
    ) as [string, string, string, string, string, string]),
  ]);
}

async function postInvoice(
  tenantId: string,
  customerId: string,
  invoiceDate: string,
  unitPrice: string,
  extra: Record<string, unknown> = {},
) {
  return succeed(running.erp, { tenantId }, CREATE, {
    customerId,
    invoiceDate,
    lines: [{ description: 'Work', quantity: '1', unitPrice }],
    post: true,
    ...extra,
  });
}

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A posted invoice's event as erp publishes it (`invoiceEventPayload`). */
function invoiceEvent(type: string, tenantId: string, id: string, fields: Record<string, unknown> = {}) {
  return domainEvent(type, tenantId, {
    id,
    number: 'INV-000001',
    customerId: randomUUID(),
    total: '100.00',
    currency: 'USD',
    status: type === 'erp.invoice.paid' ? 'PAID' : 'POSTED',
    invoiceDate: daysAgo(40),
    dueDate: daysAgo(40),
    residual: '100.00',
    ...fields,
  });
}

function paymentEvent(tenantId: string, invoiceId: string, amount: string, id = randomUUID()) {
  return domainEvent('erp.payment.recorded', tenantId, {
    id,
    invoiceId,
    customerId: randomUUID(),
    amount,
    currency: 'USD',
    date: daysAgo(10),
    method: 'BANK_TRANSFER',
    residual: '0.00',
  });
}

/** The OVERDUE_RECEIVABLES announcements analytics wrote for the tenant (what `metricUpdated` delivers). */
const overdueAnnouncements = (tenantId: string) =>
  countRows(
    `select 1 from analytics.outbox where tenant_id = $1 and type = 'analytics.metric.updated' and payload->>'id' = 'OVERDUE_RECEIVABLES'`,
    [tenantId],
  );

describe("analytics' receivables ageing from erp's events", () => {
  it("equals erp's receivablesAgeing after invoices, partial payments, credit notes and full payments, on several days", async () => {
    const tenantId = randomUUID();
    const [a, b] = [await knownCustomer(tenantId), await knownCustomer(tenantId)];
    await postInvoice(tenantId, a, daysAgo(120), '100.00'); // over 90
    const a2 = await postInvoice(tenantId, a, daysAgo(50), '200.00', { paymentTerms: 'NET_15' }); // 35 days
    await succeed(running.erp, { tenantId }, PAY, { invoiceId: a2.id, amount: '50.00', date: daysAgo(20) });
    await postInvoice(tenantId, a, daysAgo(5), '80.00', { paymentTerms: 'NET_30', currency: 'EUR' }); // not due
    const b1 = await postInvoice(tenantId, b, daysAgo(80), '300.00', { paymentTerms: 'NET_15' }); // 65 days
    await succeed(running.erp, { tenantId }, CREDIT, {
      invoiceId: b1.id,
      amount: '100.00',
      reason: 'Returned',
      date: daysAgo(30),
    });
    await succeed(running.erp, { tenantId }, PAY, { invoiceId: b1.id, amount: '25.50', date: today() });
    const paid = await postInvoice(tenantId, b, daysAgo(60), '10.00');
    await succeed(running.erp, { tenantId }, PAY, { invoiceId: paid.id, amount: '10.00', date: daysAgo(59) });
    const due = await postInvoice(tenantId, b, today(), '45.00'); // due today: 0–30, as in erp
    await succeed(running.erp, { tenantId }, CREATE, {
      customerId: b,
      lines: [{ description: 'draft', quantity: '1', unitPrice: '999' }],
    });
    await untilAnalyticsCaughtUp(tenantId);

    const now = await erpAgeing(tenantId, today());
    expect(now).toEqual([
      ['EUR', '80.00', '0.00', '0.00', '0.00', '0.00', '80.00'],
      ['USD', '0.00', '45.00', '150.00', '174.50', '100.00', '469.50'],
    ]);
    for (const day of [today(), daysAgo(25), daysAgo(55), daysAgo(100), daysAgo(200)])
      expect(await analyticsAgeing(tenantId, day)).toEqual(await erpAgeing(tenantId, day));
    expect(await analyticsAgeing(tenantId, today())).toEqual(now);

    const view = await summary(tenantId);
    expect(view.asOf).toBe(today());
    expect(view.currencies.map((row) => [row.currency, row.openInvoices, row.overdue.amount])).toEqual([
      ['EUR', 1, '0.00'],
      ['USD', 4, '469.50'],
    ]);
    expect(await metricPoints(running.analytics, tenantId, 'OVERDUE_RECEIVABLES')).toEqual([
      { currency: 'USD', value: '469.50' },
    ]);

    // Paying the invoice due today in full takes it off; a rebuild from the journal changes nothing.
    await succeed(running.erp, { tenantId }, PAY, { invoiceId: due.id, amount: '45.00', date: today() });
    await untilAnalyticsCaughtUp(tenantId);
    expect(await analyticsAgeing(tenantId, today())).toEqual(await erpAgeing(tenantId, today()));
    expect(await metricPoints(running.analytics, tenantId, 'OVERDUE_RECEIVABLES')).toEqual([
      { currency: 'USD', value: '424.50' },
    ]);
    const rebuilt = await call<{ rebuildAnalytics: { replayed: number } }>(
      running.analytics,
      { tenantId, permissions: ['analytics.data:rebuild'] },
      `mutation { rebuildAnalytics { replayed } }`,
    );
    expect(rebuilt.body.data?.rebuildAnalytics.replayed).toBeGreaterThan(0);
    for (const day of [today(), daysAgo(55)])
      expect(await analyticsAgeing(tenantId, day)).toEqual(await erpAgeing(tenantId, day));
  });

  it('counts a payment once however often it arrives, and a paid event or payment arriving before the posting', async () => {
    const tenantId = randomUUID();
    const invoiceId = randomUUID();
    const payment = paymentEvent(tenantId, invoiceId, '30.00');
    // The payment first: nothing is owed yet, as far as analytics knows.
    await deliver(running, payment);
    expect((await summary(tenantId)).currencies).toEqual([]);
    expect(await overdueAnnouncements(tenantId)).toBe(0);
    // Then the posting: the invoice counts, less the payment already kept.
    await deliver(running, invoiceEvent('erp.invoice.posted', tenantId, invoiceId));
    const owed = async () => (await summary(tenantId)).currencies.map((row) => [row.currency, row.total]);
    expect(await owed()).toEqual([['USD', { amount: '70.00' }]]);
    // The same event again (the inbox drops it) and the same payment under another event id (the
    // read model keeps one row per erp payment): still 70.
    await deliver(running, payment);
    await deliver(running, { ...payment, id: randomUUID() });
    expect(await owed()).toEqual([['USD', { amount: '70.00' }]]);
    expect(
      await queryAsSuperuser(
        `select count(*)::int as n from analytics.receivable_settlements where tenant_id = $1`,
        [tenantId],
      ),
    ).toEqual([{ n: 1 }]);
    expect(await overdueAnnouncements(tenantId)).toBe(1);

    // Another invoice whose `paid` arrives before its `posted` and before its payment.
    const second = randomUUID();
    await deliver(
      running,
      invoiceEvent('erp.invoice.paid', tenantId, second, { total: '40.00', residual: '0.00' }),
    );
    expect(await owed()).toEqual([['USD', { amount: '110.00' }]]);
    await deliver(running, paymentEvent(tenantId, second, '40.00'));
    await deliver(
      running,
      invoiceEvent('erp.invoice.posted', tenantId, second, { total: '40.00', residual: '40.00' }),
    );
    expect(await owed()).toEqual([['USD', { amount: '70.00' }]]);
    expect(await metricPoints(running.analytics, tenantId, 'OVERDUE_RECEIVABLES')).toEqual([
      { currency: 'USD', value: '70.00' },
    ]);
    // The paid event and the payment changed the KPI; the late posting did not.
    expect(await overdueAnnouncements(tenantId)).toBe(3);

    // A payload without due dates (published before erp carried them) is skipped, not half-applied.
    await deliver(
      running,
      domainEvent('erp.invoice.posted', tenantId, {
        id: randomUUID(),
        customerId: randomUUID(),
        total: '5.00',
        currency: 'USD',
        status: 'POSTED',
      }),
    );
    expect(await owed()).toEqual([['USD', { amount: '70.00' }]]);
  });

  it("keeps each tenant's receivables to itself, and refuses a malformed asOf", async () => {
    const [tenantA, tenantB] = [randomUUID(), randomUUID()];
    const invoiceId = randomUUID();
    await deliver(running, invoiceEvent('erp.invoice.posted', tenantA, invoiceId));
    // Tenant B's payment naming A's invoice id settles nothing of A's.
    await deliver(running, paymentEvent(tenantB, invoiceId, '100.00'));
    expect((await summary(tenantA)).currencies.map((row) => row.total)).toEqual([{ amount: '100.00' }]);
    expect((await summary(tenantB)).currencies).toEqual([]);
    expect(await metricPoints(running.analytics, tenantB, 'OVERDUE_RECEIVABLES')).toEqual([]);

    const bad = await call(
      running.analytics,
      { tenantId: tenantA },
      `{ receivablesAgeingSummary(asOf: "2026-02-30") { asOf } }`,
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const noTenant = await call(
      running.analytics,
      { tenantId: null },
      `{ receivablesAgeingSummary { asOf } }`,
    );
    expect(errorCodes(noTenant)).toEqual(['FORBIDDEN']);
    const noPermission = await call(
      running.analytics,
      { tenantId: tenantA, permissions: [] },
      `{ receivablesAgeingSummary { asOf } }`,
    );
    expect(errorCodes(noPermission)).toEqual(['FORBIDDEN']);
  });
});
