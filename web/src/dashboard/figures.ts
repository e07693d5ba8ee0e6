/**
 * The arithmetic and wording of the dashboard's figures. Metric values are exact decimal strings;
 * sums stay exact (BigInt in the smallest unit of the longest fraction), only charts get numbers.
 */

export type Period = 'DAY' | 'WEEK' | 'MONTH';

export interface Point {
  start?: string | null;
  key?: string | null;
  currency?: string | null;
  value: string;
}

/** Exact sum of decimal strings ("12.50" + "0.25" = "12.75"), keeping the longest fraction. */
export function sumDecimals(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map((value) => value.split('.')[1]?.length ?? 0));
  const units = (value: string) => {
    const negative = value.startsWith('-');
    const [whole, fraction = ''] = value.replace(/^[-+]/, '').split('.');
    const digits = BigInt(`${whole || '0'}${fraction.padEnd(scale, '0')}`);
    return negative ? -digits : digits;
  };
  const total = values.reduce((sum, value) => sum + units(value), 0n);
  const sign = total < 0n ? '-' : '';
  const digits = (total < 0n ? -total : total).toString().padStart(scale + 1, '0');
  return scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** Money points summed per currency, currencies in alphabetical order. */
export function totalsByCurrency(points: readonly Point[]): Array<{ amount: string; currency: string }> {
  const byCurrency = new Map<string, string[]>();
  for (const point of points) {
    if (!point.currency) continue;
    byCurrency.set(point.currency, [...(byCurrency.get(point.currency) ?? []), point.value]);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, values]) => ({ currency, amount: sumDecimals(values) }));
}

/** The currencies of a metric's points, alphabetical. */
export function currenciesOf(points: readonly Point[]): string[] {
  return [...new Set(points.flatMap((point) => (point.currency ? [point.currency] : [])))].sort();
}

/** A fraction (WIN_RATE's "0.6667") as a percentage ("66.67%"). */
export function formatPercent(fraction: string): string {
  return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 }).format(
    Number(fraction),
  );
}

/** A whole count ("1234") with the reader's digit grouping. */
export function formatCount(count: string): string {
  return new Intl.NumberFormat().format(Number(count));
}

/**
 * An ISO date ("2026-12-04") as the reader writes dates. Read in UTC: a date-only string is a UTC
 * midnight, and in a zone west of UTC the local reading would be the day before.
 */
export function formatDay(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** The label of a period starting on `iso`: "Dec 2026" for a month, the first day otherwise. */
export function formatPeriodStart(iso: string, period: Period): string {
  if (period !== 'MONTH') return formatDay(iso);
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

export const PERIOD_WORDS: Record<Period, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The start of the period containing `iso`, as analytics buckets it (UTC; weeks start on Monday). */
function periodStartOf(iso: string, period: Period): number {
  const time = Date.parse(`${iso}T00:00:00Z`);
  const date = new Date(time);
  if (period === 'MONTH') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  if (period === 'WEEK') return time - ((date.getUTCDay() + 6) % 7) * DAY_MS;
  return time;
}

function nextPeriod(time: number, period: Period): number {
  if (period === 'DAY') return time + DAY_MS;
  if (period === 'WEEK') return time + 7 * DAY_MS;
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** Every period start of a window, oldest first (a time series leaves out periods without a value). */
export function periodStarts(from: string, to: string, period: Period): string[] {
  const starts: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let time = periodStartOf(from, period); time <= end; time = nextPeriod(time, period)) {
    starts.push(isoDate(time));
  }
  return starts;
}
