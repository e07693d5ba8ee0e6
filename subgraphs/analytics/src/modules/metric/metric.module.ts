import { defineModule } from '@nexora/kit';
import { metricResolvers } from './metric.resolvers';

/** Per-tenant KPIs over the read models, their live updates, and the figures added to companies and users. */
export default defineModule({
  name: 'metric',
  resolvers: metricResolvers,
  mappers: {
    Metric: './metric.service#MetricModel',
    Company: './metric.models#CompanyReference',
    User: './metric.models#UserReference',
  },
  permissions: [
    {
      name: 'analytics.metric:read',
      description: 'See KPIs, lifetime values and sales figures',
      grantedTo: ['admin', 'member', 'viewer'],
    },
  ],
});
