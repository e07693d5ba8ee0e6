import { type SubgraphContext, tenantOf } from '@nexora/kit';
import { parseIsoDate } from '../metric/metric.service';
import { todayUtc } from './receivables.apply';
import { ageingByCurrencySql } from './receivables.sql';

interface Money {
  amount: string;
  currency: string;
}

interface AgeingRow {
  currency: string;
  openInvoices: number;
  notDue: string;
  days0To30: string;
  days31To60: string;
  days61To90: string;
  over90: string;
  overdue: string;
  total: string;
}

export interface AgeingBucketsModel {
  currency: string;
  openInvoices: number;
  notDue: Money;
  days0To30: Money;
  days31To60: Money;
  days61To90: Money;
  over90: Money;
  overdue: Money;
  total: Money;
}

export interface ReceivablesAgeingSummaryModel {
  asOf: string;
  currencies: AgeingBucketsModel[];
}

const MONEY_FIELDS = [
  'notDue',
  'days0To30',
  'days31To60',
  'days61To90',
  'over90',
  'overdue',
  'total',
] as const;

function bucketsOf(row: AgeingRow): AgeingBucketsModel {
  const money = (field: (typeof MONEY_FIELDS)[number]) => ({ amount: row[field], currency: row.currency });
  return {
    currency: row.currency,
    openInvoices: row.openInvoices,
    ...(Object.fromEntries(MONEY_FIELDS.map((field) => [field, money(field)])) as Record<
      (typeof MONEY_FIELDS)[number],
      Money
    >),
  };
}

/**
 * The tenant's open receivables as of `asOf` (today, UTC, by default), per currency in erp's
 * buckets, from analytics' own read model: one statement.
 */
export async function receivablesAgeingSummary(
  ctx: SubgraphContext,
  asOf?: string | null,
): Promise<ReceivablesAgeingSummaryModel> {
  const tenantId = tenantOf(ctx);
  const day = asOf == null ? todayUtc() : asOf;
  if (asOf != null) parseIsoDate(asOf, 'asOf');
  const rows: AgeingRow[] = await ctx.db.run((manager) =>
    manager.query(ageingByCurrencySql('$2::date'), [tenantId, day]),
  );
  return { asOf: day, currencies: rows.map(bucketsOf) };
}
