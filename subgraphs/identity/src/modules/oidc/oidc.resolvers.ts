import type { Resolvers } from '../../__generated__/resolvers-types';
import { identityRuntime } from '../../identity-runtime';
import { completeOidcLogin, startOidcLogin } from './oidc-login.service';

export const oidcResolvers: Resolvers = {
  Query: {
    signInProviders: () =>
      identityRuntime().config.OIDC_PROVIDERS.map((provider) => ({
        id: provider.id,
        name: provider.name ?? provider.id.charAt(0).toUpperCase() + provider.id.slice(1),
      })),
  },
  Mutation: {
    startOidcLogin: (_parent, { input }, ctx) => startOidcLogin(ctx, input),
    completeOidcLogin: (_parent, { input }, ctx) => completeOidcLogin(ctx, input),
  },
};
