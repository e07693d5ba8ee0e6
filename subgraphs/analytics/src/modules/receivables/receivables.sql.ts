/**
 * Each invoice analytics knows as posted on or before `asOf`, with what was still open that day
 * (total minus the payments and credit notes dated up to it) and its days past the DUE date: the
 * same definition as erp's `receivablesAgeing`. `$1` is the tenant; `asOf` a SQL date expression.
 */
export function openReceivablesSql(asOf: string): string {
  return `
    select r.currency, (${asOf} - r.due_date) as days_past_due,
      r.total - coalesce((select sum(s.amount) from analytics.receivable_settlements s
                          where s.tenant_id = r.tenant_id and s.invoice_id = r.invoice_id
                            and s.settled_on <= ${asOf}), 0) as residual
    from analytics.receivables r
    where r.tenant_id = $1 and r.invoice_date <= ${asOf}`;
}

/** The open residuals summed per currency into erp's buckets; `asOf` as for `openReceivablesSql`. */
export function ageingByCurrencySql(asOf: string): string {
  return `
    select currency, count(*)::int as "openInvoices",
      coalesce(sum(residual) filter (where days_past_due < 0), 0)::numeric(14, 2)::text as "notDue",
      coalesce(sum(residual) filter (where days_past_due between 0 and 30), 0)::numeric(14, 2)::text as "days0To30",
      coalesce(sum(residual) filter (where days_past_due between 31 and 60), 0)::numeric(14, 2)::text as "days31To60",
      coalesce(sum(residual) filter (where days_past_due between 61 and 90), 0)::numeric(14, 2)::text as "days61To90",
      coalesce(sum(residual) filter (where days_past_due > 90), 0)::numeric(14, 2)::text as "over90",
      coalesce(sum(residual) filter (where days_past_due >= 0), 0)::numeric(14, 2)::text as overdue,
      sum(residual)::text as total
    from (${openReceivablesSql(asOf)}) open_invoices where residual > 0
    group by currency order by currency`;
}

/** RECEIVABLES as a metric's points: what is open today (UTC), per currency, due or not. */
export const OPEN_RECEIVABLES_METRIC_SQL = `
  select null as start, null as key, currency, sum(residual)::text as value
  from (${openReceivablesSql(`(now() at time zone 'UTC')::date`)}) open_invoices
  where residual > 0
  group by currency order by currency`;

/** OVERDUE_RECEIVABLES as a metric's points: what is past due today (UTC), per currency. */
export const OVERDUE_METRIC_SQL = `
  select null as start, null as key, currency, sum(residual)::text as value
  from (${openReceivablesSql(`(now() at time zone 'UTC')::date`)}) open_invoices
  where residual > 0 and days_past_due >= 0
  group by currency order by currency`;
