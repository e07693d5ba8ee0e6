import { randomUUID } from 'node:crypto';
import { errorCodes, type RunningSubgraph } from '@nexora/kit';
import { startErp } from './invoice-fixtures';
import {
  call,
  CREATE,
  CREDIT,
  knownCustomer,
  ledgerHealth,
  PAY,
  succeed,
  type MoneyView,
} from './invoicing-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startErp();
});
afterAll(async () => {
  await erp.stop();
});

const AGEING = /* GraphQL */ `
  query ($asOf: String) {
    receivablesAgeing(asOf: $asOf) {
      asOf
      customers {
        customer {
          id
        }
        ...buckets
      }
      totals {
        customer {
          id
        }
        ...buckets
      }
    }
  }
  fragment buckets on AgeingBuckets {
    notDue {
      amount
      currency
    }
    days0To30 {
      amount
    }
    days31To60 {
      amount
    }
    days61To90 {
      amount
    }
    over90 {
      amount
    }
    total {
      amount
    }
  }
`;

interface BucketsView {
  customer: { id: string } | null;
  notDue: MoneyView;
  days0To30: { amount: string };
  days31To60: { amount: string };
  days61To90: { amount: string };
  over90: { amount: string };
  total: { amount: string };
}

const flat = (row: BucketsView) => [
  row.customer?.id ?? null,
  row.notDue.currency,
  row.notDue.amount,
  row.days0To30.amount,
  row.days31To60.amount,
  row.days61To90.amount,
  row.over90.amount,
  row.total.amount,
];

async function ageing(tenantId: string, asOf?: string) {
  const result = await call<{
    receivablesAgeing: { asOf: string; customers: BucketsView[]; totals: BucketsView[] };
  }>(erp, { tenantId }, AGEING, { asOf });
  expect(result.body.errors).toBeUndefined();
  const view = result.body.data!.receivablesAgeing;
  return { asOf: view.asOf, customers: view.customers.map(flat), totals: view.totals.map(flat) };
}

async function invoice(
  tenantId: string,
  customerId: string,
  invoiceDate: string,
  unitPrice: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const created = await succeed(erp, { tenantId }, CREATE, {
    customerId,
    invoiceDate,
    lines: [{ description: 'Work', quantity: '1', unitPrice }],
    post: true,
    ...extra,
  });
  return created.id;
}

describe('receivables ageing and open balances', () => {
  it('ages residuals by days past the due date, per customer and currency, as of a day', async () => {
    const tenantId = randomUUID();
    const [a, b] = [randomUUID(), randomUUID()].sort();
    await knownCustomer(tenantId, a);
    await knownCustomer(tenantId, b);
    await invoice(tenantId, a, '2026-01-01', '100.00'); // due 01-01: 104 days on 04-15
    const a2 = await invoice(tenantId, a, '2026-03-01', '200.00', { paymentTerms: 'NET_30' }); // due 03-31
    await succeed(erp, { tenantId }, PAY, { invoiceId: a2, amount: '50.00', date: '2026-04-01' });
    await invoice(tenantId, a, '2026-04-10', '80.00', { paymentTerms: 'NET_30', currency: 'EUR' }); // due 05-10
    const b1 = await invoice(tenantId, b, '2026-02-01', '300.00', { paymentTerms: 'NET_15' }); // due 02-16
    await succeed(erp, { tenantId }, CREDIT, {
      invoiceId: b1,
      amount: '100.00',
      reason: 'Returned',
      date: '2026-03-01',
    });
    await invoice(tenantId, b, '2026-01-20', '40.00'); // due 01-20: 85 days
    const paid = await invoice(tenantId, b, '2026-01-05', '10.00');
    await succeed(erp, { tenantId }, PAY, { invoiceId: paid, amount: '10.00', date: '2026-01-06' });
    await succeed(erp, { tenantId }, CREATE, {
      customerId: b,
      lines: [{ description: 'draft', quantity: '1', unitPrice: '999' }],
    });

    expect(await ageing(tenantId, '2026-04-15')).toEqual({
      asOf: '2026-04-15',
      customers: [
        [a, 'EUR', '80.00', '0.00', '0.00', '0.00', '0.00', '80.00'],
        [a, 'USD', '0.00', '150.00', '0.00', '0.00', '100.00', '250.00'],
        [b, 'USD', '0.00', '0.00', '200.00', '40.00', '0.00', '240.00'],
      ],
      totals: [
        [null, 'EUR', '80.00', '0.00', '0.00', '0.00', '0.00', '80.00'],
        [null, 'USD', '0.00', '150.00', '200.00', '40.00', '100.00', '490.00'],
      ],
    });
    // A month earlier: the later payment and invoice did not exist yet; the paid invoice was open until 01-06.
    expect((await ageing(tenantId, '2026-03-31')).totals).toEqual([
      [null, 'USD', '0.00', '200.00', '200.00', '140.00', '0.00', '540.00'],
    ]);
    expect((await ageing(tenantId, '2026-01-05')).totals).toEqual([
      [null, 'USD', '0.00', '110.00', '0.00', '0.00', '0.00', '110.00'],
    ]);

    const balances = await call<{ _entities: Array<{ openBalance: MoneyView[] }> }>(
      erp,
      { tenantId },
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Company { openBalance { amount currency } } } }`,
      { r: [a, b].map((id) => ({ __typename: 'Company', id })) },
    );
    expect(balances.body.data!._entities.map((entity) => entity.openBalance)).toEqual([
      [
        { amount: '80.00', currency: 'EUR' },
        { amount: '250.00', currency: 'USD' },
      ],
      [{ amount: '240.00', currency: 'USD' }],
    ]);

    const health = await ledgerHealth(erp, tenantId);
    expect(health.ok).toBe(true);
    expect(health.totals.map((total) => [total.currency, total.balance])).toEqual([
      ['EUR', '0.00'],
      ['USD', '0.00'],
    ]);
    // The receivable account holds exactly what the ageing says is open.
    const receivableId = (
      await call<{ accountForRole: { id: string } }>(
        erp,
        { tenantId },
        `{ accountForRole(role: RECEIVABLE) { id } }`,
      )
    ).body.data!.accountForRole.id;
    const receivable = await call<{ accountBalance: MoneyView[] }>(
      erp,
      { tenantId },
      `query ($id: ID!) { accountBalance(accountId: $id) { amount currency } }`,
      { id: receivableId },
    );
    expect(receivable.body.data!.accountBalance).toEqual([
      { amount: '80.00', currency: 'EUR' },
      { amount: '490.00', currency: 'USD' },
    ]);
  });

  it('shows another tenant nothing of them, and refuses a malformed date', async () => {
    const tenantId = randomUUID();
    const customer = await knownCustomer(tenantId);
    const id = await invoice(tenantId, customer, '2026-01-01', '100.00');
    const other = randomUUID();
    expect(await ageing(other, '2026-04-15')).toEqual({ asOf: '2026-04-15', customers: [], totals: [] });
    expect(
      errorCodes(await call(erp, { tenantId: other }, PAY, { input: { invoiceId: id, amount: '1' } })),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        await call(erp, { tenantId: other }, CREDIT, { input: { invoiceId: id, amount: '1', reason: 'x' } }),
      ),
    ).toEqual(['NOT_FOUND']);
    const invoiceSeen = await call<{ invoice: null }>(
      erp,
      { tenantId: other },
      `query ($id: ID!) { invoice(id: $id) { id } }`,
      {
        id,
      },
    );
    expect(invoiceSeen.body.data!.invoice).toBeNull();
    expect(errorCodes(await call(erp, { tenantId }, AGEING, { asOf: '15/04/2026' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
