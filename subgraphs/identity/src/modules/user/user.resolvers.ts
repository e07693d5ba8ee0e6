import type { Resolvers } from '../../__generated__/resolvers-types';
import { memberUserById } from './user.loaders';

export const userResolvers: Resolvers = {
  User: {
    // The kit has already required a tenant (User is @tenantScoped); the loader joins memberships so a
    // user outside the caller's tenant resolves to null.
    __resolveReference: (reference, ctx) => memberUserById(ctx).load(reference.id),
    createdAt: (user) => user.createdAt.toISOString(),
  },
  SessionUser: {
    createdAt: (user) => user.createdAt.toISOString(),
  },
};
