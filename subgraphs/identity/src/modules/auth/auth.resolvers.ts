import type { Resolvers } from '../../__generated__/resolvers-types';
import { membershipsOfUser } from '../membership/membership.service';
import { tenantById } from '../tenant/tenant.loaders';
import { userById } from '../user/user.loaders';
import { login, signUp, switchTenant } from './auth.service';
import { viewer } from './viewer.service';

export const authResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => viewer(ctx),
  },
  Mutation: {
    signUp: (_parent, { input }, ctx) => signUp(ctx, input),
    login: (_parent, { input }, ctx) => login(ctx, input),
    switchTenant: (_parent, { input }, ctx) => switchTenant(ctx, input.tenantId),
  },
  Viewer: {
    user: async (model, _args, ctx) => {
      const user = await userById(ctx).load(model.userId);
      if (!user) throw new Error(`User ${model.userId} of a live membership is missing`);
      return user;
    },
    tenant: async (model, _args, ctx) => {
      const tenant = await tenantById(ctx).load(model.tenantId);
      if (!tenant) throw new Error(`Tenant ${model.tenantId} of a live membership is missing`);
      return tenant;
    },
    memberships: (model, _args, ctx) => membershipsOfUser(ctx, model.userId),
  },
};
