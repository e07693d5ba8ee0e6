import type { Resolvers } from '../../__generated__/resolvers-types';

export const tenantResolvers: Resolvers = {
  Tenant: {
    createdAt: (tenant) => tenant.createdAt.toISOString(),
  },
};
