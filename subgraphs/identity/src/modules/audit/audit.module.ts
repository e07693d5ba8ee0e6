import { defineModule } from '@nexora/kit';
import { AuditEventEntity } from './audit-event.entity';
import { auditResolvers } from './audit.resolvers';

/**
 * The security audit log: sign-ins, MFA changes, role changes, invitations, revoked sessions and API
 * keys, per tenant. Other modules write to it with `recordAuditEvent` (audit.recorder.ts).
 */
export default defineModule({
  name: 'audit',
  resolvers: auditResolvers,
  entities: [AuditEventEntity],
  mappers: { AuditEvent: './audit-event.types#AuditEventRecord' },
  permissions: [
    {
      name: 'identity.audit:read',
      description: 'Read the tenant’s security audit log (sign-ins, MFA, roles, invitations, API keys)',
      grantedTo: ['admin'],
    },
  ],
});
