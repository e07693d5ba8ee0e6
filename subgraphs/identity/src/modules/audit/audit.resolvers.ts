import { tenantOf } from '@nexora/kit';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { memberUserById } from '../user/user.loaders';
import { listAuditEvents } from './audit.service';

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: (_parent, args, ctx) => listAuditEvents(ctx, tenantOf(ctx), args),
  },
  AuditEvent: {
    occurredAt: (event) => event.occurredAt.toISOString(),
    actorId: (event) => event.actorUserId,
    // Null once the actor has left the tenant: the loader only resolves members of the caller's tenant.
    actor: (event, _args, ctx) => (event.actorUserId ? memberUserById(ctx).load(event.actorUserId) : null),
    target: (event) =>
      event.targetType && event.targetId ? { type: event.targetType, id: event.targetId } : null,
    details: (event) => JSON.stringify(event.details),
  },
};
