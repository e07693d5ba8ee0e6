import { randomUUID } from 'node:crypto';
import { errorCodes, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  countInvoices,
  CREATE_INVOICE,
  createInvoice,
  INVOICE_FIELDS,
  knownCustomer,
  ONE_LINE,
  startErp,
  type InvoiceView,
} from './invoice-fixtures';

const POST_INVOICE = /* GraphQL */ `
  mutation Post($input: PostInvoiceInput!) {
    postInvoice(input: $input) {
      invoice {
        id
        number
        status
        issuedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

const INVOICE = `query One($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`;

const LIST_INVOICES = /* GraphQL */ `
  query List($first: Int, $after: String, $status: InvoiceStatus) {
    invoices(first: $first, after: $after, status: $status) {
      totalCount
      edges {
        cursor
        node {
          id
          number
          status
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`;

interface CreatePayload {
  invoice: InvoiceView | null;
  userErrors: Array<{ field: string[] | null; message: string; code: string }>;
}

let erp: RunningSubgraph;

beforeAll(async () => {
  erp = await startErp();
});

afterAll(async () => {
  await erp.stop();
});

async function tryCreate(tenantId: string, input: Record<string, unknown>): Promise<CreatePayload> {
  const result = await call(erp, { tenantId }, CREATE_INVOICE, {
    input: { customerId: await knownCustomer(tenantId), lines: ONE_LINE, ...input },
  });
  expect(result.body.errors).toBeUndefined();
  return (result.body.data as { createInvoice: CreatePayload }).createInvoice;
}

describe('erp invoices', () => {
  it('creates a numbered draft with exact line amounts and total, and reads it back', async () => {
    const tenantId = randomUUID();
    const customerId = randomUUID();
    const invoice = await createInvoice(
      erp,
      { tenantId },
      {
        customerId,
        lines: [
          { description: ' Hours ', quantity: '1.5', unitPrice: '19.99' },
          { description: 'Licences', quantity: '3', unitPrice: '0.1' },
          { description: 'Setup', quantity: '1.000', unitPrice: '0.20' },
        ],
      },
    );
    expect(invoice).toMatchObject({
      number: 'INV-000001',
      status: 'DRAFT',
      currency: 'USD',
      issuedAt: null,
      customer: { id: customerId },
      // 29.985 rounds half-up to 29.99; 3 × 0.10 is exactly 0.30 (a float would say 0.30000000000000004).
      total: { amount: '30.49', currency: 'USD' },
      lines: [
        {
          description: 'Hours',
          quantity: '1.5',
          unitPrice: { amount: '19.99', currency: 'USD' },
          amount: { amount: '29.99', currency: 'USD' },
        },
        {
          description: 'Licences',
          quantity: '3',
          unitPrice: { amount: '0.10', currency: 'USD' },
          amount: { amount: '0.30', currency: 'USD' },
        },
        {
          description: 'Setup',
          quantity: '1',
          unitPrice: { amount: '0.20', currency: 'USD' },
          amount: { amount: '0.20', currency: 'USD' },
        },
      ],
    });
    const read = await call(erp, { tenantId }, INVOICE, { id: invoice.id });
    expect((read.body.data as { invoice: InvoiceView }).invoice).toEqual(invoice);
  });

  it('normalizes the currency and uses its own fraction digits', async () => {
    const tenantId = randomUUID();
    const euro = await createInvoice(erp, { tenantId }, { customerId: randomUUID(), currency: ' eur ' });
    expect(euro.total).toEqual({ amount: '100.00', currency: 'EUR' });
    const yen = await createInvoice(
      erp,
      { tenantId },
      {
        customerId: randomUUID(),
        currency: 'JPY',
        lines: [{ description: 'Widget', quantity: '1.5', unitPrice: '1001' }],
      },
    );
    expect(yen.total).toEqual({ amount: '1502', currency: 'JPY' });
    const fractionalYen = await tryCreate(tenantId, {
      currency: 'JPY',
      lines: [{ description: 'x', quantity: '1', unitPrice: '10.5' }],
    });
    expect(fractionalYen.userErrors.map((error) => error.code)).toEqual(['UNIT_PRICE_INVALID']);
  });

  it('posts at creation when asked', async () => {
    const invoice = await createInvoice(
      erp,
      { tenantId: randomUUID() },
      { customerId: randomUUID(), post: true },
    );
    expect(invoice.status).toBe('POSTED');
    expect(Date.parse(invoice.issuedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('posts a draft once; posting again is a userError; unknown ids are NOT_FOUND', async () => {
    const tenantId = randomUUID();
    const draft = await createInvoice(erp, { tenantId }, { customerId: randomUUID() });
    const posted = await call(erp, { tenantId }, POST_INVOICE, { input: { id: draft.id } });
    expect((posted.body.data as { postInvoice: unknown }).postInvoice).toEqual({
      invoice: { id: draft.id, number: draft.number, status: 'POSTED', issuedAt: expect.any(String) },
      userErrors: [],
    });
    const again = await call(erp, { tenantId }, POST_INVOICE, { input: { id: draft.id } });
    expect((again.body.data as { postInvoice: unknown }).postInvoice).toEqual({
      invoice: null,
      userErrors: [{ code: 'ALREADY_POSTED', field: ['input', 'id'], message: expect.any(String) }],
    });
    expect(errorCodes(await call(erp, { tenantId }, POST_INVOICE, { input: { id: randomUUID() } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await call(erp, { tenantId }, POST_INVOICE, { input: { id: 'INV-1' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    // Another tenant's invoice is as unknown as a random id.
    expect(
      errorCodes(await call(erp, { tenantId: randomUUID() }, POST_INVOICE, { input: { id: draft.id } })),
    ).toEqual(['NOT_FOUND']);
  });

  it('lets the database itself refuse changes to a posted invoice and its lines', async () => {
    const tenantId = randomUUID();
    const posted = await createInvoice(erp, { tenantId }, { customerId: randomUUID(), post: true });
    const attempts = [
      `update erp.invoices set total = 0 where id = $1`,
      `update erp.invoices set status = 'DRAFT', issued_at = null where id = $1`,
      `delete from erp.invoices where id = $1`,
      `update erp.invoice_lines set amount = 0 where invoice_id = $1`,
      `delete from erp.invoice_lines where invoice_id = $1`,
      `insert into erp.invoice_lines (tenant_id, invoice_id, position, description, quantity, unit_price, amount)
       values ('${tenantId}', $1, 9, 'extra', 1, 1, 1)`,
    ];
    for (const sql of attempts) {
      const ctx = erp.runtime.systemContext(tenantId);
      await expect(ctx.db.run((manager) => manager.query(sql, [posted.id]))).rejects.toThrow(/posted/);
      await ctx.db.finish('rollback');
    }
    const read = await call(erp, { tenantId }, INVOICE, { id: posted.id });
    expect((read.body.data as { invoice: InvoiceView }).invoice).toEqual(posted);
  });

  it('numbers 20 concurrent invoices of a tenant uniquely and without gaps', async () => {
    const tenantId = randomUUID();
    const invoices = await Promise.all(
      Array.from({ length: 20 }, () => createInvoice(erp, { tenantId }, { customerId: randomUUID() })),
    );
    const numbers = invoices.map((invoice) => invoice.number).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `INV-${String(i + 1).padStart(6, '0')}`));
    // Numbering is per tenant.
    expect((await createInvoice(erp, { tenantId: randomUUID() }, { customerId: randomUUID() })).number).toBe(
      'INV-000001',
    );
  });

  it('reports invalid invoices as userErrors, writing nothing and consuming no number', async () => {
    const tenantId = randomUUID();
    const line = (overrides: Record<string, string>) => ({ ...ONE_LINE[0], ...overrides });
    const cases: Array<[Record<string, unknown>, Array<[string, string[]]>]> = [
      [{ lines: [] }, [['LINES_REQUIRED', ['input', 'lines']]]],
      [{ lines: Array.from({ length: 101 }, () => ONE_LINE[0]) }, [['TOO_MANY_LINES', ['input', 'lines']]]],
      [
        { lines: [ONE_LINE[0], line({ quantity: '0' })] },
        [['QUANTITY_INVALID', ['input', 'lines', '1', 'quantity']]],
      ],
      [{ lines: [line({ quantity: '-2' })] }, [['QUANTITY_INVALID', ['input', 'lines', '0', 'quantity']]]],
      [
        { lines: [line({ quantity: '1.2345' })] },
        [['QUANTITY_INVALID', ['input', 'lines', '0', 'quantity']]],
      ],
      [{ lines: [line({ quantity: 'two' })] }, [['QUANTITY_INVALID', ['input', 'lines', '0', 'quantity']]]],
      [
        { lines: [line({ unitPrice: '-0.01' })] },
        [['UNIT_PRICE_INVALID', ['input', 'lines', '0', 'unitPrice']]],
      ],
      [
        { lines: [line({ unitPrice: '1.001' })] },
        [['UNIT_PRICE_INVALID', ['input', 'lines', '0', 'unitPrice']]],
      ],
      [
        { lines: [line({ unitPrice: '1e3' })] },
        [['UNIT_PRICE_INVALID', ['input', 'lines', '0', 'unitPrice']]],
      ],
      [
        { lines: [line({ description: '   ' })] },
        [['DESCRIPTION_REQUIRED', ['input', 'lines', '0', 'description']]],
      ],
      [
        { lines: [line({ description: 'x'.repeat(501) })] },
        [['DESCRIPTION_TOO_LONG', ['input', 'lines', '0', 'description']]],
      ],
      [{ currency: 'XYZ' }, [['CURRENCY_INVALID', ['input', 'currency']]]],
      [{ currency: 'dollars' }, [['CURRENCY_INVALID', ['input', 'currency']]]],
      [
        { lines: [line({ quantity: '999999999', unitPrice: '999999999999.99' })] },
        [['AMOUNT_TOO_LARGE', ['input', 'lines', '0', 'quantity']]],
      ],
      [
        { currency: 'ABC', lines: [line({ quantity: '0', unitPrice: '-1' })] },
        [
          ['CURRENCY_INVALID', ['input', 'currency']],
          ['QUANTITY_INVALID', ['input', 'lines', '0', 'quantity']],
          ['UNIT_PRICE_INVALID', ['input', 'lines', '0', 'unitPrice']],
        ],
      ],
    ];
    for (const [input, expected] of cases) {
      const payload = await tryCreate(tenantId, input);
      expect(payload.invoice).toBeNull();
      expect(payload.userErrors.map((error) => [error.code, error.field])).toEqual(expected);
    }
    expect(await countInvoices(erp, tenantId)).toBe(0);
    expect((await createInvoice(erp, { tenantId }, { customerId: randomUUID() })).number).toBe('INV-000001');
  });

  it('answers BAD_USER_INPUT for a malformed customer id, writing nothing', async () => {
    const tenantId = randomUUID();
    const result = await call(erp, { tenantId }, CREATE_INVOICE, {
      input: { customerId: 'acme', lines: ONE_LINE },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(await countInvoices(erp, tenantId)).toBe(0);
  });

  it('lists newest first with a status filter, cursors that round-trip and matching totalCount', async () => {
    const tenantId = randomUUID();
    for (let i = 0; i < 5; i += 1)
      await createInvoice(erp, { tenantId }, { customerId: randomUUID(), post: i % 2 === 0 });
    type Page = {
      totalCount: number;
      edges: Array<{ node: { number: string; status: string } }>;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    };
    const list = async (variables: Record<string, unknown>): Promise<Page> => {
      const result = await call(erp, { tenantId }, LIST_INVOICES, variables);
      expect(result.body.errors).toBeUndefined();
      return (result.body.data as { invoices: Page }).invoices;
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await list({ first: 2, after });
      expect(page.totalCount).toBe(5);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge) => edge.node.number));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['INV-000005', 'INV-000004', 'INV-000003', 'INV-000002', 'INV-000001']);

    const posted = await list({ status: 'POSTED', first: 2 });
    expect(posted.totalCount).toBe(3);
    expect(posted.edges.map((edge) => edge.node.number)).toEqual(['INV-000005', 'INV-000003']);
    const rest = await list({ status: 'POSTED', after: posted.pageInfo.endCursor });
    expect(rest.edges.map((edge) => edge.node.number)).toEqual(['INV-000001']);
    expect((await list({ status: 'DRAFT' })).totalCount).toBe(2);
  });

  it('rejects a bad `first` or `after` and a malformed id with BAD_USER_INPUT', async () => {
    const tenantId = randomUUID();
    const cursor = (key: string, id: string) => Buffer.from(JSON.stringify([key, id])).toString('base64url');
    for (const variables of [
      { first: 0 },
      { first: 101 },
      { after: 'nope' },
      { after: cursor('abc', randomUUID()) },
      { after: cursor('5', 'x') },
    ]) {
      expect(errorCodes(await call(erp, { tenantId }, LIST_INVOICES, variables))).toEqual(['BAD_USER_INPUT']);
    }
    expect(errorCodes(await call(erp, { tenantId }, INVOICE, { id: 'INV-000001' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await call(erp, { tenantId }, INVOICE, { id: randomUUID() })).body).toEqual({
      data: { invoice: null },
    });
  });
});
