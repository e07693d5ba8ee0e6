import { randomUUID } from 'node:crypto';
import { countRows, errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  ENTRY_FIELDS,
  ledgerRowCounts,
  POST_ENTRY,
  postEntry,
  REVERSE_ENTRY,
  saleLines,
  startErp,
  tryCreateEntry,
  type EntryPayload,
} from './accounting-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startErp();
});
afterAll(async () => {
  await erp.stop();
});

const GENESIS = '0'.repeat(64);

async function reverse(tenantId: string, input: Record<string, unknown>): Promise<EntryPayload> {
  const result = await call<{ reverseJournalEntry: EntryPayload }>(erp, { tenantId }, REVERSE_ENTRY, {
    input,
  });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.reverseJournalEntry;
}

async function postDraft(tenantId: string, id: string): Promise<EntryPayload> {
  const result = await call<{ postJournalEntry: EntryPayload }>(erp, { tenantId }, POST_ENTRY, {
    input: { id },
  });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.postJournalEntry;
}

const codesAndFields = (payload: EntryPayload) =>
  payload.userErrors.map((error) => [error.code, error.field]);

describe('journal entries', () => {
  it('creates a draft, posts it as the first link of the chain, and refuses to post it twice', async () => {
    const tenantId = randomUUID();
    const companyId = randomUUID();
    const draft = await tryCreateEntry(
      erp,
      { tenantId },
      {
        reference: ' INV-7 ',
        memo: 'Consulting, January',
        lines: [
          { accountRole: 'RECEIVABLE', debit: '120.00', companyId, description: 'Acme' },
          { accountRole: 'SALES', credit: '100' },
          { accountRole: 'TAX_PAYABLE', credit: '20.00' },
        ],
      },
    );
    expect(draft.userErrors).toEqual([]);
    expect(draft.entry).toMatchObject({
      status: 'DRAFT',
      sequence: null,
      hash: null,
      reference: 'INV-7',
      memo: 'Consulting, January',
      date: '2026-01-15',
      journal: { code: 'GENERAL' },
      totals: [{ amount: '120.00', currency: 'USD' }],
    });
    expect(
      draft.entry!.lines.map((line) => [line.position, line.account.code, line.debit, line.credit]),
    ).toEqual([
      [0, '1100', { amount: '120.00', currency: 'USD' }, null],
      [1, '4000', null, { amount: '100.00', currency: 'USD' }],
      [2, '2200', null, { amount: '20.00', currency: 'USD' }],
    ]);
    expect(draft.entry!.lines[0]).toMatchObject({ company: { id: companyId }, description: 'Acme' });

    const posted = await postDraft(tenantId, draft.entry!.id);
    expect(posted.userErrors).toEqual([]);
    expect(posted.entry).toMatchObject({
      id: draft.entry!.id,
      status: 'POSTED',
      sequence: 1,
      previousHash: GENESIS,
    });
    expect(posted.entry!.hash).toMatch(/^[0-9a-f]{64}$/);
    const again = await postDraft(tenantId, draft.entry!.id);
    expect(codesAndFields(again)).toEqual([['ALREADY_POSTED', ['input', 'id']]]);

    const second = await postEntry(
      erp,
      { tenantId },
      { journal: 'BANK', currency: 'eur', lines: saleLines('9.99') },
    );
    expect(second).toMatchObject({
      sequence: 2,
      previousHash: posted.entry!.hash,
      journal: { code: 'BANK' },
    });
    expect(second.totals).toEqual([{ amount: '9.99', currency: 'EUR' }]);
    const read = await call<{ journalEntry: { id: string; status: string } }>(
      erp,
      { tenantId },
      `query($id: ID!) { journalEntry(id: $id) { ${ENTRY_FIELDS} } }`,
      { id: second.id },
    );
    expect(read.body.data!.journalEntry).toEqual(second);
    expect(errorCodes(await postDraftRaw(tenantId, randomUUID()))).toEqual(['NOT_FOUND']);
  });

  it('refuses every malformed entry with a code and the field at fault, writing nothing', async () => {
    const tenantId = randomUUID();
    const rent = (
      await call<{ accounts: { edges: Array<{ node: { id: string } }> } }>(
        erp,
        { tenantId },
        `{ accounts(search: "Rent") { edges { node { id } } } }`,
      )
    ).body.data!.accounts.edges[0].node;
    await call(
      erp,
      { tenantId },
      `mutation($id: ID!) { updateAccount(input: { id: $id, active: false }) { userErrors { code } } }`,
      {
        id: rent.id,
      },
    );
    const bank = { accountRole: 'BANK', debit: '10.00' };
    const sales = { accountRole: 'SALES', credit: '10.00' };
    const cases: Array<[string, Record<string, unknown>, Array<[string, string[]]>]> = [
      ['one line', { lines: [bank] }, [['LINES_TOO_FEW', ['input', 'lines']]]],
      ['no lines', { lines: [] }, [['LINES_TOO_FEW', ['input', 'lines']]]],
      ['unbalanced', { lines: [bank, { ...sales, credit: '9.99' }] }, [['UNBALANCED', ['input', 'lines']]]],
      [
        'debit and credit',
        { lines: [{ ...bank, credit: '10.00' }, sales] },
        [['LINE_DEBIT_AND_CREDIT', ['input', 'lines', '0']]],
      ],
      [
        'no amount',
        { lines: [bank, { accountRole: 'SALES' }] },
        [['LINE_AMOUNT_REQUIRED', ['input', 'lines', '1']]],
      ],
      [
        'blank amount',
        { lines: [bank, { accountRole: 'SALES', credit: ' ' }] },
        [['LINE_AMOUNT_REQUIRED', ['input', 'lines', '1']]],
      ],
      [
        'zero',
        { lines: [{ ...bank, debit: '0.00' }, sales] },
        [['AMOUNT_NOT_POSITIVE', ['input', 'lines', '0', 'debit']]],
      ],
      [
        'negative',
        { lines: [bank, { ...sales, credit: '-10' }] },
        [['AMOUNT_NOT_POSITIVE', ['input', 'lines', '1', 'credit']]],
      ],
      [
        'malformed',
        { lines: [{ ...bank, debit: '1e3' }, sales] },
        [['AMOUNT_INVALID', ['input', 'lines', '0', 'debit']]],
      ],
      [
        'too precise',
        { lines: [{ ...bank, debit: '10.001' }, sales] },
        [['AMOUNT_TOO_PRECISE', ['input', 'lines', '0', 'debit']]],
      ],
      [
        'yen cents',
        { currency: 'JPY', lines: [{ ...bank, debit: '10.5' }, sales] },
        [['AMOUNT_TOO_PRECISE', ['input', 'lines', '0', 'debit']]],
      ],
      [
        'too large',
        {
          lines: [
            { ...bank, debit: '1000000000000' },
            { ...sales, credit: '1000000000000' },
          ],
        },
        [
          ['AMOUNT_TOO_LARGE', ['input', 'lines', '0', 'debit']],
          ['AMOUNT_TOO_LARGE', ['input', 'lines', '1', 'credit']],
        ],
      ],
      [
        'unknown account',
        { lines: [{ accountId: randomUUID(), debit: '10' }, sales] },
        [['ACCOUNT_UNKNOWN', ['input', 'lines', '0', 'accountId']]],
      ],
      [
        'malformed account',
        { lines: [{ accountId: 'cash', debit: '10' }, sales] },
        [['ACCOUNT_UNKNOWN', ['input', 'lines', '0', 'accountId']]],
      ],
      [
        'inactive account',
        { lines: [bank, { accountId: rent.id, credit: '10' }] },
        [['ACCOUNT_INACTIVE', ['input', 'lines', '1', 'accountId']]],
      ],
      ['no account', { lines: [{ debit: '10' }, sales] }, [['ACCOUNT_REQUIRED', ['input', 'lines', '0']]]],
      [
        'two accounts',
        { lines: [{ ...bank, accountId: rent.id }, sales] },
        [['ACCOUNT_REQUIRED', ['input', 'lines', '0']]],
      ],
      [
        'line currency',
        { lines: [{ ...bank, currency: 'XYZ' }, sales] },
        [['CURRENCY_INVALID', ['input', 'lines', '0', 'currency']]],
      ],
      ['entry currency', { currency: 'dollars' }, [['CURRENCY_INVALID', ['input', 'currency']]]],
      ['date', { date: '2026-02-30' }, [['DATE_INVALID', ['input', 'date']]]],
      ['date format', { date: '15/01/2026' }, [['DATE_INVALID', ['input', 'date']]]],
      ['reference', { reference: 'r'.repeat(201) }, [['REFERENCE_TOO_LONG', ['input', 'reference']]]],
      ['memo', { memo: 'm'.repeat(1001) }, [['MEMO_TOO_LONG', ['input', 'memo']]]],
      [
        'company',
        { lines: [{ ...bank, companyId: 'acme' }, sales] },
        [['COMPANY_ID_INVALID', ['input', 'lines', '0', 'companyId']]],
      ],
      [
        'one currency of two unbalanced',
        {
          lines: [
            bank,
            sales,
            { accountRole: 'BANK', debit: '5', currency: 'EUR' },
            { accountRole: 'SALES', credit: '4', currency: 'EUR' },
          ],
        },
        [['UNBALANCED', ['input', 'lines']]],
      ],
      [
        'currencies never offset',
        { lines: [bank, { ...sales, currency: 'EUR' }] },
        [
          ['UNBALANCED', ['input', 'lines']],
          ['UNBALANCED', ['input', 'lines']],
        ],
      ],
    ];
    const before = await ledgerRowCounts(tenantId);
    for (const [name, input, expected] of cases) {
      for (const post of [true, false]) {
        const payload = await tryCreateEntry(erp, { tenantId }, { ...input, post });
        expect([name, payload.entry, codesAndFields(payload)]).toEqual([name, null, expected]);
        for (const error of payload.userErrors) expect(error.message.length).toBeGreaterThan(10);
      }
    }
    expect(await ledgerRowCounts(tenantId)).toEqual(before);

    const unbalanced = await tryCreateEntry(
      erp,
      { tenantId },
      { lines: [bank, { ...sales, credit: '9.99' }] },
    );
    expect(unbalanced.userErrors[0].message).toBe(
      'Debits (10.00 USD) and credits (9.99 USD) differ by 0.01 USD; each currency must balance.',
    );
    const multi = await tryCreateEntry(
      erp,
      { tenantId },
      {
        post: true,
        lines: [
          bank,
          sales,
          { accountRole: 'BANK', debit: '1500', currency: 'JPY' },
          { accountRole: 'SALES', credit: '1500', currency: 'JPY' },
        ],
      },
    );
    expect(multi.entry!.totals).toEqual([
      { amount: '1500', currency: 'JPY' },
      { amount: '10.00', currency: 'USD' },
    ]);
  });

  it('reverses a posted entry once, with swapped sides, linked both ways', async () => {
    const tenantId = randomUUID();
    const original = await postEntry(
      erp,
      { tenantId },
      {
        journal: 'SALES',
        memo: 'Wrong customer',
        lines: [
          { accountRole: 'RECEIVABLE', debit: '50.00', companyId: randomUUID() },
          { accountRole: 'SALES', credit: '50.00' },
        ],
      },
    );
    const reversal = await reverse(tenantId, { id: original.id, date: '2026-02-01' });
    expect(reversal.userErrors).toEqual([]);
    expect(reversal.entry).toMatchObject({
      status: 'POSTED',
      sequence: 2,
      previousHash: original.hash,
      date: '2026-02-01',
      journal: { code: 'SALES' },
      reference: 'Reversal of #1',
      memo: 'Wrong customer',
      reverses: { id: original.id },
    });
    expect(
      reversal.entry!.lines.map((line) => [line.account.code, line.debit, line.credit, line.company]),
    ).toEqual(original.lines.map((line) => [line.account.code, line.credit, line.debit, line.company]));
    const reread = await call<{ journalEntry: { reversedBy: { id: string } } }>(
      erp,
      { tenantId },
      `query($id: ID!) { journalEntry(id: $id) { reversedBy { id } } }`,
      { id: original.id },
    );
    expect(reread.body.data!.journalEntry.reversedBy).toEqual({ id: reversal.entry!.id });

    const before = await ledgerRowCounts(tenantId);
    expect(codesAndFields(await reverse(tenantId, { id: original.id }))).toEqual([
      ['ALREADY_REVERSED', ['input', 'id']],
    ]);
    const twice = await Promise.all([0, 1, 2].map(() => reverse(tenantId, { id: original.id })));
    for (const payload of twice)
      expect(payload.userErrors.map((error) => error.code)).toEqual(['ALREADY_REVERSED']);
    const draft = await tryCreateEntry(erp, { tenantId }, {});
    expect(codesAndFields(await reverse(tenantId, { id: draft.entry!.id }))).toEqual([
      ['NOT_POSTED', ['input', 'id']],
    ]);
    expect(codesAndFields(await reverse(tenantId, { id: reversal.entry!.id, date: '2026-13-01' }))).toEqual([
      ['DATE_INVALID', ['input', 'date']],
    ]);
    expect(await ledgerRowCounts(tenantId)).toEqual({
      ...before,
      entries: before.entries + 1,
      lines: before.lines + 2,
    });
    const unknown = await call(erp, { tenantId }, REVERSE_ENTRY, { input: { id: randomUUID() } });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const malformed = await call(erp, { tenantId }, REVERSE_ENTRY, { input: { id: 'seven' } });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);

    // A reversal of a reversal is an entry like any other: it restores the original's effect.
    const back = await reverse(tenantId, { id: reversal.entry!.id, reference: 'Re-instated' });
    expect(back.entry).toMatchObject({
      sequence: 3,
      reference: 'Re-instated',
      reverses: { id: reversal.entry!.id },
    });
  });

  it('posts a reversal to an account deactivated since, but no new entry or draft', async () => {
    const tenantId = randomUUID();
    const account = (
      await call<{ createAccount: { account: { id: string } } }>(
        erp,
        { tenantId },
        `mutation { createAccount(input: { code: "6900", name: "Misc", type: EXPENSE }) { account { id } } }`,
      )
    ).body.data!.createAccount.account;
    const lines = [
      { accountId: account.id, debit: '7.00' },
      { accountRole: 'BANK', credit: '7.00' },
    ];
    const posted = await postEntry(erp, { tenantId }, { lines });
    const draft = (await tryCreateEntry(erp, { tenantId }, { lines })).entry!;
    await call(
      erp,
      { tenantId },
      `mutation($id: ID!) { updateAccount(input: { id: $id, active: false }) { userErrors { code } } }`,
      {
        id: account.id,
      },
    );
    expect(codesAndFields(await postDraft(tenantId, draft.id))).toEqual([
      ['ACCOUNT_INACTIVE', ['input', 'id']],
    ]);
    expect(codesAndFields(await tryCreateEntry(erp, { tenantId }, { lines, post: true }))).toEqual([
      ['ACCOUNT_INACTIVE', ['input', 'lines', '0', 'accountId']],
    ]);
    expect((await reverse(tenantId, { id: posted.id })).entry!.status).toBe('POSTED');
  });

  it('deletes drafts, never posted entries', async () => {
    const tenantId = randomUUID();
    const DELETE = `mutation($id: ID!) { deleteJournalEntry(input: { id: $id }) { deletedId userErrors { field code } } }`;
    const draft = (await tryCreateEntry(erp, { tenantId }, {})).entry!;
    const posted = await postEntry(erp, { tenantId });
    const deleted = await call<{ deleteJournalEntry: { deletedId: string } }>(erp, { tenantId }, DELETE, {
      id: draft.id,
    });
    expect(deleted.body.data!.deleteJournalEntry).toEqual({ deletedId: draft.id, userErrors: [] });
    expect(await countRows('select 1 from erp.journal_lines where entry_id = $1', [draft.id])).toBe(0);
    const refused = await call(erp, { tenantId }, DELETE, { id: posted.id });
    expect(refused.body.data).toEqual({
      deleteJournalEntry: {
        deletedId: null,
        userErrors: [{ field: ['input', 'id'], code: 'ALREADY_POSTED' }],
      },
    });
    expect(errorCodes(await call(erp, { tenantId }, DELETE, { id: draft.id }))).toEqual(['NOT_FOUND']);
  });

  it('lists entries by date, journal, status and period, page by page', async () => {
    const tenantId = randomUUID();
    for (const [date, journal, post] of [
      ['2026-01-10', 'GENERAL', true],
      ['2026-01-20', 'SALES', true],
      ['2026-02-05', 'SALES', false],
      ['2026-03-01', 'BANK', true],
      ['2026-01-20', 'BANK', true],
    ] as const) {
      await tryCreateEntry(erp, { tenantId }, { date, journal, post });
    }
    const LIST = `query($first: Int, $after: String, $journal: JournalCode, $status: JournalEntryStatus, $from: String, $to: String) {
      journalEntries(first: $first, after: $after, journal: $journal, status: $status, from: $from, to: $to) {
        totalCount edges { node { date journal { code } status } } pageInfo { hasNextPage endCursor }
      }
    }`;
    type Page = {
      totalCount: number;
      edges: Array<{ node: { date: string; journal: { code: string }; status: string } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    const page = async (variables: Record<string, unknown>) =>
      (await call<{ journalEntries: Page }>(erp, { tenantId }, LIST, variables)).body.data!.journalEntries;
    expect((await page({})).edges.map(({ node }) => node.date)).toEqual([
      '2026-03-01',
      '2026-02-05',
      '2026-01-20',
      '2026-01-20',
      '2026-01-10',
    ]);
    expect((await page({ journal: 'SALES' })).totalCount).toBe(2);
    expect((await page({ status: 'DRAFT' })).edges.map(({ node }) => node.date)).toEqual(['2026-02-05']);
    expect((await page({ from: '2026-01-20', to: '2026-02-28' })).totalCount).toBe(3);
    const dates: string[] = [];
    let after: string | null = null;
    do {
      const next: Page = await page({ first: 2, after });
      dates.push(...next.edges.map(({ node }) => node.date));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    } while (after);
    expect(dates).toHaveLength(5);
    expect(errorCodes(await call(erp, { tenantId }, LIST, { from: 'January' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps posted entries immutable in the database, whoever asks', async () => {
    const tenantId = randomUUID();
    const posted = await postEntry(erp, { tenantId });
    const draft = (await tryCreateEntry(erp, { tenantId }, {})).entry!;
    const asErpRole = (sql: string, params: unknown[]) =>
      erp.dataSource.transaction(async (manager) => {
        await manager.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        return manager.query(sql, params);
      });
    await expect(
      asErpRole(`update erp.journal_entries set memo = 'edited' where id = $1`, [posted.id]),
    ).rejects.toThrow(/is posted and cannot be changed/);
    for (const sql of [
      `update erp.journal_entries set memo = 'edited' where id = $1`,
      `update erp.journal_entries set status = 'DRAFT' where id = $1`,
      `delete from erp.journal_entries where id = $1`,
      `update erp.journal_lines set debit = debit + 1 where entry_id = $1`,
      `update erp.journal_lines set entry_id = $1 where entry_id = '${draft.id}'`,
      `delete from erp.journal_lines where entry_id = $1`,
      `insert into erp.journal_lines (tenant_id, entry_id, position, account_id, debit, currency)
       select tenant_id, entry_id, 9, account_id, 1, currency from erp.journal_lines where entry_id = $1 limit 1`,
    ]) {
      await expect(queryAsSuperuser(sql, [posted.id])).rejects.toThrow(/posted/);
    }
    // Posting straight into POSTED, or posting lines that do not balance, is refused by the database too.
    await expect(
      queryAsSuperuser(
        `insert into erp.journal_entries (tenant_id, journal_id, entry_date, status, sequence, previous_hash, hash, posted_at)
         select tenant_id, journal_id, entry_date, 'POSTED', 99, previous_hash, hash, now() from erp.journal_entries where id = $1`,
        [posted.id],
      ),
    ).rejects.toThrow(/inserted as a draft/);
    await queryAsSuperuser(`update erp.journal_lines set debit = 99 where entry_id = $1 and debit > 0`, [
      draft.id,
    ]);
    await expect(
      queryAsSuperuser(
        `update erp.journal_entries set status = 'POSTED', sequence = 2, previous_hash = $2, hash = $2, posted_at = now() where id = $1`,
        [draft.id, GENESIS],
      ),
    ).rejects.toThrow(/does not balance/);
    const [row] = await queryAsSuperuser<{ memo: string | null; lines: number }>(
      `select memo, (select count(*)::int from erp.journal_lines where entry_id = e.id) as lines from erp.journal_entries e where id = $1`,
      [posted.id],
    );
    expect(row).toEqual({ memo: null, lines: 2 });
  });

  it('needs erp.journal:read to read and erp.journal:post to write entries', async () => {
    const tenantId = randomUUID();
    const posted = await postEntry(erp, { tenantId });
    const viewer = { tenantId, permissions: ['erp.journal:read', 'erp.account:read'] };
    const read = await call(
      erp,
      viewer,
      `query($id: ID!) { journalEntry(id: $id) { sequence lines { account { code } } } }`,
      {
        id: posted.id,
      },
    );
    expect(read.body.errors).toBeUndefined();
    for (const [query, variables] of [
      [
        `mutation { createJournalEntry(input: { journal: GENERAL, date: "2026-01-01", lines: [] }) { userErrors { code } } }`,
        {},
      ],
      [REVERSE_ENTRY, { input: { id: posted.id } }],
    ] as const) {
      expect(errorCodes(await call(erp, viewer, query, variables))).toEqual(['FORBIDDEN']);
    }
    expect(
      errorCodes(await call(erp, { tenantId, permissions: [] }, `{ journalEntries { totalCount } }`)),
    ).toEqual(['FORBIDDEN']);
    expect((await ledgerRowCounts(tenantId)).entries).toBe(1);
  });
});

function postDraftRaw(tenantId: string, id: string) {
  return call(erp, { tenantId }, POST_ENTRY, { input: { id } });
}
