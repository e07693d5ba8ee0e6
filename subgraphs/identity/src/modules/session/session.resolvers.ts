import type { Resolvers } from '../../__generated__/resolvers-types';
import { logout, refreshSession } from './session.service';

export const sessionResolvers: Resolvers = {
  Mutation: {
    refreshSession: (_parent, { input }, ctx) => refreshSession(ctx, input.refreshToken),
    logout: (_parent, { input }, ctx) => logout(ctx, input.refreshToken),
  },
  AuthSession: {
    tokenType: () => 'Bearer',
    accessTokenExpiresAt: (session) => session.accessTokenExpiresAt.toISOString(),
    refreshTokenExpiresAt: (session) => session.refreshTokenExpiresAt.toISOString(),
  },
};
