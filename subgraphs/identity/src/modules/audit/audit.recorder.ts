import type { SubgraphContext } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import type { AuditDetails, AuditEventType, AuditTarget } from './audit-event.types';

/**
 * What a module says about a security event. Every field but `type` has a default drawn from the
 * request: the tenant the request transaction acts in now, the signed-in caller as actor, and the
 * client address, user agent and request id of the gateway's signed context.
 */
export interface AuditEventInput {
  type: AuditEventType;
  /** The tenant whose log receives the event; by default the one the request transaction is bound to. */
  tenantId?: string;
  /** Who acted: by default the signed-in caller; null when nobody is known (a failed sign-in). */
  actorUserId?: string | null;
  /** What the event was about (the member whose role changed, the key revoked, ...). */
  target?: AuditTarget | null;
  /** Facts worth keeping: ids, names, roles, reasons. Never a secret, token, password or code. */
  details?: AuditDetails;
}

// A details key naming a credential is a bug in the caller: refused loudly rather than stored.
const CREDENTIAL_WORDS = new Set([
  'secret',
  'secrets',
  'password',
  'passphrase',
  'token',
  'tokens',
  'otp',
  'totp',
]);

/** `recoveryCodes`, `session_token`, `secret`, `code`: words of a camelCase or snake_case key. */
function namesCredential(key: string): boolean {
  const words = key
    .split(/(?=[A-Z])|[^A-Za-z0-9]+/)
    .map((word) => word.toLowerCase())
    .filter(Boolean);
  const last = words[words.length - 1];
  return words.some((word) => CREDENTIAL_WORDS.has(word)) || last === 'code' || last === 'codes';
}

const MAX_DETAILS_BYTES = 4_096;
const MAX_USER_AGENT = 512;

/** The details as stored JSON; throws for a key naming a credential or past 4 KB (a bug, not input). */
export function checkAuditDetails(type: string, details: AuditDetails): string {
  const secretKeys = Object.keys(details).filter(namesCredential);
  if (secretKeys.length > 0) {
    throw new Error(`Audit event ${type} must not carry credentials (details ${secretKeys.join(', ')})`);
  }
  const json = JSON.stringify(details);
  if (Buffer.byteLength(json) > MAX_DETAILS_BYTES) {
    throw new Error(`Audit event ${type} has details over ${MAX_DETAILS_BYTES} bytes`);
  }
  return json;
}

/**
 * Inserts one event with `manager`, whose transaction must be bound to `event.tenantId` (row-level
 * security refuses any other tenant). For work that already holds a transaction, e.g. inside
 * `ctx.autonomous.run`; modules usually call `recordAuditEvent` or `recordAuditEventAutonomously`.
 */
export async function insertAuditEvent(
  manager: EntityManager,
  ctx: SubgraphContext,
  event: AuditEventInput & { tenantId: string },
): Promise<void> {
  const details = checkAuditDetails(event.type, event.details ?? {});
  const actor = event.actorUserId === undefined ? ctx.caller.userId : event.actorUserId;
  const userAgent = ctx.caller.userAgent?.slice(0, MAX_USER_AGENT) ?? null;
  await manager.query(
    `insert into identity.audit_events
       (tenant_id, type, actor_user_id, target_type, target_id, client_address, user_agent, request_id, details)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)`,
    [
      event.tenantId,
      event.type,
      actor,
      event.target?.type ?? null,
      event.target?.id ?? null,
      ctx.caller.clientAddress ?? null,
      userAgent,
      ctx.caller.requestId,
      details,
    ],
  );
}

function boundTenant(ctx: SubgraphContext, event: AuditEventInput): string {
  const bound = ctx.db.currentActor.tenantId;
  const tenantId = event.tenantId ?? bound;
  if (!tenantId) throw new Error(`Audit event ${event.type} has no tenant: bind the request to one first`);
  if (tenantId !== bound) {
    throw new Error(
      `Audit event ${event.type} is for tenant ${tenantId} but the request acts in ${bound ?? 'none'}; ` +
        'use recordAuditEventAutonomously or bind the transaction first',
    );
  }
  return tenantId;
}

/**
 * Records a security event in the request's transaction: it commits with the change it describes, or
 * not at all (a role change that rolls back leaves no "role changed" row). The transaction must be
 * bound to the event's tenant, which it is in any tenant-scoped resolver.
 *
 * For other modules (the API keys' `API_KEY_CREATED` / `API_KEY_REVOKED`, say):
 *
 *     await recordAuditEvent(ctx, { type: 'API_KEY_REVOKED', target: { type: 'API_KEY', id }, details: { prefix } });
 */
export async function recordAuditEvent(ctx: SubgraphContext, event: AuditEventInput): Promise<void> {
  const tenantId = boundTenant(ctx, event);
  await ctx.db.run((manager) => insertAuditEvent(manager, ctx, { ...event, tenantId }));
}

/**
 * Records a security event in its own transaction (`ctx.autonomous`), committed whatever becomes
 * of the request: for failures, whose request may roll back (a wrong password or code answered in
 * a document that also carries a failing field must still be on record).
 */
export async function recordAuditEventAutonomously(
  ctx: SubgraphContext,
  event: AuditEventInput & { tenantId: string },
): Promise<void> {
  await ctx.autonomous.run(async (manager) => {
    // Transaction-local, like every binding: the row must pass the tenant policy of its own tenant.
    await manager.query(`select set_config('app.tenant_id', $1, true)`, [event.tenantId]);
    await insertAuditEvent(manager, ctx, event);
  });
}
