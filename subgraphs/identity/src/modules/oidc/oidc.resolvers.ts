import type { Resolvers } from '../../__generated__/resolvers-types';
import { completeOidcLogin, startOidcLogin } from './oidc-login.service';

export const oidcResolvers: Resolvers = {
  Mutation: {
    startOidcLogin: (_parent, { input }, ctx) => startOidcLogin(ctx, input),
    completeOidcLogin: (_parent, { input }, ctx) => completeOidcLogin(ctx, input),
  },
};
