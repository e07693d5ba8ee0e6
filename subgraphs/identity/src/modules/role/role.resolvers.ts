import { tenantOf } from '@nexora/kit';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { createRole, listRoles } from './role.service';

export const roleResolvers: Resolvers = {
  Query: {
    roles: (_parent, _args, ctx) => listRoles(ctx, tenantOf(ctx)),
  },
  Mutation: {
    createRole: (_parent, { input }, ctx) => createRole(ctx, tenantOf(ctx), input),
  },
  Role: {
    createdAt: (role) => role.createdAt?.toISOString() ?? null,
  },
};
