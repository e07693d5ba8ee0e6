import { defineModule } from '@nexora/kit';
import { dashboardResolvers } from './dashboard.resolvers';

/** Saved dashboards: a named grid of widgets, each a metric over a period. */
export default defineModule({
  name: 'dashboard',
  resolvers: dashboardResolvers,
  mappers: { Dashboard: './dashboard.service#DashboardRow' },
  permissions: [
    {
      name: 'analytics.dashboard:read',
      description: 'See saved dashboards',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'analytics.dashboard:write',
      description: 'Create, change and delete dashboards',
      grantedTo: ['admin', 'member'],
    },
  ],
});
