import type { Resolvers } from '../../__generated__/resolvers-types';
import { isUuid } from '@nexora/kit';
import { computeMetric, isMetricName, lifetimeValues, maySeeMetric, wonThisMonth } from './metric.service';

export const metricResolvers: Resolvers = {
  Query: {
    metric: (_root, { name, period, from, to }, ctx) => computeMetric(ctx, name, period ?? 'MONTH', from, to),
  },
  Metric: {
    // The key `metricUpdated` publishes: the metric over its default window. A metric the caller may
    // not see resolves to nothing, so a subscriber to every metric simply does not receive it.
    __resolveReference: (reference, ctx) =>
      isMetricName(reference.id) && maySeeMetric(ctx, reference.id) ? computeMetric(ctx, reference.id) : null,
  },
  Company: {
    __resolveReference: (reference) => (isUuid(reference.id) ? { id: reference.id.toLowerCase() } : null),
    lifetimeValue: (company, _args, ctx) =>
      ctx.loaders
        .get<string, Array<{ amount: string; currency: string }>>('lifetimeValue', (ids) =>
          lifetimeValues(ctx, ids),
        )
        .load(company.id),
  },
  User: {
    __resolveReference: (reference) => ({ id: reference.id }),
    wonDealsThisMonth: (user, _args, ctx) =>
      isUuid(user.id)
        ? ctx.loaders.get<string, number>('wonDealsThisMonth', (ids) => wonThisMonth(ctx, ids)).load(user.id)
        : 0,
  },
};
