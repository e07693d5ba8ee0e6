import { graphql } from '../__generated__';

/**
 * One KPI as the dashboard shows it. `id`, `period`, `from` and `to` are its cache key (cache.ts:
 * one window of one KPI), so a `metricUpdated` event selecting the same fields replaces the card's
 * figures in place.
 */
export const KpiFields = graphql(`
  fragment KpiFields on Metric {
    id
    period
    from
    to
    points {
      start
      key
      currency
      value
    }
  }
`);

/**
 * The whole page in one request. No `period`/`from`/`to` arguments: `metricUpdated` publishes each
 * metric over its default window (analytics' `Metric.__resolveReference`), and only the default
 * window shares its cache key. The pipelines name the stages PIPELINE_VALUE is broken down by.
 */
export const DashboardQuery = graphql(`
  query Dashboard {
    revenue: metric(name: REVENUE) {
      ...KpiFields
    }
    receivables: metric(name: RECEIVABLES) {
      ...KpiFields
    }
    pipelineValue: metric(name: PIPELINE_VALUE) {
      ...KpiFields
    }
    weightedForecast: metric(name: WEIGHTED_FORECAST) {
      ...KpiFields
    }
    winRate: metric(name: WIN_RATE) {
      ...KpiFields
    }
    newDeals: metric(name: NEW_DEALS) {
      ...KpiFields
    }
    newLeads: metric(name: NEW_LEADS) {
      ...KpiFields
    }
    pipelines {
      id
      name
      stages {
        id
        name
      }
    }
  }
`);

/** Every KPI the page shows, recomputed over its default window each time it changes. */
export const DashboardMetricUpdated = graphql(`
  subscription DashboardMetricUpdated {
    metricUpdated(
      names: [REVENUE, RECEIVABLES, PIPELINE_VALUE, WEIGHTED_FORECAST, WIN_RATE, NEW_DEALS, NEW_LEADS]
    ) {
      ...KpiFields
    }
  }
`);
