import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { DataTable } from './DataTable';
import { formatPeriodStart, type Period, periodStarts, type Point } from './figures';
import { Panel } from './Panel';

export interface Series {
  /** Its label in the legend, tooltip and table. */
  label: string;
  points: readonly Point[];
  /** An exact value as the reader sees it. */
  format: (value: string) => string;
}

export const SERIES_COLOURS = ['#4f46e5', '#0d9488', '#d97706', '#db2777', '#2563eb'];

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/**
 * Series of one window, a value per period: a bar (amounts, counts; a period without a point is 0)
 * or a line (rates; a period without one is a gap) per series, and the exact points as a table.
 */
export function TimeSeriesChart({
  title,
  window,
  series,
  kind,
  empty,
  axisFormat = (value) => compact.format(value),
}: {
  title: string;
  window: { period: Period; from: string; to: string };
  series: readonly Series[];
  kind: 'bar' | 'line';
  empty: string;
  axisFormat?: (value: number) => string;
}) {
  const starts = periodStarts(window.from, window.to, window.period);
  const valueAt = (line: Series, start: string) => line.points.find((point) => point.start === start)?.value;
  const rows = starts.map((start) => ({
    label: formatPeriodStart(start, window.period),
    ...Object.fromEntries(
      series.map((line, index) => {
        const value = valueAt(line, start);
        return [`s${index}`, value === undefined ? (kind === 'bar' ? 0 : null) : Number(value)];
      }),
    ),
  }));
  const withPoints = starts.filter((start) => series.some((line) => valueAt(line, start) !== undefined));
  const Chart = kind === 'bar' ? BarChart : LineChart;

  return (
    <Panel title={title}>
      {withPoints.length === 0 ? (
        <p className="py-10 text-center text-sm text-slate-500">{empty}</p>
      ) : (
        <>
          <div aria-hidden="true" className="h-56">
            <ResponsiveContainer width="100%" height="100%">
              <Chart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={8} />
                <YAxis
                  tick={{ fontSize: 11 }}
                  width={48}
                  tickFormatter={axisFormat}
                  allowDecimals={kind === 'line'}
                />
                <Tooltip
                  formatter={(value, _name, item) => {
                    const line = series[Number(String(item.dataKey).slice(1))];
                    return value === null || value === undefined || !line ? '—' : line.format(String(value));
                  }}
                />
                {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
                {series.map((line, index) =>
                  kind === 'bar' ? (
                    <Bar
                      key={line.label}
                      dataKey={`s${index}`}
                      name={line.label}
                      fill={SERIES_COLOURS[index % SERIES_COLOURS.length]}
                      isAnimationActive={false}
                    />
                  ) : (
                    <Line
                      key={line.label}
                      dataKey={`s${index}`}
                      name={line.label}
                      stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
                      strokeWidth={2}
                      dot
                      isAnimationActive={false}
                    />
                  ),
                )}
              </Chart>
            </ResponsiveContainer>
          </div>
          <DataTable
            caption={title}
            columns={[
              window.period === 'MONTH' ? 'Month' : 'Period from',
              ...series.map((line) => line.label),
            ]}
            rows={withPoints.map((start) => ({
              key: start,
              cells: [
                formatPeriodStart(start, window.period),
                ...series.map((line) => {
                  const value = valueAt(line, start);
                  return value === undefined ? '—' : line.format(value);
                }),
              ],
            }))}
          />
        </>
      )}
    </Panel>
  );
}
