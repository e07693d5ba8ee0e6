import { randomUUID } from 'node:crypto';
import { countRows, type RunningSubgraph } from '@nexora/kit';
import {
  findAccountByRole,
  postLedgerEntry,
  reverseLedgerEntry,
} from '../src/modules/journal-entry/ledger.api';
import type { LedgerEntryRequest } from '../src/modules/journal-entry/ledger.api';
import {
  internalContext,
  ledgerRowCounts,
  SET_LOCK_DATE,
  call,
  startErp,
  verifyLedger,
} from './accounting-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startErp();
});
afterAll(async () => {
  await erp.stop();
});

const invoiceEntry = (invoiceId: string, customerId: string, date = '2026-03-31'): LedgerEntryRequest => ({
  journal: 'SALES',
  date,
  reference: 'INV-000042',
  currency: 'EUR',
  source: { type: 'INVOICE', id: invoiceId },
  lines: [
    { account: 'RECEIVABLE', debit: '120.00', companyId: customerId },
    { account: 'SALES', credit: '100.00' },
    { account: 'TAX_PAYABLE', credit: '20.00' },
  ],
});

/** Runs `work` the way another module's resolver does: in one request transaction, committed or not. */
async function inTransaction<T>(
  tenantId: string,
  work: (ctx: ReturnType<typeof internalContext>) => Promise<T>,
  outcome: 'commit' | 'rollback' = 'commit',
): Promise<T> {
  const ctx = internalContext(erp, tenantId);
  try {
    const value = await work(ctx);
    await ctx.db.finish(outcome);
    return value;
  } catch (error) {
    await ctx.db.finish('rollback');
    throw error;
  }
}

describe("the ledger's internal API (postLedgerEntry)", () => {
  it("books an entry by account roles inside the caller's transaction, committed with the caller's work", async () => {
    const tenantId = randomUUID();
    const invoiceId = randomUUID();
    const customerId = randomUUID();
    const result = await inTransaction(tenantId, async (ctx) => {
      const posted = await ctx.db.run((manager) =>
        postLedgerEntry(manager, ctx, invoiceEntry(invoiceId, customerId)),
      );
      // Not visible outside the caller's transaction until it commits.
      expect(await countRows('select 1 from erp.journal_entries where tenant_id = $1', [tenantId])).toBe(0);
      return posted;
    });
    expect(result.userErrors).toEqual([]);
    expect(result.entry).toMatchObject({
      status: 'POSTED',
      sequence: '1',
      journal: 'SALES',
      sourceType: 'INVOICE',
      sourceId: invoiceId,
      date: '2026-03-31',
    });
    const receivable = await inTransaction(tenantId, (ctx) =>
      ctx.db.run((manager) => findAccountByRole(manager, ctx, 'RECEIVABLE')),
    );
    expect(
      result.lines!.map((line) => [
        line.accountId === receivable!.id,
        line.debit,
        line.credit,
        line.currency,
        line.companyId,
      ]),
    ).toEqual([
      [true, '120.00', '0.00', 'EUR', customerId],
      [false, '0.00', '100.00', 'EUR', null],
      [false, '0.00', '20.00', 'EUR', null],
    ]);
    expect(await verifyLedger(erp, { tenantId })).toMatchObject({ ok: true, entriesChecked: 1 });

    // The same source document cannot be booked twice.
    const again = await inTransaction(tenantId, (ctx) =>
      ctx.db.run((manager) =>
        postLedgerEntry(manager, ctx, invoiceEntry(invoiceId, customerId), { field: ['invoice'] }),
      ),
    );
    expect(again.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['SOURCE_ALREADY_POSTED', ['invoice', 'source']],
    ]);
  });

  it("leaves no entry and no gap when the caller's transaction rolls back", async () => {
    const tenantId = randomUUID();
    await inTransaction(
      tenantId,
      (ctx) =>
        ctx.db.run((manager) => postLedgerEntry(manager, ctx, invoiceEntry(randomUUID(), randomUUID()))),
      'rollback',
    );
    expect(await countRows('select 1 from erp.journal_entries where tenant_id = $1', [tenantId])).toBe(0);
    // Two entries in one transaction take consecutive numbers, starting again at 1.
    const [first, second] = await inTransaction(tenantId, (ctx) =>
      ctx.db.run(async (manager) => [
        await postLedgerEntry(manager, ctx, invoiceEntry(randomUUID(), randomUUID())),
        await postLedgerEntry(manager, ctx, invoiceEntry(randomUUID(), randomUUID())),
      ]),
    );
    expect([first.entry!.sequence, second.entry!.sequence]).toEqual(['1', '2']);
    expect(second.entry!.previousHash).toBe(first.entry!.hash);
    expect(await verifyLedger(erp, { tenantId })).toMatchObject({ ok: true, lastSequence: 2 });
  });

  it("refuses with userErrors under the caller's field path and writes nothing", async () => {
    const tenantId = randomUUID();
    await inTransaction(tenantId, (ctx) => ctx.db.run((manager) => findAccountByRole(manager, ctx, 'BANK')));
    await call(erp, { tenantId }, SET_LOCK_DATE, { input: { lockDate: '2026-01-31' } });
    const before = await ledgerRowCounts(tenantId);
    const cases: Array<[Partial<LedgerEntryRequest>, Array<[string, string[]]>]> = [
      [
        {
          lines: [
            { account: 'RECEIVABLE', debit: '10' },
            { account: 'SALES', credit: '9' },
          ],
        },
        [['UNBALANCED', ['invoice', 'lines']]],
      ],
      [{ date: '2026-01-31' }, [['PERIOD_LOCKED', ['invoice', 'date']]]],
      [
        {
          lines: [
            { account: 'RECEIVABLE', debit: '10' },
            { account: 'NOT_A_ROLE', credit: '10' },
          ],
        },
        [['ACCOUNT_UNKNOWN', ['invoice', 'lines', '1', 'account']]],
      ],
      [
        {
          lines: [
            { account: 'RECEIVABLE', debit: '10' },
            { account: randomUUID(), credit: '10' },
          ],
        },
        [['ACCOUNT_UNKNOWN', ['invoice', 'lines', '1', 'account']]],
      ],
      [{ source: { type: 'invoice', id: 'x' } }, [['SOURCE_INVALID', ['invoice', 'source']]]],
      [{ journal: 'PAYROLL' as never }, [['JOURNAL_UNKNOWN', ['invoice', 'journal']]]],
    ];
    for (const [change, expected] of cases) {
      const result = await inTransaction(tenantId, (ctx) =>
        ctx.db.run((manager) =>
          postLedgerEntry(
            manager,
            ctx,
            { ...invoiceEntry(randomUUID(), randomUUID()), ...change },
            { field: ['invoice'] },
          ),
        ),
      );
      expect([result.entry, result.userErrors.map((error) => [error.code, error.field])]).toEqual([
        null,
        expected,
      ]);
    }
    expect(await ledgerRowCounts(tenantId)).toEqual(before);
  });

  it('reverses an entry for another module, once', async () => {
    const tenantId = randomUUID();
    const posted = await inTransaction(tenantId, (ctx) =>
      ctx.db.run((manager) => postLedgerEntry(manager, ctx, invoiceEntry(randomUUID(), randomUUID()))),
    );
    const reversal = await inTransaction(tenantId, (ctx) =>
      ctx.db.run((manager) =>
        reverseLedgerEntry(manager, ctx, { entryId: posted.entry!.id, reference: 'Credit note CN-1' }),
      ),
    );
    expect(reversal).not.toBe('not-found');
    if (reversal === 'not-found') return;
    expect(reversal.entry).toMatchObject({
      sequence: '2',
      reversesId: posted.entry!.id,
      reference: 'Credit note CN-1',
    });
    expect(reversal.lines!.map((line) => [line.debit, line.credit])).toEqual([
      ['0.00', '120.00'],
      ['100.00', '0.00'],
      ['20.00', '0.00'],
    ]);
    const twice = await inTransaction(tenantId, (ctx) =>
      ctx.db.run((manager) => reverseLedgerEntry(manager, ctx, { entryId: posted.entry!.id })),
    );
    expect(twice !== 'not-found' && twice.userErrors.map((error) => error.code)).toEqual([
      'ALREADY_REVERSED',
    ]);
    const unknown = await inTransaction(tenantId, (ctx) =>
      ctx.db.run((manager) => reverseLedgerEntry(manager, ctx, { entryId: randomUUID() })),
    );
    expect(unknown).toBe('not-found');
  });
});
