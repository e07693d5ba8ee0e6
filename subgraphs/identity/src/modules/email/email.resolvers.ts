import type { Resolvers } from '../../__generated__/resolvers-types';
import { verifyEmail } from './email-verification.service';
import { requestPasswordReset, resetPassword } from './password-reset.service';

export const emailResolvers: Resolvers = {
  Mutation: {
    verifyEmail: (_parent, { input }, ctx) => verifyEmail(ctx, input.token),
    requestPasswordReset: (_parent, { input }, ctx) => requestPasswordReset(ctx, input.email),
    resetPassword: (_parent, { input }, ctx) => resetPassword(ctx, input),
  },
};
