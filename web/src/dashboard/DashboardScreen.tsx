import { useQuery, useSubscription } from 'urql';
import { type FragmentType, getFragmentData } from '../__generated__';
import { Empty, Loading, PageHeader, Problems, formatMoney } from '../ui';
import { DashboardMetricUpdated, DashboardQuery, KpiFields } from './dashboard.documents';
import {
  formatCount,
  formatDay,
  formatPercent,
  formatPeriodStart,
  PERIOD_WORDS,
  type Point,
  sumDecimals,
  totalsByCurrency,
} from './figures';
import { KpiCard } from './KpiCard';
import { PipelineChart } from './PipelineChart';
import { TimeSeriesChart } from './TimeSeriesChart';

/** A money KPI's headline: its window's total in each currency. */
const moneyFigures = (metric: { points: readonly Point[] }) =>
  totalsByCurrency(metric.points).map(formatMoney);
/** A count KPI's headline: its window's total (none without points). */
const countFigures = (metric: { points: readonly Point[] }) =>
  metric.points.length ? [formatCount(sumDecimals(metric.points.map((point) => point.value)))] : [];

/**
 * The home screen: the tenant's KPIs as cards and charts, from one request, kept current by one
 * subscription. Each `metricUpdated` event lands in the cache under the same key as the metric the
 * query read (same default window), so cards and charts change in place without a refetch.
 */
export default function DashboardScreen() {
  const [{ data, fetching, error }] = useQuery({ query: DashboardQuery });
  const [live] = useSubscription({ query: DashboardMetricUpdated });

  if (!data) {
    return (
      <>
        <PageHeader title="Dashboard" />
        {fetching ? <Loading what="the dashboard" /> : <Problems error={error} />}
      </>
    );
  }

  const kpi = (metric: FragmentType<typeof KpiFields>) => getFragmentData(KpiFields, metric);
  const revenue = kpi(data.revenue);
  const receivables = kpi(data.receivables);
  const pipelineValue = kpi(data.pipelineValue);
  const weightedForecast = kpi(data.weightedForecast);
  const winRate = kpi(data.winRate);
  const newDeals = kpi(data.newDeals);
  const newLeads = kpi(data.newLeads);
  const window = { period: revenue.period, from: revenue.from, to: revenue.to };
  const latestWinRate = winRate.points.at(-1);

  return (
    <>
      <PageHeader title="Dashboard" />
      <p className="-mt-3 mb-4 text-sm text-slate-500">
        Per {PERIOD_WORDS[window.period]}, {formatDay(window.from)} – {formatDay(window.to)}
        {live.error && ' · Live updates are paused; reload to see the latest figures.'}
      </p>
      <Problems error={error} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <KpiCard
          title="Revenue"
          figures={moneyFigures(revenue)}
          hint="Posted invoices in this window"
          empty="No revenue yet"
        />
        <KpiCard
          title="Receivables"
          figures={moneyFigures(receivables)}
          hint="Posted, not yet paid"
          empty="Nothing to collect"
        />
        <KpiCard
          title="Pipeline value"
          figures={moneyFigures(pipelineValue)}
          hint="Open deals, all stages"
          empty="No open deals yet"
        />
        <KpiCard
          title="Weighted forecast"
          figures={moneyFigures(weightedForecast)}
          hint="Open deals × their stage’s win probability"
          empty="No open deals yet"
        />
        <KpiCard
          title="Win rate"
          figures={latestWinRate ? [formatPercent(latestWinRate.value)] : []}
          hint={
            latestWinRate?.start
              ? `Won of closed deals, ${formatPeriodStart(latestWinRate.start, winRate.period)}`
              : 'Won of closed deals'
          }
          empty="No closed deals yet"
        />
        <KpiCard
          title="New deals"
          figures={countFigures(newDeals)}
          hint="Created in this window"
          empty="No deals yet"
        />
        <KpiCard
          title="New leads"
          figures={countFigures(newLeads)}
          hint="Created in this window"
          empty="No leads yet"
        />
      </div>
      <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-2">
        <TimeSeriesChart
          title={`Revenue per ${PERIOD_WORDS[revenue.period]}`}
          window={revenue}
          kind="bar"
          empty="No revenue yet"
          series={[...new Set(revenue.points.map((point) => point.currency ?? ''))]
            .sort()
            .map((currency) => ({
              label: currency,
              points: revenue.points.filter((point) => (point.currency ?? '') === currency),
              format: (amount) => formatMoney({ amount, currency }),
            }))}
        />
        <TimeSeriesChart
          title={`New deals and leads per ${PERIOD_WORDS[newDeals.period]}`}
          window={newDeals}
          kind="bar"
          empty="No deals or leads yet"
          series={[
            { label: 'Deals', points: newDeals.points, format: formatCount },
            { label: 'Leads', points: newLeads.points, format: formatCount },
          ]}
        />
        <TimeSeriesChart
          title={`Win rate per ${PERIOD_WORDS[winRate.period]}`}
          window={winRate}
          kind="line"
          empty="No closed deals yet"
          axisFormat={(value) => formatPercent(String(value))}
          series={[{ label: 'Win rate', points: winRate.points, format: formatPercent }]}
        />
        <PipelineChart pipelines={data.pipelines} points={pipelineValue.points} empty="No open deals yet" />
      </div>
      {data.pipelines.length === 0 && <Empty>This organisation has no pipeline yet.</Empty>}
    </>
  );
}
