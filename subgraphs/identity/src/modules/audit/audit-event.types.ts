/**
 * The catalogue of security events the audit log records (the GraphQL enum `AuditEventType` names
 * the same values). Stored as the name itself in `identity.audit_events.type`.
 */
export const AUDIT_EVENT_TYPES = [
  'LOGIN_SUCCEEDED',
  'LOGIN_FAILED',
  'MFA_ENABLED',
  'MFA_DISABLED',
  'MFA_RECOVERY_CODE_USED',
  'MFA_RECOVERY_CODES_REGENERATED',
  'MFA_CODE_REJECTED',
  'ROLE_CHANGED',
  'ROLE_CREATED',
  'MEMBER_INVITED',
  'MEMBER_JOINED',
  'SESSION_REVOKED',
  'API_KEY_CREATED',
  'API_KEY_REVOKED',
  'PASSWORD_RESET',
] as const;

export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

/** What an event was done to; the id is that thing's UUID. */
export type AuditTargetType = 'USER' | 'INVITATION' | 'ROLE' | 'API_KEY';

export interface AuditTarget {
  type: AuditTargetType;
  id: string;
}

/** Flat facts about an event, e.g. `{ from: 'member', to: 'admin' }`; never a secret (see `checkDetails`). */
export type AuditDetails = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/** One stored event, as the API shows it. */
export interface AuditEventRecord {
  id: string;
  tenantId: string;
  type: AuditEventType;
  occurredAt: Date;
  actorUserId: string | null;
  targetType: AuditTargetType | null;
  targetId: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}
