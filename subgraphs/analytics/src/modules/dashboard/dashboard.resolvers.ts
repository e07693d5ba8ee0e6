import type { Resolvers } from '../../__generated__/resolvers-types';
import { isUuid } from '@nexora/kit';
import {
  createDashboard,
  dashboardLoader,
  deleteDashboard,
  listDashboards,
  updateDashboard,
} from './dashboard.service';

export const dashboardResolvers: Resolvers = {
  Query: {
    dashboard: (_root, { id }, ctx) => (isUuid(id) ? dashboardLoader(ctx).load(id.toLowerCase()) : null),
    dashboards: (_root, args, ctx) => listDashboards(ctx, args),
  },
  Mutation: {
    createDashboard: (_root, { input }, ctx) => createDashboard(ctx, input),
    updateDashboard: (_root, { input }, ctx) => updateDashboard(ctx, input),
    deleteDashboard: (_root, { id }, ctx) => deleteDashboard(ctx, id),
  },
  Dashboard: {
    __resolveReference: (reference, ctx) =>
      isUuid(reference.id) ? dashboardLoader(ctx).load(reference.id.toLowerCase()) : null,
    createdBy: (dashboard) => (dashboard.createdBy ? { id: dashboard.createdBy } : null),
    createdAt: (dashboard) => dashboard.createdAt.toISOString(),
    updatedAt: (dashboard) => dashboard.updatedAt.toISOString(),
  },
};
