import { emitEvent, isUuid, userError, type SubgraphContext, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { findUserByEmail, insertUser, type UserWithPassword } from '../auth/auth.service';
import { checkEmail, checkName, checkPassword } from '../auth/credentials.validation';
import { markLoginSucceeded, reserveLoginAttempt } from '../auth/login-throttle';
import { passwordHasher } from '../auth/password-hasher';
import { withActor } from '../auth/request-actor';
import { recordAuditEvent } from '../audit/audit.recorder';
import { mfaEnabledFor } from '../mfa/mfa-factor.store';
import { assertCanGrant, currentPermissions, findMemberAccess, findRole } from '../role/role.service';
import { issueSession, refused, type SessionResult } from '../session/session.service';
import { randomToken, tokenHash } from '../session/token-hash';
import type { UserEntity } from '../user/user.entity';
import { InvitationEntity } from './invitation.entity';

export const INVITATION_TTL_DAYS = 7;

const INVITATION_COLUMNS = `id, tenant_id as "tenantId", email, role, invited_by as "invitedBy", expires_at as "expiresAt",
  accepted_at as "acceptedAt", accepted_by as "acceptedBy", revoked_at as "revokedAt", created_at as "createdAt"`;

/**
 * Invitation tokens read `<tenantId>.<32 random bytes, base64url>`. The tenant part is not secret; it
 * lets acceptance bind the transaction to that tenant so row-level security stays on while the
 * invitation is looked up by the hash of the whole token.
 */
function parseInvitationToken(token: string): { tenantId: string } | null {
  const [tenantId, secret, ...rest] = token.trim().split('.');
  if (rest.length > 0 || !tenantId || !isUuid(tenantId) || !secret || !/^[A-Za-z0-9_-]{43}$/.test(secret)) {
    return null;
  }
  return { tenantId: tenantId.toLowerCase() };
}

export interface InviteMemberInput {
  email: string;
  role: string;
}

export type InviteMemberResult = {
  invitation: InvitationEntity | null;
  invitationToken: string | null;
  userErrors: UserError[];
};

function inviteRefused(code: string, message: string, field: string[]): InviteMemberResult {
  return { invitation: null, invitationToken: null, userErrors: [userError(code, message, field)] };
}

export async function inviteMember(
  ctx: SubgraphContext,
  tenantId: string,
  input: InviteMemberInput,
): Promise<InviteMemberResult> {
  const email = checkEmail(input.email, ['input', 'email']);
  if (!email.ok) return { invitation: null, invitationToken: null, userErrors: email.errors };
  return ctx.db.run(async (manager) => {
    const role = await findRole(manager, tenantId, input.role);
    if (!role) return inviteRefused('UNKNOWN_ROLE', `There is no role "${input.role}".`, ['input', 'role']);
    assertCanGrant(await currentPermissions(manager, ctx, tenantId, 'identity.member:invite'), role);
    const members: unknown[] = await manager.query(
      `select 1 from identity.memberships m join identity.users u on u.id = m.user_id where m.tenant_id = $1 and u.email = $2`,
      [tenantId, email.value],
    );
    if (members.length > 0) {
      return inviteRefused('ALREADY_MEMBER', 'This person is already a member.', ['input', 'email']);
    }

    // Only the newest invitation for an address stays valid.
    await manager.query(
      `update identity.invitations set revoked_at = now()
       where tenant_id = $1 and email = $2 and accepted_at is null and revoked_at is null`,
      [tenantId, email.value],
    );
    const token = `${tenantId}.${randomToken()}`;
    const rows: InvitationEntity[] = await manager.query(
      `insert into identity.invitations (tenant_id, email, role, token_hash, invited_by, expires_at)
       values ($1, $2, $3, $4, $5, now() + make_interval(days => $6))
       returning ${INVITATION_COLUMNS}`,
      [tenantId, email.value, role.name, tokenHash(token), ctx.caller.userId, INVITATION_TTL_DAYS],
    );
    await recordAuditEvent(ctx, {
      type: 'MEMBER_INVITED',
      target: { type: 'INVITATION', id: rows[0].id },
      details: { email: email.value, role: role.name },
    });
    return {
      invitation: Object.assign(new InvitationEntity(), rows[0]),
      invitationToken: token,
      userErrors: [],
    };
  });
}

export interface AcceptInvitationInput {
  token: string;
  password?: string | null;
  name?: string | null;
}

const TOKEN_FIELD = ['input', 'token'];

/** Who accepts: an existing account proven by the signed-in caller or its password, or a new account. */
async function acceptingAccount(
  ctx: SubgraphContext,
  manager: EntityManager,
  invitation: { email: string; existing: UserWithPassword | null },
  input: AcceptInvitationInput,
): Promise<{ user: UserEntity; attemptId: string | null } | { account: null; result: SessionResult }> {
  const { email, existing } = invitation;
  if (existing) {
    if (ctx.caller.userId === existing.user.id) return { user: existing.user, attemptId: null };
    if (!input.password) {
      return {
        account: null,
        result: refused(
          'AUTHENTICATION_REQUIRED',
          'This invitation is for an existing account: sign in as that account or enter its password.',
          ['input', 'password'],
        ),
      };
    }
    // A password is half of such an account's sign-in: it signs in (with its code) and accepts signed in.
    if (await mfaEnabledFor(ctx, existing.user.id)) {
      return {
        account: null,
        result: refused(
          'MFA_REQUIRED',
          'This account uses two-factor sign-in: sign in first, then accept the invitation while signed in.',
          ['input', 'password'],
        ),
      };
    }
    // A password check like login's, so invitations cannot be used to bypass the throttle.
    // ctx.autonomous, not a second connection of the request pool: this runs inside the request transaction.
    const attemptId = await reserveLoginAttempt(ctx, email);
    if (!(await passwordHasher.verify(existing.passwordHash, input.password))) {
      return {
        account: null,
        result: refused('INVALID_CREDENTIALS', 'Invalid email or password.', ['input', 'password']),
      };
    }
    return { user: existing.user, attemptId };
  }

  const name = checkName(input.name ?? '', ['input', 'name'], 'Name');
  const userErrors = [
    ...(input.password
      ? checkPassword(input.password, ['input', 'password'])
      : [userError('REQUIRED', 'Choose a password.', ['input', 'password'])]),
    ...(name.ok ? [] : name.errors),
  ];
  if (!name.ok || !input.password || userErrors.length > 0) {
    return { account: null, result: { session: null, userErrors } };
  }
  const user = await insertUser(manager, {
    email,
    name: name.value,
    passwordHash: await passwordHasher.hash(input.password),
  });
  if (!user) {
    return {
      account: null,
      result: refused(
        'EMAIL_TAKEN',
        'An account with this e-mail address was just created; try again.',
        TOKEN_FIELD,
      ),
    };
  }
  return { user, attemptId: null };
}

/** See the SDL of `acceptInvitation` for the rules. Every check runs before the first write. */
export async function acceptInvitation(
  ctx: SubgraphContext,
  input: AcceptInvitationInput,
): Promise<SessionResult> {
  const parsed = parseInvitationToken(input.token);
  if (!parsed) return refused('INVALID_INVITATION', 'This invitation is not valid.', TOKEN_FIELD);
  const { tenantId } = parsed;

  return withActor(ctx, { tenantId, userId: ctx.caller.userId }, async (manager) => {
    const rows: Array<InvitationEntity & { expired: boolean }> = await manager.query(
      `select ${INVITATION_COLUMNS}, expires_at <= now() as expired
       from identity.invitations where tenant_id = $1 and token_hash = $2 for update`,
      [tenantId, tokenHash(input.token.trim())],
    );
    const invitation = rows[0];
    if (!invitation || invitation.revokedAt) {
      return refused('INVALID_INVITATION', 'This invitation is not valid.', TOKEN_FIELD);
    }
    if (invitation.acceptedAt) {
      return refused('INVITATION_USED', 'This invitation has already been accepted.', TOKEN_FIELD);
    }
    if (invitation.expired) {
      return refused('INVITATION_EXPIRED', 'This invitation has expired; ask for a new one.', TOKEN_FIELD);
    }
    const role = await findRole(manager, tenantId, invitation.role);
    if (!role) {
      return refused('INVALID_INVITATION', 'The role of this invitation no longer exists.', TOKEN_FIELD);
    }

    const existing = await findUserByEmail(manager, invitation.email);
    if (existing && (await findMemberAccess(manager, tenantId, existing.user.id))) {
      return refused('ALREADY_MEMBER', 'This account is already a member of the tenant.', TOKEN_FIELD);
    }
    const accepting = await acceptingAccount(ctx, manager, { email: invitation.email, existing }, input);
    if ('account' in accepting) return accepting.result;
    const { user, attemptId } = accepting;

    await manager.query(`insert into identity.memberships (tenant_id, user_id, role) values ($1, $2, $3)`, [
      tenantId,
      user.id,
      role.name,
    ]);
    await manager.query(
      `update identity.invitations set accepted_at = now(), accepted_by = $2 where id = $1`,
      [invitation.id, user.id],
    );
    if (attemptId) await markLoginSucceeded(manager, attemptId);
    const access = await findMemberAccess(manager, tenantId, user.id);
    if (!access) throw new Error('The membership just created is not visible');
    await emitEvent(ctx, 'identity.member.joined', { tenantId, userId: user.id, role: role.name });
    await recordAuditEvent(ctx, {
      type: 'MEMBER_JOINED',
      actorUserId: user.id,
      target: { type: 'USER', id: user.id },
      details: { role: role.name, via: 'invitation', invitationId: invitation.id },
    });
    return { session: await issueSession(manager, { user, tenantId, access }), userErrors: [] };
  });
}
