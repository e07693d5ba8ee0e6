import { badUserInput, forbidden, type SubgraphContext, tenantOf } from '@nexora/kit';
import { OPEN_RECEIVABLES_METRIC_SQL, OVERDUE_METRIC_SQL } from '../receivables/receivables.sql';
import { STOCK_VALUE_METRIC_SQL } from '../stock-value/stock-value.sql';

export const METRIC_NAMES = [
  'REVENUE',
  'RECEIVABLES',
  'PIPELINE_VALUE',
  'WEIGHTED_FORECAST',
  'WIN_RATE',
  'NEW_DEALS',
  'NEW_LEADS',
  'OVERDUE_RECEIVABLES',
  'STOCK_VALUE',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];
export type MetricPeriod = 'DAY' | 'WEEK' | 'MONTH';

export interface MetricPoint {
  start: string | null;
  key: string | null;
  currency: string | null;
  value: string;
}

export interface MetricModel {
  id: MetricName;
  name: MetricName;
  period: MetricPeriod;
  from: string;
  to: string;
  points: MetricPoint[];
}

export function isMetricName(value: string): value is MetricName {
  return (METRIC_NAMES as readonly string[]).includes(value);
}

/** Metrics measured now: they ignore the window. */
const MEASURED_NOW: ReadonlySet<MetricName> = new Set([
  'RECEIVABLES',
  'PIPELINE_VALUE',
  'WEIGHTED_FORECAST',
  'OVERDUE_RECEIVABLES',
  'STOCK_VALUE',
]);

/**
 * Metrics that need a permission beyond `analytics.metric:read`: stock value is erp's
 * `erp.valuation:read` figure, which viewers do not see there either.
 */
const NARROWER_PERMISSION: Partial<Record<MetricName, string>> = { STOCK_VALUE: 'analytics.valuation:read' };

/** Whether the caller may see `name` (every metric needs `analytics.metric:read` on top). */
export function maySeeMetric(ctx: SubgraphContext, name: MetricName): boolean {
  const permission = NARROWER_PERMISSION[name];
  return permission === undefined || ctx.caller.permissions.includes(permission);
}

const MAX_PERIODS = 400;
const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_SPAN_DAYS: Record<MetricPeriod, number> = { DAY: 31, WEEK: 7 * 12, MONTH: 366 };
const PERIOD_DAYS: Record<MetricPeriod, number> = { DAY: 1, WEEK: 7, MONTH: 28 };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO calendar date (`2027-01-31`) as UTC midnight in ms, or BAD_USER_INPUT naming `field`. */
export function parseIsoDate(value: string, field: string): number {
  const time = ISO_DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value)
    throw badUserInput(`"${field}" must be an ISO date such as "2027-01-31".`, field);
  return time;
}

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The window asked for, checked: `from` not after `to`, at most MAX_PERIODS periods. */
function windowOf(
  period: MetricPeriod,
  from?: string | null,
  to?: string | null,
): { from: number; to: number } {
  const today = Date.parse(`${isoDate(Date.now())}T00:00:00Z`);
  const end = to ? parseIsoDate(to, 'to') : today;
  const start = from ? parseIsoDate(from, 'from') : end - (DEFAULT_SPAN_DAYS[period] - 1) * DAY_MS;
  if (start > end) throw badUserInput('"from" must not be after "to".', 'from');
  if ((end - start) / DAY_MS / PERIOD_DAYS[period] > MAX_PERIODS)
    throw badUserInput(
      `The window spans more than ${MAX_PERIODS} periods; narrow it or use a longer period.`,
      'from',
    );
  return { from: start, to: end };
}

const TRUNC: Record<MetricPeriod, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

/** Per period (UTC) of `column`, within [from, to + 1 day). Constants only in the SQL text. */
function bucket(column: string, period: MetricPeriod): string {
  return `to_char(date_trunc('${TRUNC[period]}', ${column} at time zone 'UTC'), 'YYYY-MM-DD')`;
}

/**
 * A KPI of the caller's tenant, computed from the read models in one statement. Time series are
 * bucketed by `period` within the window; "now" metrics (RECEIVABLES, PIPELINE_VALUE,
 * WEIGHTED_FORECAST, OVERDUE_RECEIVABLES, STOCK_VALUE) ignore the window and report the current
 * state. A metric needing a narrower permission the caller lacks is FORBIDDEN.
 */
export async function computeMetric(
  ctx: SubgraphContext,
  name: MetricName,
  period: MetricPeriod = 'MONTH',
  from?: string | null,
  to?: string | null,
): Promise<MetricModel> {
  if (!maySeeMetric(ctx, name))
    throw forbidden(`The ${name} metric requires the "${NARROWER_PERMISSION[name]}" permission.`);
  const window = windowOf(period, from, to);
  const params = [tenantOf(ctx), new Date(window.from), new Date(window.to + DAY_MS)];
  const inWindow = (column: string) => `${column} >= $2 and ${column} < $3`;
  const sql: Record<MetricName, string> = {
    REVENUE: `select ${bucket('posted_at', period)} as start, null as key, currency, sum(total)::text as value
      from analytics.invoices where tenant_id = $1 and posted_at is not null and ${inWindow('posted_at')}
      group by 1, currency order by 1, currency`,
    RECEIVABLES: OPEN_RECEIVABLES_METRIC_SQL,
    PIPELINE_VALUE: `select null as start, stage_id::text as key, currency, sum(amount)::text as value
      from analytics.deals where tenant_id = $1 and status = 'OPEN' and amount is not null
      group by stage_id, currency order by stage_id, currency`,
    WEIGHTED_FORECAST: `select null as start, null as key, currency,
        round(sum(amount * win_probability) / 100, 2)::text as value
      from analytics.deals where tenant_id = $1 and status = 'OPEN' and amount is not null
      group by currency order by currency`,
    WIN_RATE: `select ${bucket('closed_at', period)} as start, null as key, null as currency,
        round(count(*) filter (where status = 'WON')::numeric / count(*), 4)::text as value
      from analytics.deals where tenant_id = $1 and status in ('WON', 'LOST') and ${inWindow('closed_at')}
      group by 1 order by 1`,
    NEW_DEALS: `select ${bucket('created_at', period)} as start, null as key, null as currency, count(*)::text as value
      from analytics.deals where tenant_id = $1 and ${inWindow('created_at')} group by 1 order by 1`,
    NEW_LEADS: `select ${bucket('created_at', period)} as start, null as key, null as currency, count(*)::text as value
      from analytics.leads where tenant_id = $1 and ${inWindow('created_at')} group by 1 order by 1`,
    OVERDUE_RECEIVABLES: OVERDUE_METRIC_SQL,
    STOCK_VALUE: STOCK_VALUE_METRIC_SQL,
  };
  const measuredNow = MEASURED_NOW.has(name);
  const points: MetricPoint[] = await ctx.db.run((manager) =>
    manager.query(sql[name], measuredNow ? params.slice(0, 1) : params),
  );
  return { id: name, name, period, from: isoDate(window.from), to: isoDate(window.to), points };
}

/** Posted invoice totals of each company, per currency, in one statement for many companies. */
export async function lifetimeValues(
  ctx: SubgraphContext,
  companyIds: readonly string[],
): Promise<Array<Array<{ amount: string; currency: string }>>> {
  const rows: Array<{ customerId: string; amount: string; currency: string }> = await ctx.db.run((manager) =>
    manager.query(
      `select customer_id as "customerId", sum(total)::text as amount, currency from analytics.invoices
       where tenant_id = $1 and customer_id = any($2::uuid[]) and posted_at is not null
       group by customer_id, currency order by currency`,
      [tenantOf(ctx), [...companyIds]],
    ),
  );
  return companyIds.map((id) =>
    rows.filter((row) => row.customerId === id).map(({ amount, currency }) => ({ amount, currency })),
  );
}

/** Deals won this month (UTC) per owner, in one statement for many users. */
export async function wonThisMonth(ctx: SubgraphContext, userIds: readonly string[]): Promise<number[]> {
  const rows: Array<{ ownerId: string; count: number }> = await ctx.db.run((manager) =>
    manager.query(
      `select owner_id as "ownerId", count(*)::int as count from analytics.deals
       where tenant_id = $1 and owner_id = any($2::uuid[]) and status = 'WON'
         and closed_at >= date_trunc('month', now() at time zone 'UTC') at time zone 'UTC'
       group by owner_id`,
      [tenantOf(ctx), [...userIds]],
    ),
  );
  const counts = new Map(rows.map((row) => [row.ownerId, row.count]));
  return userIds.map((id) => counts.get(id) ?? 0);
}
