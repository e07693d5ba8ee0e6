import {
  badUserInput,
  decodeCursor,
  encodeCursor,
  isUuid,
  pageSize,
  type SubgraphContext,
  tenantOf,
} from '@nexora/kit';
import { toMoney } from '../invoice/money';
import { dateArgument } from '../journal-entry/ledger-date';
import { currencyArgument, reportAccount } from './account-balance.service';
import type { GeneralLedgerLineRow, GeneralLedgerModel } from './ledger-report.types';

/**
 * Where a page starts: the last line seen, by the ledger's own order (accounting date, then the
 * entry's sequence, then the line's position). The kit's planKeyset orders by one column and an id;
 * this order needs three, so the cursor carries all three (and the line's id) itself.
 */
interface LedgerPosition {
  date: string;
  sequence: string;
  position: number;
}

const CURSOR_KEY = /^(\d{4}-\d{2}-\d{2})\|(\d{1,19})\|(\d{1,5})$/;

function decodeLedgerCursor(after: string | null | undefined): LedgerPosition | null {
  const cursor = decodeCursor(after);
  if (!cursor) return null;
  const match = CURSOR_KEY.exec(cursor.key);
  if (!match || !isUuid(cursor.id))
    throw badUserInput('"after" is not a cursor returned by this list.', 'after');
  return { date: match[1], sequence: match[2], position: Number(match[3]) };
}

function ledgerCursor(row: GeneralLedgerLineRow): string {
  return encodeCursor({ key: `${row.date}|${row.sequence}|${row.position}`, id: row.id });
}

/**
 * An account's general ledger: its posted lines dated `from`–`to` (inclusive, both optional) in
 * ledger order, each with the running balance of its currency (debit minus credit, counting every
 * earlier line, those before `from` included), paged by `first`/`after`; and the opening balance
 * per currency at `from`. Optionally only one `currency`. The running balance is a window over the
 * account's lines up to `to`, so each page costs one pass over them.
 */
export async function generalLedger(
  ctx: SubgraphContext,
  args: {
    accountId: string;
    from?: string | null;
    to?: string | null;
    currency?: string | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<GeneralLedgerModel> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const from = args.from == null ? null : dateArgument(args.from, 'from');
  const to = args.to == null ? null : dateArgument(args.to, 'to');
  if (from && to && from > to) throw badUserInput('"from" is after "to".', 'from');
  const currency = currencyArgument(args.currency);
  const position = decodeLedgerCursor(args.after);
  const account = await reportAccount(ctx, args.accountId, 'accountId');
  const base = [tenantId, account.id, to, currency];
  return ctx.db.run(async (manager) => {
    const rows: GeneralLedgerLineRow[] = await manager.query(
      `with account_lines as (
         select l.id, l.entry_id as "entryId", l.position, to_char(e.entry_date, 'YYYY-MM-DD') as date,
           e.entry_date, e.sequence, l.debit, l.credit, l.currency, l.company_id as "companyId", l.description,
           sum(l.debit - l.credit) over (
             partition by l.currency order by e.entry_date, e.sequence, l.position
             rows between unbounded preceding and current row
           )::text as balance
         from erp.journal_lines l
         join erp.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
         where l.tenant_id = $1 and l.account_id = $2 and e.status = 'POSTED'
           and ($3::date is null or e.entry_date <= $3) and ($4::text is null or l.currency = $4)
       )
       select id, "entryId", position, date, sequence, debit, credit, balance, currency, "companyId", description
       from account_lines
       where ($5::date is null or entry_date >= $5)
         and ($6::date is null or (entry_date, sequence, position) > ($6::date, $7::bigint, $8::int))
       order by entry_date, sequence, position
       limit $9`,
      [
        ...base,
        from,
        position?.date ?? null,
        position?.sequence ?? null,
        position?.position ?? null,
        size + 1,
      ],
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.journal_lines l
       join erp.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
       where l.tenant_id = $1 and l.account_id = $2 and e.status = 'POSTED'
         and ($3::date is null or e.entry_date <= $3) and ($4::text is null or l.currency = $4)
         and ($5::date is null or e.entry_date >= $5)`,
      [...base, from],
    );
    const opening: Array<{ currency: string; balance: string }> = from
      ? await manager.query(
          `select l.currency, sum(l.debit - l.credit)::text as balance from erp.journal_lines l
           join erp.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
           where l.tenant_id = $1 and l.account_id = $2 and e.status = 'POSTED' and e.entry_date < $3
             and ($4::text is null or l.currency = $4)
           group by l.currency order by l.currency`,
          [tenantId, account.id, from, currency],
        )
      : [];
    const page = rows.slice(0, size);
    const edges = page.map((node) => ({ cursor: ledgerCursor(node), node }));
    return {
      accountId: account.id,
      from,
      to,
      openingBalances: opening.map((row) => toMoney(row.balance, row.currency)),
      edges,
      totalCount: count,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: position !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  });
}
