import { tenantOf } from '@nexora/kit';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { tenantById } from '../tenant/tenant.loaders';
import { userById } from '../user/user.loaders';
import { assignRole, listMembers } from './membership.service';

export const membershipResolvers: Resolvers = {
  Query: {
    members: (_parent, args, ctx) => listMembers(ctx, tenantOf(ctx), args),
  },
  Mutation: {
    assignRole: (_parent, { input }, ctx) => assignRole(ctx, tenantOf(ctx), input),
  },
  Membership: {
    user: async (membership, _args, ctx) => {
      const user = await userById(ctx).load(membership.userId);
      if (!user) throw new Error(`User ${membership.userId} of membership ${membership.id} is missing`);
      return user;
    },
    tenant: async (membership, _args, ctx) => {
      const tenant = await tenantById(ctx).load(membership.tenantId);
      if (!tenant) throw new Error(`Tenant ${membership.tenantId} of membership ${membership.id} is missing`);
      return tenant;
    },
    createdAt: (membership) => membership.createdAt.toISOString(),
  },
};
