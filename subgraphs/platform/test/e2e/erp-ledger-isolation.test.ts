import {
  createCompany,
  createInvoice,
  startE2EPlatform,
  uniqueName,
  waitUntilBillable,
  type CreatedInvoice,
  type E2EPlatform,
  type SignedUpTenant,
} from './e2e-client';
import {
  created,
  erpTablesHolding,
  expectForeignCursorHarmless,
  ids,
  read,
  tryMutation,
  type Page,
} from './erp-isolation-helpers';

/**
 * The ledger and invoicing side of erp through the real gateway, with two real tenants: A books one
 * of everything (an account, entries draft / posted / reversed, a lock date, a tax rate, a taxed
 * invoice with a payment and a credit note, a draft invoice); B, an owner holding every permission,
 * can see none of it, use none of it, change none of it. The inventory and HR side is in
 * erp-operations-isolation.test.ts.
 */

let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;

interface LedgerOfA {
  company: string;
  account: string;
  taxRate: string;
  posted: string;
  reversed: string;
  reversal: string;
  draft: string;
  invoice: CreatedInvoice;
  draftInvoice: string;
  payment: string;
  creditNote: string;
}
let ofA: LedgerOfA;
let companyB: string;
let invoiceB: CreatedInvoice;
let entryB: string;

const TODAY = new Date().toISOString().slice(0, 10);
const LOCK_DATE_A = '2026-06-30';
const ENTRY_FIELDS = 'id status';
const ACCOUNT_NAME_A = uniqueName('Petty cash');

function entry(
  token: string,
  lines: Array<Record<string, unknown>>,
  post: boolean,
): Promise<{ id: string; status: string }> {
  return created(e2e, token, 'createJournalEntry', 'CreateJournalEntryInput', 'entry', ENTRY_FIELDS, {
    journal: 'GENERAL',
    date: TODAY,
    post,
    lines,
  });
}

async function ledgerOfA(): Promise<LedgerOfA> {
  const company = await createCompany(e2e, a.token, uniqueName('Initech'));
  const account = await created<{ id: string }>(
    e2e,
    a.token,
    'createAccount',
    'CreateAccountInput',
    'account',
    'id',
    { code: '1777', name: ACCOUNT_NAME_A, type: 'ASSET' },
  );
  const taxRate = await created<{ id: string }>(
    e2e,
    a.token,
    'createTaxRate',
    'CreateTaxRateInput',
    'taxRate',
    'id',
    { name: uniqueName('VAT'), rate: '20' },
  );
  const lines = (amount: string) => [
    { accountId: account.id, debit: amount },
    { accountRole: 'BANK', credit: amount },
  ];
  const posted = await entry(a.token, lines('100.00'), true);
  const reversed = await entry(a.token, lines('11.00'), true);
  const reversal = await created<{ id: string }>(
    e2e,
    a.token,
    'reverseJournalEntry',
    'ReverseJournalEntryInput',
    'entry',
    'id',
    { id: reversed.id },
  );
  const draft = await entry(a.token, lines('5.00'), false);
  await created(e2e, a.token, 'setLockDate', 'SetLockDateInput', 'ledgerLock', 'lockDate', {
    lockDate: LOCK_DATE_A,
    reason: 'Half-year closed',
  });

  await waitUntilBillable(e2e, a.token, company);
  // 2 × 50.00 + 20 % tax = 120.00; then 40.00 paid and 20.00 credited: 60.00 left.
  const invoice = await created<CreatedInvoice>(
    e2e,
    a.token,
    'createInvoice',
    'CreateInvoiceInput',
    'invoice',
    'id number status total { amount currency }',
    {
      customerId: company,
      post: true,
      lines: [{ description: 'Consulting', quantity: '2', unitPrice: '50.00', taxRateId: taxRate.id }],
    },
  );
  const payment = await created<{ id: string }>(
    e2e,
    a.token,
    'recordPayment',
    'RecordPaymentInput',
    'payment',
    'id',
    { invoiceId: invoice.id, amount: '40.00' },
  );
  const creditNote = await created<{ id: string }>(
    e2e,
    a.token,
    'createCreditNote',
    'CreateCreditNoteInput',
    'creditNote',
    'id',
    { invoiceId: invoice.id, amount: '20.00', reason: 'Goodwill' },
  );
  const draftInvoice = await created<{ id: string }>(
    e2e,
    a.token,
    'createInvoice',
    'CreateInvoiceInput',
    'invoice',
    'id',
    { customerId: company, lines: [{ description: 'Later', quantity: '1', unitPrice: '9.00' }] },
  );
  return {
    company,
    account: account.id,
    taxRate: taxRate.id,
    posted: posted.id,
    reversed: reversed.id,
    reversal: reversal.id,
    draft: draft.id,
    invoice,
    draftInvoice: draftInvoice.id,
    payment: payment.id,
    creditNote: creditNote.id,
  };
}

/** Everything of A's ledger a mutation by B could have changed, read as A. */
const SNAPSHOT = `query Snapshot($account: ID!, $tax: ID!, $posted: ID!, $draft: ID!, $invoice: ID!, $draftInvoice: ID!) {
  account(id: $account) { code name active parent { id } }
  taxRate(id: $tax) { name rate active inclusive }
  posted: journalEntry(id: $posted) { status sequence hash reversedBy { id } }
  draft: journalEntry(id: $draft) { status lines { debit { amount } credit { amount } } }
  journalEntries(first: 100) { totalCount edges { node { id status } } }
  accounts(first: 100) { totalCount }
  taxRates { totalCount }
  ledgerLock { lockDate changes { totalCount } }
  trialBalance { totals { currency debit { amount } credit { amount } } }
  verifyLedger { ok lastSequence lastHash }
  invoice(id: $invoice) {
    status residual { amount } amountPaid { amount } amountCredited { amount }
    payments { id } creditNotes { id }
  }
  draftInvoice: invoice(id: $draftInvoice) { status customer { id } lines { quantity unitPrice { amount } } }
  invoices(first: 100) { totalCount }
  receivablesAgeing { totals { total { amount currency } } }
}`;

function snapshotOfA(): Promise<Record<string, unknown>> {
  return read(e2e, a.token, SNAPSHOT, {
    account: ofA.account,
    tax: ofA.taxRate,
    posted: ofA.posted,
    draft: ofA.draft,
    invoice: ofA.invoice.id,
    draftInvoice: ofA.draftInvoice,
  });
}

beforeAll(async () => {
  e2e = await startE2EPlatform();
  [a, b] = await Promise.all([e2e.signUpTenant('erp-ledger-a'), e2e.signUpTenant('erp-ledger-b')]);
  companyB = await createCompany(e2e, b.token, uniqueName('Umbrella'));
  [ofA, invoiceB] = await Promise.all([
    ledgerOfA(),
    createInvoice(e2e, b.token, companyB, { quantity: '3', unitPrice: '10.00' }),
  ]);
  entryB = (
    await entry(
      b.token,
      [
        { accountRole: 'EXPENSE', debit: '7.00' },
        { accountRole: 'BANK', credit: '7.00' },
      ],
      true,
    )
  ).id;
});

afterAll(async () => {
  await e2e?.stop();
});

describe("tenant B cannot see tenant A's ledger or invoices", () => {
  it('lists, reports and totals as B hold B’s own rows only', async () => {
    const lists = `query Lists($search: String!) {
      accounts(first: 100) { totalCount edges { cursor node { id } } }
      searched: accounts(search: $search) { totalCount }
      journals { id }
      journalEntries(first: 100) { totalCount edges { cursor node { id } } }
      taxRates(first: 100) { totalCount edges { cursor node { id } } }
      invoices(first: 100) { totalCount edges { cursor node { id } } }
      ledgerLock { lockDate changes { totalCount } }
      trialBalance { rows { account { id } currency } totals { currency debit { amount } credit { amount } } }
      receivablesAgeing { customers { customer { id } total { amount } } totals { total { amount currency } } }
      verifyLedger { ok entriesChecked lastSequence }
    }`;
    interface Lists {
      accounts: Page;
      searched: { totalCount: number };
      journals: Array<{ id: string }>;
      journalEntries: Page;
      taxRates: Page;
      invoices: Page;
      ledgerLock: { lockDate: string | null; changes: { totalCount: number } };
      trialBalance: { rows: Array<{ account: { id: string } }>; totals: unknown[] };
      receivablesAgeing: { customers: Array<{ customer: { id: string } }>; totals: unknown[] };
      verifyLedger: unknown;
    }
    const [asB, asA] = await Promise.all([
      read<Lists>(e2e, b.token, lists, { search: ACCOUNT_NAME_A }),
      read<Lists>(e2e, a.token, lists, { search: ACCOUNT_NAME_A }),
    ]);
    // Control: A's lists do hold what B must not see.
    expect(ids(asA.accounts)).toContain(ofA.account);
    expect(asA.searched.totalCount).toBe(1);
    expect(ids(asA.journalEntries)).toEqual(
      expect.arrayContaining([ofA.posted, ofA.reversed, ofA.reversal, ofA.draft]),
    );
    expect(ids(asA.taxRates)).toEqual([ofA.taxRate]);
    expect(ids(asA.invoices).sort()).toEqual([ofA.invoice.id, ofA.draftInvoice].sort());

    const accountsOfA = ids(asA.accounts);
    expect(ids(asB.accounts).filter((id) => accountsOfA.includes(id))).toEqual([]);
    // B has the default chart; A has it plus its own account.
    expect(asB.accounts.totalCount).toBe(asA.accounts.totalCount - 1);
    expect(asB.searched.totalCount).toBe(0);
    expect(asB.journals).toHaveLength(4);
    expect(asB.journals.filter((journal) => asA.journals.some((mine) => mine.id === journal.id))).toEqual([]);
    const entriesOfA = ids(asA.journalEntries);
    expect(asB.journalEntries.totalCount).toBe(2); // B's invoice and B's manual entry
    expect(ids(asB.journalEntries)).toContain(entryB);
    expect(ids(asB.journalEntries).filter((id) => entriesOfA.includes(id))).toEqual([]);
    expect(asB.taxRates).toEqual({ totalCount: 0, edges: [] });
    expect(ids(asB.invoices)).toEqual([invoiceB.id]);
    expect(asB.invoices.totalCount).toBe(1);
    expect(asB.ledgerLock).toEqual({ lockDate: null, changes: { totalCount: 0 } });
    expect(asA.ledgerLock).toEqual({ lockDate: LOCK_DATE_A, changes: { totalCount: 1 } });
    expect(asB.trialBalance.rows.filter((row) => accountsOfA.includes(row.account.id))).toEqual([]);
    // B's invoice of 30.00 and entry of 7.00, nothing of A's 100 + 11 + 11 + 120 + 40 + 20.
    expect(asB.trialBalance.totals).toEqual([
      { currency: 'USD', debit: { amount: '37.00' }, credit: { amount: '37.00' } },
    ]);
    expect(asB.receivablesAgeing.customers.map((row) => row.customer.id)).toEqual([companyB]);
    expect(asB.receivablesAgeing.totals).toEqual([{ total: { amount: '30.00', currency: 'USD' } }]);
    expect(asA.receivablesAgeing.totals).toEqual([{ total: { amount: '60.00', currency: 'USD' } }]);
    expect(asB.verifyLedger).toEqual({ ok: true, entriesChecked: 2, lastSequence: 2 });
  });

  it("reads none of A's ids: null where the SDL says null, NOT_FOUND where it says NOT_FOUND", async () => {
    // account, journalEntry, taxRate, invoice: "null when there is none" (SDL).
    const byId = await e2e.gql(
      `query ($account: ID!, $posted: ID!, $draft: ID!, $reversal: ID!, $tax: ID!, $invoice: ID!, $draftInvoice: ID!, $company: ID!) {
        account(id: $account) { id }
        posted: journalEntry(id: $posted) { id }
        draft: journalEntry(id: $draft) { id }
        reversal: journalEntry(id: $reversal) { id }
        taxRate(id: $tax) { id }
        invoice(id: $invoice) { id }
        draftInvoice: invoice(id: $draftInvoice) { id }
        company(id: $company) { id openBalance { amount } }
      }`,
      {
        account: ofA.account,
        posted: ofA.posted,
        draft: ofA.draft,
        reversal: ofA.reversal,
        tax: ofA.taxRate,
        invoice: ofA.invoice.id,
        draftInvoice: ofA.draftInvoice,
        company: ofA.company,
      },
      b.token,
    );
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual({
      data: {
        account: null,
        posted: null,
        draft: null,
        reversal: null,
        taxRate: null,
        invoice: null,
        draftInvoice: null,
        company: null,
      },
    });
    // generalLedger: "An account of no tenant of the caller is NOT_FOUND"; taxComputation: "an unknown
    // tax rate NOT_FOUND"; accountBalance says neither and answers NOT_FOUND too.
    for (const [name, query, variables] of [
      [
        'generalLedger',
        `query ($id: ID!) { generalLedger(accountId: $id) { totalCount } }`,
        { id: ofA.account },
      ],
      [
        'accountBalance',
        `query ($id: ID!) { accountBalance(accountId: $id) { amount } }`,
        { id: ofA.account },
      ],
      [
        'taxComputation',
        `query ($id: ID!) { taxComputation(taxRateId: $id, amount: "100") { tax { amount } } }`,
        { id: ofA.taxRate },
      ],
    ] as const) {
      const result = await e2e.gql(query, variables, b.token);
      expect({
        name,
        status: result.status,
        data: result.body.data ?? null,
        codes: result.body.errors?.map((e) => e.extensions?.code),
      }).toEqual({
        name,
        status: 404,
        data: null,
        codes: ['NOT_FOUND'],
      });
    }
  });
});

describe("tenant B cannot use or change A's ledger or invoices", () => {
  it('refuses every mutation naming an id of A’s, and A’s books are exactly as before', async () => {
    const before = await snapshotOfA();
    const attempts: Array<[string, string, Record<string, unknown>, string[]]> = [
      ['postJournalEntry', 'JournalEntryIdInput', { id: ofA.draft }, ['NOT_FOUND']],
      ['reverseJournalEntry', 'ReverseJournalEntryInput', { id: ofA.posted }, ['NOT_FOUND']],
      ['deleteJournalEntry', 'JournalEntryIdInput', { id: ofA.draft }, ['NOT_FOUND']],
      [
        'createJournalEntry',
        'CreateJournalEntryInput',
        {
          journal: 'GENERAL',
          date: TODAY,
          post: true,
          lines: [
            { accountId: ofA.account, debit: '1.00' },
            { accountRole: 'BANK', credit: '1.00' },
          ],
        },
        ['ACCOUNT_UNKNOWN'],
      ],
      [
        'updateAccount',
        'UpdateAccountInput',
        { id: ofA.account, name: 'Mine now', active: false },
        ['NOT_FOUND'],
      ],
      [
        'createAccount',
        'CreateAccountInput',
        { code: '1778', name: 'Under A', type: 'ASSET', parentId: ofA.account },
        ['PARENT_NOT_FOUND'],
      ],
      ['updateTaxRate', 'UpdateTaxRateInput', { id: ofA.taxRate, rate: '0', active: false }, ['NOT_FOUND']],
      ['deleteTaxRate', 'DeleteTaxRateInput', { id: ofA.taxRate }, ['NOT_FOUND']],
      [
        'createTaxRate',
        'CreateTaxRateInput',
        { name: 'Sneaky', rate: '1', accountId: ofA.account },
        ['ACCOUNT_UNKNOWN'],
      ],
      ['recordPayment', 'RecordPaymentInput', { invoiceId: ofA.invoice.id, amount: '60.00' }, ['NOT_FOUND']],
      [
        'createCreditNote',
        'CreateCreditNoteInput',
        { invoiceId: ofA.invoice.id, amount: '60.00', reason: 'Mine' },
        ['NOT_FOUND'],
      ],
      ['postInvoice', 'PostInvoiceInput', { id: ofA.draftInvoice }, ['NOT_FOUND']],
      ['updateInvoice', 'UpdateInvoiceInput', { id: ofA.draftInvoice, customerId: companyB }, ['NOT_FOUND']],
      [
        'createInvoice',
        'CreateInvoiceInput',
        {
          customerId: ofA.company,
          post: true,
          lines: [{ description: 'X', quantity: '1', unitPrice: '1.00' }],
        },
        ['CUSTOMER_UNKNOWN'],
      ],
      [
        'createInvoice',
        'CreateInvoiceInput',
        {
          customerId: companyB,
          post: true,
          lines: [{ description: 'X', quantity: '1', unitPrice: '1.00', taxRateId: ofA.taxRate }],
        },
        ['TAX_RATE_UNKNOWN'],
      ],
    ];
    for (const [field, inputType, input, expected] of attempts) {
      const selection = field.startsWith('delete') ? 'deletedId userErrors { code }' : 'userErrors { code }';
      const { codes, result } = await tryMutation(e2e, b.token, field, inputType, input, selection);
      // A thrown NOT_FOUND carries HTTP 404 (the kit's status per code); userErrors come with 200.
      const status = expected[0] === 'NOT_FOUND' ? 404 : 200;
      expect({ field, status: result.status, codes }).toEqual({ field, status, codes: expected });
    }

    expect(await snapshotOfA()).toEqual(before);
    // And B's own books hold none of it either: still its two entries and one invoice.
    const mine = await read<{ journalEntries: { totalCount: number }; invoices: { totalCount: number } }>(
      e2e,
      b.token,
      `{ journalEntries { totalCount } invoices { totalCount } taxRates { totalCount } }`,
    );
    expect(mine).toEqual({
      journalEntries: { totalCount: 2 },
      invoices: { totalCount: 1 },
      taxRates: { totalCount: 0 },
    });
  });
});

describe("A's ids reached as entities give B nothing of A's", () => {
  it('Company (erp fields) and Invoice by _entities, called on erp with B’s signed context', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Company { id billable invoices { totalCount edges { node { id } } } openBalance { amount currency } }
      ... on Invoice { id number }
    } }`;
    const r = [
      { __typename: 'Company', id: ofA.company },
      { __typename: 'Invoice', id: ofA.invoice.id },
    ];
    const asB = await e2e.subgraph('erp', query, { r }, e2e.signedFor('erp', b.tenantId, b.userId));
    expect(asB.status).toBe(200);
    expect(asB.body).toEqual({
      data: {
        _entities: [
          { id: ofA.company, billable: false, invoices: { totalCount: 0, edges: [] }, openBalance: [] },
          null,
        ],
      },
    });
    // Control: the same call as A.
    const asA = await e2e.subgraph('erp', query, { r }, e2e.signedFor('erp', a.tenantId, a.userId));
    expect(asA.body).toEqual({
      data: {
        _entities: [
          {
            id: ofA.company,
            billable: true,
            invoices: { totalCount: 2, edges: expect.arrayContaining([{ node: { id: ofA.invoice.id } }]) },
            openBalance: [{ amount: '60.00', currency: 'USD' }],
          },
          { id: ofA.invoice.id, number: ofA.invoice.number },
        ],
      },
    });
  });

  it("through the gateway's own entity path: B's journal line naming A's company id", async () => {
    // A line may name any company id (erp checks only that it is a UUID), so B can make the gateway
    // resolve A's company as an entity in B's context: erp's fields see B's books, crm's see nothing.
    const line = await created<{ id: string }>(
      e2e,
      b.token,
      'createJournalEntry',
      'CreateJournalEntryInput',
      'entry',
      'id',
      {
        journal: 'GENERAL',
        date: TODAY,
        lines: [
          { accountRole: 'RECEIVABLE', debit: '1.00', companyId: ofA.company },
          { accountRole: 'SALES', credit: '1.00' },
        ],
      },
    );
    const erpFields = await e2e.gql(
      `query ($id: ID!) { journalEntry(id: $id) { lines { company { id billable openBalance { amount } invoices { totalCount } } } } }`,
      { id: line.id },
      b.token,
    );
    expect(erpFields.body).toEqual({
      data: {
        journalEntry: {
          lines: [
            { company: { id: ofA.company, billable: false, openBalance: [], invoices: { totalCount: 0 } } },
            { company: null },
          ],
        },
      },
    });
    const crmFields = await e2e.gql<{ journalEntry: { lines: Array<{ company: unknown }> } }>(
      `query ($id: ID!) { journalEntry(id: $id) { lines { company { id name domain } } } }`,
      { id: line.id },
      b.token,
    );
    // crm's _entities answers null for A's company in B's context, so the non-null `name` nulls it.
    expect(crmFields.status).toBe(200);
    expect(crmFields.body.data).toEqual({ journalEntry: { lines: [{ company: null }, { company: null }] } });
    expect(JSON.stringify(crmFields.body)).not.toMatch(/Initech/);
    // The draft is B's own; delete it so B's books stay as the other tests expect.
    const deleted = await tryMutation(
      e2e,
      b.token,
      'deleteJournalEntry',
      'JournalEntryIdInput',
      { id: line.id },
      'deletedId userErrors { code }',
    );
    expect(deleted.codes).toEqual([]);
  });
});

describe("cursors from A's lists", () => {
  it('used in B’s lists give BAD_USER_INPUT or B’s own rows, never A’s', async () => {
    const lists = {
      accounts: `query ($after: String) { page: accounts(first: 100, after: $after) { totalCount edges { cursor node { id } } } }`,
      journalEntries: `query ($after: String) { page: journalEntries(first: 100, after: $after) { totalCount edges { cursor node { id } } } }`,
      taxRates: `query ($after: String) { page: taxRates(first: 100, after: $after) { totalCount edges { cursor node { id } } } }`,
      invoices: `query ($after: String) { page: invoices(first: 100, after: $after) { totalCount edges { cursor node { id } } } }`,
    };
    for (const [name, query] of Object.entries(lists)) {
      const [ofTenantA, ofTenantB] = await Promise.all([
        read<{ page: Page }>(e2e, a.token, query, { after: null }),
        read<{ page: Page }>(e2e, b.token, query, { after: null }),
      ]);
      expect({ name, rows: ofTenantA.page.edges.length > 0 }).toEqual({ name, rows: true });
      for (const edge of ofTenantA.page.edges) {
        await expectForeignCursorHarmless(
          e2e,
          b.token,
          { name, query },
          edge.cursor,
          ids(ofTenantA.page),
          ids(ofTenantB.page),
        );
      }
    }
  });
});

describe('Postgres holds A’s ledger behind forced row-level security', () => {
  it('every erp table A’s rows landed in has RLS enabled and forced', async () => {
    const tables = await erpTablesHolding(a.tenantId);
    expect(tables.map((table) => table.table)).toEqual(
      expect.arrayContaining([
        'accounts',
        'journal_entries',
        'journal_lines',
        'lock_date_changes',
        'tax_rates',
        'invoices',
        'payments',
        'credit_notes',
      ]),
    );
    expect(tables.filter((table) => !table.forced)).toEqual([]);
  });
});

// Purchasing (purchase orders, supplier bills) is being built in parallel: add its isolation cases
// here (lists, by id, confirm / receive / bill A's order, pay A's bill, _entities) once it lands.
