import { randomUUID } from 'node:crypto';
import { userError, type SubgraphContext, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { identityRuntime } from '../../identity-runtime';
import { recordAuditEvent } from '../audit/audit.recorder';
import { withActor } from '../auth/request-actor';
import { findMemberAccess, type MemberAccess } from '../role/role.service';
import { TenantEntity } from '../tenant/tenant.entity';
import { UserEntity } from '../user/user.entity';
import { signAccessToken } from './access-token';
import { randomToken, tokenHash } from './token-hash';

/** A freshly issued session, as the `AuthSession` type shows it. */
export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserEntity;
  tenant: TenantEntity;
  role: string;
  permissions: string[];
}

export type SessionResult = { session: IssuedSession | null; userErrors: UserError[] };

export function refused(code: string, message: string, field?: string[]): SessionResult {
  return { session: null, userErrors: [userError(code, message, field)] };
}

/**
 * Issues an access token and a refresh token for `user` in `tenantId`. A new sign-in starts a new token
 * family; a refresh continues the family of the token it replaces.
 */
export async function issueSession(
  manager: EntityManager,
  subject: { user: UserEntity; tenantId: string; access: MemberAccess; familyId?: string },
): Promise<IssuedSession> {
  const { config, signingKey } = identityRuntime();
  const tenant = await manager.getRepository(TenantEntity).findOneByOrFail({ id: subject.tenantId });
  const refreshToken = randomToken();
  const refreshTokenExpiresAt = new Date(Date.now() + config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  await manager.query(
    `insert into identity.refresh_tokens (family_id, user_id, session_tenant_id, token_hash, expires_at)
     values ($1, $2, $3, $4, $5)`,
    [
      subject.familyId ?? randomUUID(),
      subject.user.id,
      tenant.id,
      tokenHash(refreshToken),
      refreshTokenExpiresAt,
    ],
  );
  const access = await signAccessToken(
    {
      userId: subject.user.id,
      tenantId: tenant.id,
      role: subject.access.role,
      permissions: subject.access.permissions,
    },
    signingKey,
    config,
  );
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken,
    refreshTokenExpiresAt,
    user: subject.user,
    tenant,
    role: subject.access.role,
    permissions: subject.access.permissions,
  };
}

interface RefreshTokenRow {
  id: string;
  familyId: string;
  userId: string;
  sessionTenantId: string;
  expired: boolean;
  rotatedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * Finds a refresh token and locks its family for the rest of the transaction. Every operation on a
 * family (rotate, detect reuse, revoke) takes this lock first, so a reuse that races a rotation still
 * sees, and revokes, the token that rotation created.
 */
async function lockTokenFamily(
  manager: EntityManager,
  refreshToken: string,
): Promise<RefreshTokenRow | null> {
  const hash = tokenHash(refreshToken);
  const family: Array<{ familyId: string }> = await manager.query(
    `select family_id as "familyId" from identity.refresh_tokens where token_hash = $1`,
    [hash],
  );
  if (!family[0]) return null;
  await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `nexora:refresh-family:${family[0].familyId}`,
  ]);
  const rows: RefreshTokenRow[] = await manager.query(
    `select id, family_id as "familyId", user_id as "userId", session_tenant_id as "sessionTenantId",
            expires_at <= now() as expired, rotated_at as "rotatedAt", revoked_at as "revokedAt"
     from identity.refresh_tokens where token_hash = $1`,
    [hash],
  );
  return rows[0] ?? null;
}

async function revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
  await manager.query(
    `update identity.refresh_tokens set revoked_at = now() where family_id = $1 and revoked_at is null`,
    [familyId],
  );
}

const FIELD = ['input', 'refreshToken'];

/** Rotates a refresh token: the presented one is spent, a new one of the same family is issued. */
export async function refreshSession(ctx: SubgraphContext, refreshToken: string): Promise<SessionResult> {
  const manager = await ctx.db.manager();
  const token = await lockTokenFamily(manager, refreshToken);
  if (!token) return refused('INVALID_REFRESH_TOKEN', 'This refresh token is not valid.', FIELD);
  if (token.revokedAt) {
    return refused('REFRESH_TOKEN_REVOKED', 'This session has ended; sign in again.', FIELD);
  }
  if (token.rotatedAt) {
    // A spent token came back: either the client or a thief holds a copy. Ending the whole family
    // logs both out; the legitimate user signs in again, the thief cannot. This write is the intended
    // outcome, so it commits together with the userError.
    await revokeFamily(manager, token.familyId);
    // In the log of the tenant the session acted in; nobody knows who presented the spent token.
    await withActor(ctx, { tenantId: token.sessionTenantId, userId: token.userId }, () =>
      recordAuditEvent(ctx, {
        type: 'SESSION_REVOKED',
        actorUserId: null,
        target: { type: 'USER', id: token.userId },
        details: { reason: 'REFRESH_TOKEN_REUSED', familyId: token.familyId },
      }),
    );
    ctx.logger.warn(
      { familyId: token.familyId, userId: token.userId },
      'refresh token reused; family revoked',
    );
    return refused(
      'REFRESH_TOKEN_REUSED',
      'This refresh token was already used; the session has been ended for safety.',
      FIELD,
    );
  }
  if (token.expired) {
    return refused('REFRESH_TOKEN_EXPIRED', 'This session has expired; sign in again.', FIELD);
  }

  return withActor(ctx, { tenantId: token.sessionTenantId, userId: token.userId }, async (bound) => {
    const access = await findMemberAccess(bound, token.sessionTenantId, token.userId);
    if (!access) {
      await revokeFamily(bound, token.familyId);
      return refused('NOT_A_MEMBER', 'You are no longer a member of this tenant; sign in again.', FIELD);
    }
    const user = await bound.getRepository(UserEntity).findOneByOrFail({ id: token.userId });
    await bound.query(`update identity.refresh_tokens set rotated_at = now() where id = $1`, [token.id]);
    const session = await issueSession(bound, {
      user,
      tenantId: token.sessionTenantId,
      access,
      familyId: token.familyId,
    });
    return { session, userErrors: [] };
  });
}

/** Ends the sign-in behind a refresh token: every token of its family is revoked. Idempotent. */
export async function logout(
  ctx: SubgraphContext,
  refreshToken: string,
): Promise<{ revoked: boolean; userErrors: UserError[] }> {
  const manager = await ctx.db.manager();
  const token = await lockTokenFamily(manager, refreshToken);
  if (!token) {
    return {
      revoked: false,
      userErrors: [userError('INVALID_REFRESH_TOKEN', 'This refresh token is not valid.', FIELD)],
    };
  }
  await revokeFamily(manager, token.familyId);
  return { revoked: true, userErrors: [] };
}
