import type { Resolvers } from '../../__generated__/resolvers-types';
import { identityRuntime } from '../../identity-runtime';
import { completeOidcLogin, startOidcLogin } from './oidc-login.service';
import { providerDisplayName } from './provider-registry';

export const oidcResolvers: Resolvers = {
  Query: {
    signInProviders: () =>
      identityRuntime().config.OIDC_PROVIDERS.map((provider) => ({
        id: provider.id,
        name: providerDisplayName(provider),
      })),
  },
  Mutation: {
    startOidcLogin: (_parent, { input }, ctx) => startOidcLogin(ctx, input),
    completeOidcLogin: (_parent, { input }, ctx) => completeOidcLogin(ctx, input),
  },
};
