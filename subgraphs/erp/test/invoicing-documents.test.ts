import { randomUUID } from 'node:crypto';
import { errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import { READ, startErp, WRITE } from './invoice-fixtures';
import {
  call,
  CREATE,
  createTaxRate,
  invoicingCounts,
  knownCustomer,
  mutate,
  POST,
  setLockDate,
  succeed,
  UPDATE,
} from './invoicing-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startErp();
});
afterAll(async () => {
  await erp.stop();
});

const work = (unitPrice: string, extra: Record<string, unknown> = {}) => ({
  description: 'Work',
  quantity: '1',
  unitPrice,
  ...extra,
});

describe('invoice lines with taxes, payment terms and due dates', () => {
  it('applies exclusive and inclusive rates per line and books the posted invoice in the ledger', async () => {
    const tenantId = randomUUID();
    const customerId = await knownCustomer(tenantId);
    const vat20 = await createTaxRate(erp, tenantId, '20');
    const vat19 = await createTaxRate(erp, tenantId, '19', true);
    const invoice = await succeed(erp, { tenantId }, CREATE, {
      customerId,
      invoiceDate: '2026-01-31',
      paymentTerms: 'NET_30',
      post: true,
      lines: [
        { description: 'Hours', quantity: '2', unitPrice: '50.00', taxRateId: vat20 },
        { description: 'Licence', quantity: '1', unitPrice: '119.00', taxRateId: vat19 },
        { description: 'Stamp', quantity: '1', unitPrice: '0.10' },
      ],
    });
    expect(invoice).toMatchObject({
      status: 'POSTED',
      invoiceDate: '2026-01-31',
      paymentTerms: 'NET_30',
      paymentTermDays: 30,
      dueDate: '2026-03-02',
      subtotal: { amount: '200.10', currency: 'USD' },
      taxTotal: { amount: '39.00' },
      total: { amount: '239.10' },
      amountPaid: { amount: '0.00' },
      residual: { amount: '239.10' },
    });
    expect(
      invoice.lines.map((line) => [line.amount.amount, line.net.amount, line.tax.amount, line.gross.amount]),
    ).toEqual([
      ['100.00', '100.00', '20.00', '120.00'],
      ['119.00', '100.00', '19.00', '119.00'],
      ['0.10', '0.10', '0.00', '0.10'],
    ]);
    expect(invoice.lines.map((line) => line.taxRate)).toEqual([
      { id: vat20, rate: '20', inclusive: false },
      { id: vat19, rate: '19', inclusive: true },
      null,
    ]);
    const entry = invoice.journalEntry!;
    expect(entry).toMatchObject({
      journal: { code: 'SALES' },
      date: '2026-01-31',
      reference: invoice.number,
      status: 'POSTED',
    });
    expect(invoice.journalEntryId).toBe(entry.id);
    expect(
      entry.lines.map((line) => [
        line.account.code,
        line.debit?.amount ?? null,
        line.credit?.amount ?? null,
        line.company?.id ?? null,
      ]),
    ).toEqual([
      ['1100', '239.10', null, customerId],
      ['4000', null, '100.00', null],
      ['4000', null, '100.00', null],
      ['4000', null, '0.10', null],
      ['2200', null, '19.00', null],
      ['2200', null, '20.00', null],
    ]);
  });

  it('gives due dates from presets or a day count, and refuses bad terms, dates and tax rates, writing nothing', async () => {
    const tenantId = randomUUID();
    const customerId = await knownCustomer(tenantId);
    const custom = await succeed(erp, { tenantId }, CREATE, {
      customerId,
      invoiceDate: '2026-12-20',
      paymentTermDays: 45,
      lines: [work('10.00')],
    });
    expect([custom.paymentTerms, custom.paymentTermDays, custom.dueDate]).toEqual([
      'CUSTOM',
      45,
      '2027-02-03',
    ]);
    const preset = await succeed(erp, { tenantId }, CREATE, {
      customerId,
      paymentTermDays: 15,
      lines: [work('1')],
    });
    expect(preset.paymentTerms).toBe('NET_15');
    const immediate = await succeed(erp, { tenantId }, CREATE, {
      customerId,
      invoiceDate: '2026-02-28',
      lines: [work('1')],
    });
    expect([immediate.paymentTerms, immediate.dueDate]).toEqual(['IMMEDIATE', '2026-02-28']);

    const inactive = await createTaxRate(erp, tenantId, '7');
    await call(
      erp,
      { tenantId },
      `mutation ($input: UpdateTaxRateInput!) { updateTaxRate(input: $input) { userErrors { code } } }`,
      {
        input: { id: inactive, active: false },
      },
    );
    const foreignRate = await createTaxRate(erp, randomUUID(), '5');
    const before = await invoicingCounts(tenantId);
    const cases: Array<[Record<string, unknown>, Array<[string, string[]]>]> = [
      [
        { paymentTerms: 'NET_30', paymentTermDays: 30 },
        [['PAYMENT_TERMS_CONFLICT', ['input', 'paymentTermDays']]],
      ],
      [{ paymentTerms: 'CUSTOM' }, [['PAYMENT_TERM_DAYS_REQUIRED', ['input', 'paymentTerms']]]],
      [{ paymentTermDays: 366 }, [['PAYMENT_TERM_DAYS_INVALID', ['input', 'paymentTermDays']]]],
      [{ invoiceDate: '2026-02-30' }, [['DATE_INVALID', ['input', 'invoiceDate']]]],
      [
        { lines: [work('1', { taxRateId: inactive })] },
        [['TAX_RATE_INACTIVE', ['input', 'lines', '0', 'taxRateId']]],
      ],
      [
        { lines: [work('1', { taxRateId: foreignRate })] },
        [['TAX_RATE_UNKNOWN', ['input', 'lines', '0', 'taxRateId']]],
      ],
      [
        { lines: [work('1', { taxRateId: 'vat' })] },
        [['TAX_RATE_UNKNOWN', ['input', 'lines', '0', 'taxRateId']]],
      ],
    ];
    for (const [input, expected] of cases) {
      const payload = await mutate(erp, { tenantId }, CREATE, { customerId, lines: [work('1')], ...input });
      expect(payload.invoice).toBeNull();
      expect(payload.userErrors.map((error) => [error.code, error.field])).toEqual(expected);
    }
    expect(await invoicingCounts(tenantId)).toEqual(before);
  });
});

describe('updateInvoice', () => {
  it('changes a draft (lines replaced, terms and date recomputed) and keeps its number', async () => {
    const tenantId = randomUUID();
    const customerId = await knownCustomer(tenantId);
    const other = await knownCustomer(tenantId);
    const vat = await createTaxRate(erp, tenantId, '10');
    const draft = await succeed(erp, { tenantId }, CREATE, {
      customerId,
      invoiceDate: '2026-03-01',
      lines: [work('5.00'), work('6.00')],
    });
    const updated = await succeed(erp, { tenantId }, UPDATE, {
      id: draft.id,
      customerId: other,
      paymentTerms: 'NET_60',
      lines: [work('100.00', { taxRateId: vat })],
    });
    expect(updated).toMatchObject({
      id: draft.id,
      number: draft.number,
      status: 'DRAFT',
      customer: { id: other },
      invoiceDate: '2026-03-01',
      dueDate: '2026-04-30',
      total: { amount: '110.00' },
      taxTotal: { amount: '10.00' },
    });
    expect(updated.lines).toHaveLength(1);
    const dated = await succeed(erp, { tenantId }, UPDATE, { id: draft.id, invoiceDate: '2026-03-10' });
    expect([dated.dueDate, dated.total.amount, dated.lines.length]).toEqual(['2026-05-09', '110.00', 1]);

    const refused = await mutate(erp, { tenantId }, UPDATE, { id: draft.id, customerId: randomUUID() });
    expect(refused.userErrors.map((error) => error.code)).toEqual(['CUSTOMER_UNKNOWN']);
    expect(errorCodes(await call(erp, { tenantId }, UPDATE, { input: { id: randomUUID() } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      errorCodes(await call(erp, { tenantId: randomUUID() }, UPDATE, { input: { id: draft.id } })),
    ).toEqual(['NOT_FOUND']);
  });

  it('refuses to edit a posted invoice with INVOICE_POSTED, and the database refuses too', async () => {
    const tenantId = randomUUID();
    const posted = await succeed(erp, { tenantId }, CREATE, {
      customerId: await knownCustomer(tenantId),
      lines: [work('10.00')],
      post: true,
    });
    const before = await invoicingCounts(tenantId);
    const payload = await mutate(erp, { tenantId }, UPDATE, { id: posted.id, lines: [work('1.00')] });
    expect(payload.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['INVOICE_POSTED', ['input', 'id']],
    ]);
    expect(await invoicingCounts(tenantId)).toEqual(before);
    await expect(
      queryAsSuperuser(
        `update erp.invoices set due_date = due_date + 1, payment_term_days = 1 where id = $1`,
        [posted.id],
      ),
    ).rejects.toThrow(/is posted and cannot be changed/);
    await expect(
      queryAsSuperuser(`update erp.invoices set status = 'DRAFT', issued_at = null where id = $1`, [
        posted.id,
      ]),
    ).rejects.toThrow(/is posted and cannot be changed/);
    await expect(
      queryAsSuperuser(`update erp.invoice_lines set tax = 1 where invoice_id = $1`, [posted.id]),
    ).rejects.toThrow(/posted invoice cannot be changed/);
    await expect(
      queryAsSuperuser(`update erp.invoices set amount_paid = total + 1, status = 'PAID' where id = $1`, [
        posted.id,
      ]),
    ).rejects.toThrow(/check constraint/);
  });
});

describe('posting', () => {
  it('refuses a date in a locked period with PERIOD_LOCKED, writing nothing, and posts once the date is moved', async () => {
    const tenantId = randomUUID();
    const customerId = await knownCustomer(tenantId);
    await setLockDate(erp, tenantId, '2026-01-31');
    const before = await invoicingCounts(tenantId);
    const created = await mutate(erp, { tenantId }, CREATE, {
      customerId,
      invoiceDate: '2026-01-15',
      lines: [work('10.00')],
      post: true,
    });
    expect(created.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['PERIOD_LOCKED', ['input', 'invoiceDate']],
    ]);
    expect(await invoicingCounts(tenantId)).toEqual(before);

    const draft = await succeed(erp, { tenantId }, CREATE, {
      customerId,
      invoiceDate: '2026-01-20',
      lines: [work('10.00')],
    });
    expect(draft.number).toBe('INV-000001');
    const afterDraft = await invoicingCounts(tenantId);
    const post = await mutate(erp, { tenantId }, POST, { id: draft.id });
    expect(post.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['PERIOD_LOCKED', ['input', 'id']],
    ]);
    expect(await invoicingCounts(tenantId)).toEqual(afterDraft);

    await succeed(erp, { tenantId }, UPDATE, { id: draft.id, invoiceDate: '2026-02-01' });
    const posted = await succeed(erp, { tenantId }, POST, { id: draft.id });
    expect([posted.status, posted.journalEntry?.date]).toEqual(['POSTED', '2026-02-01']);
    const again = await mutate(erp, { tenantId }, POST, { id: draft.id });
    expect(again.userErrors.map((error) => error.code)).toEqual(['ALREADY_POSTED']);
  });

  it('needs erp.invoice:post to post, at creation or later', async () => {
    const tenantId = randomUUID();
    const customerId = await knownCustomer(tenantId);
    const writer = { tenantId, permissions: [READ, WRITE] };
    const draft = await succeed(erp, writer, CREATE, { customerId, lines: [work('1')] });
    expect(errorCodes(await call(erp, writer, POST, { input: { id: draft.id } }))).toEqual(['FORBIDDEN']);
    const before = await invoicingCounts(tenantId);
    expect(
      errorCodes(await call(erp, writer, CREATE, { input: { customerId, lines: [work('1')], post: true } })),
    ).toEqual(['FORBIDDEN']);
    expect(await invoicingCounts(tenantId)).toEqual(before);
  });
});
