import { tenantOf } from '@nexora/kit';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { userById } from '../user/user.loaders';
import { acceptInvitation, inviteMember } from './invitation.service';

export const invitationResolvers: Resolvers = {
  Mutation: {
    inviteMember: (_parent, { input }, ctx) => inviteMember(ctx, tenantOf(ctx), input),
    acceptInvitation: (_parent, { input }, ctx) => acceptInvitation(ctx, input),
  },
  Invitation: {
    invitedBy: (invitation, _args, ctx) =>
      invitation.invitedBy ? userById(ctx).load(invitation.invitedBy) : null,
    expiresAt: (invitation) => invitation.expiresAt.toISOString(),
    acceptedAt: (invitation) => invitation.acceptedAt?.toISOString() ?? null,
    createdAt: (invitation) => invitation.createdAt.toISOString(),
  },
};
