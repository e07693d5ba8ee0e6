import type { Resolvers } from '../../__generated__/resolvers-types';
import { completeMfaLogin } from './mfa-login.service';
import {
  confirmMfaEnrolment,
  disableMfa,
  mfaStatus,
  regenerateRecoveryCodes,
  startMfaEnrolment,
} from './mfa.service';

export const mfaResolvers: Resolvers = {
  Mutation: {
    startMfaEnrolment: (_parent, _args, ctx) => startMfaEnrolment(ctx),
    confirmMfaEnrolment: (_parent, { input }, ctx) => confirmMfaEnrolment(ctx, input),
    disableMfa: (_parent, { input }, ctx) => disableMfa(ctx, input),
    regenerateRecoveryCodes: (_parent, { input }, ctx) => regenerateRecoveryCodes(ctx, input),
    completeMfaLogin: (_parent, { input }, ctx) => completeMfaLogin(ctx, input),
  },
  Viewer: {
    mfa: (viewer, _args, ctx) => mfaStatus(ctx, viewer.userId),
  },
};
