import { randomUUID } from 'node:crypto';
import { errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import {
  accountForRole,
  call,
  ledgerRowCounts,
  POST_ENTRY,
  postEntry,
  REVERSE_ENTRY,
  startErp,
  tryCreateEntry,
  verifyLedger,
} from './accounting-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startErp();
});
afterAll(async () => {
  await erp.stop();
});

const LEDGER_TABLES = [
  'accounts',
  'journal_entries',
  'journal_lines',
  'journals',
  'ledgers',
  'lock_date_changes',
  'tax_rates',
];

describe("a tenant's ledger is invisible and unusable to every other tenant", () => {
  it("hides and refuses another tenant's accounts, entries and tax rates everywhere", async () => {
    const owner = randomUUID();
    const intruder = randomUUID();
    const account = (
      await call<{ createAccount: { account: { id: string } } }>(
        erp,
        { tenantId: owner },
        `mutation { createAccount(input: { code: "1050", name: "Petty cash", type: ASSET }) { account { id } } }`,
      )
    ).body.data!.createAccount.account;
    const posted = await postEntry(
      erp,
      { tenantId: owner },
      {
        lines: [
          { accountId: account.id, debit: '10' },
          { accountRole: 'SALES', credit: '10' },
        ],
      },
    );
    const draft = (await tryCreateEntry(erp, { tenantId: owner }, {})).entry!;
    const taxRate = (
      await call<{ createTaxRate: { taxRate: { id: string } } }>(
        erp,
        { tenantId: owner },
        `mutation { createTaxRate(input: { name: "VAT", rate: "20" }) { taxRate { id } } }`,
      )
    ).body.data!.createTaxRate.taxRate;
    const ownerRows = await ledgerRowCounts(owner);

    const as = (query: string, variables: Record<string, unknown> = {}) =>
      call(erp, { tenantId: intruder }, query, variables);
    const reads = await as(
      `query($account: ID!, $entry: ID!, $tax: ID!) {
        account(id: $account) { id } journalEntry(id: $entry) { id } taxRate(id: $tax) { id }
        journalEntries { totalCount } taxRates { totalCount } trialBalance { rows { currency } }
        accounts(search: "Petty") { totalCount }
      }`,
      { account: account.id, entry: posted.id, tax: taxRate.id },
    );
    expect(reads.body).toEqual({
      data: {
        account: null,
        journalEntry: null,
        taxRate: null,
        journalEntries: { totalCount: 0 },
        taxRates: { totalCount: 0 },
        trialBalance: { rows: [] },
        accounts: { totalCount: 0 },
      },
    });
    for (const [query, variables] of [
      [`query($id: ID!) { generalLedger(accountId: $id) { totalCount } }`, { id: account.id }],
      [`query($id: ID!) { accountBalance(accountId: $id) { amount } }`, { id: account.id }],
      [
        `mutation($id: ID!) { updateAccount(input: { id: $id, name: "Mine" }) { userErrors { code } } }`,
        { id: account.id },
      ],
      [REVERSE_ENTRY, { input: { id: posted.id } }],
      [POST_ENTRY, { input: { id: draft.id } }],
      [`mutation($id: ID!) { deleteJournalEntry(input: { id: $id }) { deletedId } }`, { id: draft.id }],
      [
        `mutation($id: ID!) { updateTaxRate(input: { id: $id, rate: "0" }) { userErrors { code } } }`,
        { id: taxRate.id },
      ],
      [`mutation($id: ID!) { deleteTaxRate(input: { id: $id }) { deletedId } }`, { id: taxRate.id }],
      [
        `query($id: ID!) { taxComputation(taxRateId: $id, amount: "1") { tax { amount } } }`,
        { id: taxRate.id },
      ],
    ] as const) {
      expect([query, errorCodes(await as(query, variables))]).toEqual([query, ['NOT_FOUND']]);
    }
    const foreignLine = await tryCreateEntry(
      erp,
      { tenantId: intruder },
      {
        post: true,
        lines: [
          { accountId: account.id, debit: '10' },
          { accountRole: 'SALES', credit: '10' },
        ],
      },
    );
    expect(foreignLine.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['ACCOUNT_UNKNOWN', ['input', 'lines', '0', 'accountId']],
    ]);
    const foreignParent = await as(
      `mutation($id: ID!) { createAccount(input: { code: "1051", name: "x", type: ASSET, parentId: $id }) { userErrors { code } } }`,
      { id: account.id },
    );
    expect(foreignParent.body.data).toEqual({
      createAccount: { userErrors: [{ code: 'PARENT_NOT_FOUND' }] },
    });
    const foreignTaxAccount = await as(
      `mutation($id: ID!) { createTaxRate(input: { name: "x", rate: "1", accountId: $id }) { userErrors { code } } }`,
      { id: account.id },
    );
    expect(foreignTaxAccount.body.data).toEqual({
      createTaxRate: { userErrors: [{ code: 'ACCOUNT_UNKNOWN' }] },
    });

    // The intruder's own ledger is its own: its chain starts at 1 and the owner's is untouched.
    expect((await postEntry(erp, { tenantId: intruder })).sequence).toBe(1);
    expect(await ledgerRowCounts(owner)).toEqual(ownerRows);
    expect((await verifyLedger(erp, { tenantId: owner })).lastSequence).toBe(1);
  });

  it('keeps every line on an account and an entry of its own tenant, by composite keys', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const bankOfA = await accountForRole(erp, { tenantId: a }, 'BANK');
    const draftOfB = (await tryCreateEntry(erp, { tenantId: b }, {})).entry!;
    await expect(
      queryAsSuperuser(
        `insert into erp.journal_lines (tenant_id, entry_id, position, account_id, debit, currency) values ($1, $2, 5, $3, 1, 'USD')`,
        [b, draftOfB.id, bankOfA.id],
      ),
    ).rejects.toThrow(/foreign key/);
  });

  it('forces row-level security on every ledger table; the subgraph role sees nothing without a tenant', async () => {
    await postEntry(erp, { tenantId: randomUUID() });
    const rows = await queryAsSuperuser<{ table: string; rls: boolean; forced: boolean; policies: number }>(
      `select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'erp' and c.relname = any($1) order by c.relname`,
      [LEDGER_TABLES],
    );
    expect(rows).toEqual(LEDGER_TABLES.map((table) => ({ table, rls: true, forced: true, policies: 1 })));
    for (const table of LEDGER_TABLES) {
      const [{ count }]: Array<{ count: number }> = await erp.dataSource.query(
        `select count(*)::int as count from erp.${table}`,
      );
      expect([table, count]).toEqual([table, 0]);
    }
  });
});
