import { type SubgraphContext, tenantOf } from '@nexora/kit';
import { dateArgument, todayUtc } from '../journal-entry/ledger-date';
import { toMoney, type Money } from '../invoice/money';

/** One row of the ageing: a customer's (or, with `customerId` null, everyone's) residuals in one currency. */
export interface AgeingRow {
  customerId: string | null;
  currency: string;
  notDue: string;
  days0To30: string;
  days31To60: string;
  days61To90: string;
  over90: string;
  total: string;
}

export interface AgeingBucketsModel {
  asOf: string;
  customerId: string | null;
  notDue: Money;
  days0To30: Money;
  days31To60: Money;
  days61To90: Money;
  over90: Money;
  total: Money;
}

export interface ReceivablesAgeingModel {
  asOf: string;
  customers: AgeingBucketsModel[];
  totals: AgeingBucketsModel[];
}

/**
 * Per posted invoice dated on or before `asOf`, what was still open that day (total minus the
 * payments and credit notes dated up to it), aged by days past its DUE date (`asOf − dueDate`),
 * then summed per customer and currency and, with grouping sets, per currency for everyone.
 */
const AGEING_SQL = `
  with open_invoices as (
    select i.customer_id, i.currency, ($2::date - i.due_date) as days_past_due,
      i.total
        - coalesce((select sum(p.amount) from erp.payments p
                    where p.tenant_id = i.tenant_id and p.invoice_id = i.id and p.payment_date <= $2::date), 0)
        - coalesce((select sum(c.amount) from erp.credit_notes c
                    where c.tenant_id = i.tenant_id and c.invoice_id = i.id and c.credit_date <= $2::date), 0)
        as residual
    from erp.invoices i
    where i.tenant_id = $1 and i.status <> 'DRAFT' and i.invoice_date <= $2::date
  )
  select customer_id as "customerId", currency,
    coalesce(sum(residual) filter (where days_past_due < 0), 0)::text as "notDue",
    coalesce(sum(residual) filter (where days_past_due between 0 and 30), 0)::text as "days0To30",
    coalesce(sum(residual) filter (where days_past_due between 31 and 60), 0)::text as "days31To60",
    coalesce(sum(residual) filter (where days_past_due between 61 and 90), 0)::text as "days61To90",
    coalesce(sum(residual) filter (where days_past_due > 90), 0)::text as "over90",
    sum(residual)::text as total
  from open_invoices where residual > 0
  group by grouping sets ((customer_id, currency), (currency))
  order by customer_id nulls first, currency`;

/** The tenant's receivables ageing as of `asOf` (today, UTC, when omitted). */
export async function receivablesAgeing(
  ctx: SubgraphContext,
  args: { asOf?: string | null },
): Promise<ReceivablesAgeingModel> {
  const tenantId = tenantOf(ctx);
  const asOf = args.asOf == null ? todayUtc() : dateArgument(args.asOf, 'asOf');
  const rows: AgeingRow[] = await ctx.db.run((manager) => manager.query(AGEING_SQL, [tenantId, asOf]));
  const view = (row: AgeingRow): AgeingBucketsModel => ({
    asOf,
    customerId: row.customerId,
    notDue: toMoney(row.notDue, row.currency),
    days0To30: toMoney(row.days0To30, row.currency),
    days31To60: toMoney(row.days31To60, row.currency),
    days61To90: toMoney(row.days61To90, row.currency),
    over90: toMoney(row.over90, row.currency),
    total: toMoney(row.total, row.currency),
  });
  return {
    asOf,
    customers: rows.filter((row) => row.customerId !== null).map(view),
    totals: rows.filter((row) => row.customerId === null).map(view),
  };
}
