import { type SubgraphContext, tenantOf } from '@nexora/kit';
import { ensureRequestLedger } from '../account/ledger-setup';
import { toMoney } from '../invoice/money';
import { centsText, storedCents } from '../journal-entry/ledger-amount';
import { asOfArgument, currencyArgument } from './account-balance.service';
import type { TrialBalanceModel } from './ledger-report.types';

/**
 * The trial balance as of a date: for each account and currency with posted lines dated up to
 * `asOf`, the debit total, the credit total and the balance (debit minus credit), in account code
 * order; and per currency the totals, whose balance is zero in a ledger where every entry balances.
 */
export async function trialBalance(
  ctx: SubgraphContext,
  args: { asOf?: string | null; currency?: string | null },
): Promise<TrialBalanceModel> {
  const tenantId = tenantOf(ctx);
  const asOf = asOfArgument(args.asOf);
  const currency = currencyArgument(args.currency);
  await ensureRequestLedger(ctx);
  const rows: Array<{ accountId: string; currency: string; debit: string; credit: string }> =
    await ctx.db.run((manager) =>
      manager.query(
        `select l.account_id as "accountId", l.currency, sum(l.debit)::text as debit, sum(l.credit)::text as credit
         from erp.journal_lines l
         join erp.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
         join erp.accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
         where l.tenant_id = $1 and e.status = 'POSTED' and e.entry_date <= $2 and ($3::text is null or l.currency = $3)
         group by a.code, l.account_id, l.currency
         order by a.code, l.currency`,
        [tenantId, asOf, currency],
      ),
    );
  const totals = new Map<string, { debit: bigint; credit: bigint }>();
  const reported = rows.map((row) => {
    const debit = storedCents(row.debit);
    const credit = storedCents(row.credit);
    const total = totals.get(row.currency) ?? { debit: 0n, credit: 0n };
    total.debit += debit;
    total.credit += credit;
    totals.set(row.currency, total);
    return {
      accountId: row.accountId,
      currency: row.currency,
      debit: toMoney(row.debit, row.currency),
      credit: toMoney(row.credit, row.currency),
      balance: toMoney(centsText(debit - credit), row.currency),
    };
  });
  return {
    asOf,
    rows: reported,
    totals: [...totals.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, total]) => ({
        currency: code,
        debit: toMoney(centsText(total.debit), code),
        credit: toMoney(centsText(total.credit), code),
        balance: toMoney(centsText(total.debit - total.credit), code),
      })),
  };
}
