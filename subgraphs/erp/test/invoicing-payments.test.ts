import { randomUUID } from 'node:crypto';
import { countRows, errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import { READ, startErp, WRITE } from './invoice-fixtures';
import {
  call,
  CREATE,
  CREDIT,
  invoicingCounts,
  knownCustomer,
  ledgerHealth,
  mutate,
  PAY,
  postedInvoice,
  setLockDate,
  succeed,
} from './invoicing-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startErp();
});
afterAll(async () => {
  await erp.stop();
});

const codes = (payload: { userErrors: Array<{ code: string; field: string[] | null }> }) =>
  payload.userErrors.map((error) => [error.code, error.field]);

describe('recordPayment', () => {
  it('pays an invoice in parts, POSTED → PARTIALLY_PAID → PAID, each payment with its bank entry', async () => {
    const tenantId = randomUUID();
    const invoice = await postedInvoice(erp, tenantId, '100.00');
    const first = await mutate(erp, { tenantId }, PAY, {
      invoiceId: invoice.id,
      amount: '40',
      date: '2026-01-20',
      reference: 'SEPA 123',
    });
    expect(first.payment).toMatchObject({
      amount: { amount: '40.00' },
      date: '2026-01-20',
      method: 'BANK_TRANSFER',
    });
    expect(first.invoice).toMatchObject({
      status: 'PARTIALLY_PAID',
      amountPaid: { amount: '40.00' },
      residual: { amount: '60.00', currency: 'USD' },
    });
    const second = await succeed(erp, { tenantId }, PAY, {
      invoiceId: invoice.id,
      amount: '60.00',
      currency: 'usd',
      date: '2026-02-01',
      method: 'CASH',
    });
    expect(second).toMatchObject({
      status: 'PAID',
      amountPaid: { amount: '100.00' },
      residual: { amount: '0.00' },
    });
    expect(
      second.payments.map((payment) => [payment.amount.amount, payment.method, payment.reference]),
    ).toEqual([
      ['40.00', 'BANK_TRANSFER', 'SEPA 123'],
      ['60.00', 'CASH', null],
    ]);
    const entries = await queryAsSuperuser<{ journal: string; lines: string }>(
      `select j.code as journal, string_agg(a.code || ':' || l.debit || '/' || l.credit, ' ' order by l.position) as lines
       from erp.payments p join erp.journal_entries e on e.id = p.journal_entry_id
       join erp.journals j on j.id = e.journal_id join erp.journal_lines l on l.entry_id = e.id
       join erp.accounts a on a.id = l.account_id
       where p.tenant_id = $1 group by p.payment_date, j.code order by p.payment_date`,
      [tenantId],
    );
    expect(entries).toEqual([
      { journal: 'BANK', lines: '1000:40.00/0.00 1100:0.00/40.00' },
      { journal: 'BANK', lines: '1010:60.00/0.00 1100:0.00/60.00' },
    ]);
    const events = await queryAsSuperuser<{ type: string }>(
      `select type from erp.outbox where tenant_id = $1 and type in ('erp.payment.recorded', 'erp.invoice.paid') order by type`,
      [tenantId],
    );
    expect(events.map((event) => event.type).sort()).toEqual([
      'erp.invoice.paid',
      'erp.payment.recorded',
      'erp.payment.recorded',
    ]);
    const health = await ledgerHealth(erp, tenantId);
    expect(health.ok).toBe(true);
    expect(health.totals).toEqual([{ currency: 'USD', debit: '200.00', credit: '200.00', balance: '0.00' }]);
  });

  it('refuses overpaying, drafts, other currencies, bad amounts and locked dates, writing nothing', async () => {
    const tenantId = randomUUID();
    const invoice = await postedInvoice(erp, tenantId, '100.00');
    const draft = await succeed(erp, { tenantId }, CREATE, {
      customerId: await knownCustomer(tenantId),
      lines: [{ description: 'x', quantity: '1', unitPrice: '5' }],
    });
    await setLockDate(erp, tenantId, '2026-01-15');
    const before = await invoicingCounts(tenantId);
    const cases: Array<[Record<string, unknown>, Array<[string, string[]]>]> = [
      [{ amount: '100.01' }, [['PAYMENT_EXCEEDS_RESIDUAL', ['input', 'amount']]]],
      [{ invoiceId: draft.id }, [['INVOICE_NOT_POSTED', ['input', 'invoiceId']]]],
      [{ currency: 'EUR' }, [['CURRENCY_MISMATCH', ['input', 'currency']]]],
      [{ currency: 'XYZ' }, [['CURRENCY_INVALID', ['input', 'currency']]]],
      [{ amount: '0' }, [['AMOUNT_NOT_POSITIVE', ['input', 'amount']]]],
      [{ amount: '-5' }, [['AMOUNT_NOT_POSITIVE', ['input', 'amount']]]],
      [{ amount: '1.005' }, [['AMOUNT_TOO_PRECISE', ['input', 'amount']]]],
      [{ amount: 'ten' }, [['AMOUNT_INVALID', ['input', 'amount']]]],
      [{ date: '2026-13-01' }, [['DATE_INVALID', ['input', 'date']]]],
      [{ date: '2026-01-09' }, [['DATE_BEFORE_INVOICE', ['input', 'date']]]],
      [{ date: '2026-01-12' }, [['PERIOD_LOCKED', ['input', 'date']]]],
      [{ reference: 'r'.repeat(201) }, [['REFERENCE_TOO_LONG', ['input', 'reference']]]],
    ];
    for (const [input, expected] of cases) {
      const payload = await mutate(erp, { tenantId }, PAY, {
        invoiceId: invoice.id,
        amount: '10.00',
        date: '2026-02-01',
        ...input,
      });
      expect([payload.invoice, payload.payment]).toEqual([null, null]);
      expect(codes(payload)).toEqual(expected);
    }
    expect(await invoicingCounts(tenantId)).toEqual(before);
    expect(
      errorCodes(await call(erp, { tenantId }, PAY, { input: { invoiceId: randomUUID(), amount: '1' } })),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        await call(erp, { tenantId: randomUUID() }, PAY, { input: { invoiceId: invoice.id, amount: '1' } }),
      ),
    ).toEqual(['NOT_FOUND']);
    const writer = { tenantId, permissions: [READ, WRITE] };
    expect(
      errorCodes(await call(erp, writer, PAY, { input: { invoiceId: invoice.id, amount: '1' } })),
    ).toEqual(['FORBIDDEN']);
    expect(await invoicingCounts(tenantId)).toEqual(before);
  });

  it('lets exactly 3 of 10 concurrent payments of 30 through on an invoice of 100', async () => {
    const tenantId = randomUUID();
    const invoice = await postedInvoice(erp, tenantId, '100.00');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        mutate(erp, { tenantId }, PAY, { invoiceId: invoice.id, amount: '30.00' }),
      ),
    );
    const succeeded = results.filter((result) => result.payment !== null);
    const refused = results.filter((result) => result.payment === null);
    expect(succeeded).toHaveLength(3);
    expect(refused.map((result) => result.userErrors[0].code)).toEqual(
      Array(7).fill('PAYMENT_EXCEEDS_RESIDUAL'),
    );
    const [stored] = await queryAsSuperuser<{ status: string; paid: string; residual: string; sum: string }>(
      `select status, amount_paid as paid, (total - amount_paid - amount_credited)::text as residual,
         (select sum(amount) from erp.payments p where p.invoice_id = i.id)::text as sum
       from erp.invoices i where id = $1`,
      [invoice.id],
    );
    expect(stored).toEqual({ status: 'PARTIALLY_PAID', paid: '90.00', residual: '10.00', sum: '90.00' });
    expect(
      await countRows(`select 1 from erp.journal_entries where tenant_id = $1 and source_type = 'PAYMENT'`, [
        tenantId,
      ]),
    ).toBe(3);
    expect((await ledgerHealth(erp, tenantId)).ok).toBe(true);
  });
});

describe('createCreditNote', () => {
  it('credits part of the residual in proportion to the taxes, then the rest, which marks the invoice PAID', async () => {
    const tenantId = randomUUID();
    const { createTaxRate } = await import('./invoicing-fixtures');
    const vat = await createTaxRate(erp, tenantId, '20');
    const invoice = await postedInvoice(erp, tenantId, '100.00', {
      lines: [{ description: 'Work', quantity: '1', unitPrice: '100.00', taxRateId: vat }],
    });
    expect(invoice.total.amount).toBe('120.00');
    await succeed(erp, { tenantId }, PAY, { invoiceId: invoice.id, amount: '60.00', date: '2026-01-11' });
    const partial = await mutate(erp, { tenantId }, CREDIT, {
      invoiceId: invoice.id,
      amount: '30.00',
      reason: ' Damaged goods ',
      date: '2026-01-12',
    });
    expect(partial.creditNote).toMatchObject({
      number: 'CN-000001',
      amount: { amount: '30.00' },
      taxAmount: { amount: '5.00' },
    });
    expect(partial.invoice).toMatchObject({
      status: 'PARTIALLY_PAID',
      amountCredited: { amount: '30.00' },
      residual: { amount: '30.00' },
    });
    const before = await invoicingCounts(tenantId);
    const tooMuch = await mutate(erp, { tenantId }, CREDIT, {
      invoiceId: invoice.id,
      amount: '30.01',
      reason: 'x',
    });
    expect(codes(tooMuch)).toEqual([['CREDIT_EXCEEDS_RESIDUAL', ['input', 'amount']]]);
    const noReason = await mutate(erp, { tenantId }, CREDIT, {
      invoiceId: invoice.id,
      amount: '1',
      reason: '  ',
    });
    expect(codes(noReason)).toEqual([['REASON_REQUIRED', ['input', 'reason']]]);
    expect(await invoicingCounts(tenantId)).toEqual(before);

    const rest = await succeed(erp, { tenantId }, CREDIT, {
      invoiceId: invoice.id,
      amount: '30.00',
      reason: 'Goodwill',
    });
    expect(rest).toMatchObject({
      status: 'PAID',
      residual: { amount: '0.00' },
      amountCredited: { amount: '60.00' },
    });
    expect(rest.creditNotes.map((note) => [note.number, note.amount.amount, note.taxAmount.amount])).toEqual([
      ['CN-000001', '30.00', '5.00'],
      ['CN-000002', '30.00', '5.00'],
    ]);
    const entryLines = await queryAsSuperuser<{ code: string; debit: string; credit: string }>(
      `select a.code, sum(l.debit)::text as debit, sum(l.credit)::text as credit
       from erp.credit_notes c join erp.journal_lines l on l.entry_id = c.journal_entry_id
       join erp.accounts a on a.id = l.account_id where c.tenant_id = $1 group by a.code order by a.code`,
      [tenantId],
    );
    expect(entryLines).toEqual([
      { code: '1100', debit: '0.00', credit: '60.00' },
      { code: '2200', debit: '10.00', credit: '0.00' },
      { code: '4000', debit: '50.00', credit: '0.00' },
    ]);
    const draft = await succeed(erp, { tenantId }, CREATE, {
      customerId: await knownCustomer(tenantId),
      lines: [{ description: 'x', quantity: '1', unitPrice: '5' }],
    });
    expect(
      codes(await mutate(erp, { tenantId }, CREDIT, { invoiceId: draft.id, amount: '1', reason: 'x' })),
    ).toEqual([['INVOICE_NOT_POSTED', ['input', 'invoiceId']]]);
    const health = await ledgerHealth(erp, tenantId);
    expect(health.ok).toBe(true);
    expect(health.totals.map((total) => total.balance)).toEqual(['0.00']);
  });
});
