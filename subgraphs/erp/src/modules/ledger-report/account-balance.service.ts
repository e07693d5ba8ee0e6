import { badUserInput, notFound, parseId, type SubgraphContext, tenantOf } from '@nexora/kit';
import { accountByIdLoader } from '../account/account.loaders';
import type { AccountRow } from '../account/account.types';
import { type Money, normalizeCurrency, toMoney } from '../invoice/money';
import { dateArgument, todayUtc } from '../journal-entry/ledger-date';

/** The account of a report argument: the tenant's, or NOT_FOUND (another tenant's id included). */
export async function reportAccount(ctx: SubgraphContext, rawId: string, field: string): Promise<AccountRow> {
  const id = parseId(rawId, field);
  const account = await accountByIdLoader(ctx).load(id);
  if (!account) throw notFound('Account', id);
  return account;
}

/** A report's `asOf` (today in UTC when omitted). */
export function asOfArgument(raw: string | null | undefined): string {
  return raw == null ? todayUtc() : dateArgument(raw, 'asOf');
}

/** A report's optional `currency` filter, upper-cased; BAD_USER_INPUT when unknown. */
export function currencyArgument(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const currency = normalizeCurrency(raw);
  if (!currency) throw badUserInput('"currency" is not an ISO 4217 code such as "USD".', 'currency');
  return currency;
}

/**
 * An account's balance (debits minus credits of its posted lines dated up to `asOf`), one amount per
 * currency in code order: amounts in different currencies are never added together.
 */
export async function accountBalance(
  ctx: SubgraphContext,
  args: { accountId: string; asOf?: string | null },
): Promise<Money[]> {
  const tenantId = tenantOf(ctx);
  const account = await reportAccount(ctx, args.accountId, 'accountId');
  const asOf = asOfArgument(args.asOf);
  const rows: Array<{ currency: string; balance: string }> = await ctx.db.run((manager) =>
    manager.query(
      `select l.currency, sum(l.debit - l.credit)::text as balance
       from erp.journal_lines l
       join erp.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
       where l.tenant_id = $1 and l.account_id = $2 and e.status = 'POSTED' and e.entry_date <= $3
       group by l.currency order by l.currency`,
      [tenantId, account.id, asOf],
    ),
  );
  return rows.map((row) => toMoney(row.balance, row.currency));
}
