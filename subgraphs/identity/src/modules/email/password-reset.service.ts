import { userError, type SubgraphContext, type UserError } from '@nexora/kit';
import { identityRuntime } from '../../identity-runtime';
import { recordAuditEvent } from '../audit/audit.recorder';
import { checkEmail, checkPassword } from '../auth/credentials.validation';
import { passwordHasher } from '../auth/password-hasher';
import { withActor } from '../auth/request-actor';
import { findUserByEmail } from '../auth/auth.service';
import { randomToken, tokenHash } from '../session/token-hash';
import { mailAfterCommit } from './mailer';

export interface ResetPasswordResult {
  ok: boolean;
  userErrors: UserError[];
}

/**
 * Mails a reset token to the account of `email`, if there is one. Answers the same either way (true),
 * so it tells nothing about which addresses have accounts; a malformed address is the only refusal.
 * A new request replaces the account's earlier unused tokens.
 */
export async function requestPasswordReset(
  ctx: SubgraphContext,
  rawEmail: string,
): Promise<{ accepted: boolean; userErrors: UserError[] }> {
  const email = checkEmail(rawEmail, ['input', 'email']);
  if (!email.ok) return { accepted: false, userErrors: email.errors };
  const { WEB_APP_URL: web, EMAIL_TOKEN_TTL_MINUTES: ttl } = identityRuntime().config;
  const manager = await ctx.db.manager();
  const account = await findUserByEmail(manager, email.value);
  if (!account) return { accepted: true, userErrors: [] };
  const token = randomToken();
  await manager.query(
    `update identity.password_resets set used_at = now() where user_id = $1 and used_at is null`,
    [account.user.id],
  );
  await manager.query(
    `insert into identity.password_resets (user_id, token_hash, expires_at)
     values ($1, $2, now() + make_interval(mins => $3))`,
    [account.user.id, tokenHash(token), ttl],
  );
  mailAfterCommit(ctx, {
    to: email.value,
    subject: 'Reset your password',
    text:
      `A password reset was requested for your Nexora account.\n\n` +
      `${web}/#/reset-password?token=${token}\n\n` +
      `The link works once, within ${ttl} minutes; it signs you out everywhere. ` +
      'If you did not ask for it, ignore this mail: your password stays as it is.',
  });
  return { accepted: true, userErrors: [] };
}

const invalidToken = (): ResetPasswordResult => ({
  ok: false,
  userErrors: [
    userError(
      'INVALID_RESET_TOKEN',
      'This reset link is invalid, expired or already used; ask for a new one.',
      ['input', 'token'],
    ),
  ],
});

/**
 * Sets a new password with a mailed token (single use: consumed by the statement that checks it),
 * revokes every refresh token of the account (every session ends at its next refresh; access tokens
 * live at most ACCESS_TOKEN_TTL_SECONDS) and records PASSWORD_RESET in each tenant of the account.
 */
export async function resetPassword(
  ctx: SubgraphContext,
  input: { token: string; newPassword: string },
): Promise<ResetPasswordResult> {
  const passwordErrors = checkPassword(input.newPassword, ['input', 'newPassword']);
  if (passwordErrors.length > 0) return { ok: false, userErrors: passwordErrors };
  const manager = await ctx.db.manager();
  const rows: Array<{ userId: string }> = await manager.query(
    // A select around the update: TypeORM returns [rows, count] for a bare UPDATE ... RETURNING.
    `with used as (
       update identity.password_resets set used_at = now()
       where token_hash = $1 and used_at is null and expires_at > now()
       returning user_id
     ) select user_id as "userId" from used`,
    [tokenHash(input.token)],
  );
  const userId = rows[0]?.userId;
  if (!userId) return invalidToken();
  const passwordHash = await passwordHasher.hash(input.newPassword);
  // The reset link was read in the account's mailbox: its address is proven from now on.
  await manager.query(
    `update identity.users set password_hash = $2, email_verified_at = coalesce(email_verified_at, now())
      where id = $1`,
    [userId, passwordHash],
  );
  await manager.query(
    `update identity.refresh_tokens set revoked_at = now() where user_id = $1 and revoked_at is null`,
    [userId],
  );
  const tenantIds = await withActor(ctx, { tenantId: null, userId }, async (bound) => {
    const memberships: Array<{ tenantId: string }> = await bound.query(
      `select tenant_id as "tenantId" from identity.memberships where user_id = $1`,
      [userId],
    );
    return memberships.map((membership) => membership.tenantId);
  });
  for (const tenantId of tenantIds) {
    await withActor(ctx, { tenantId, userId }, () =>
      recordAuditEvent(ctx, {
        type: 'PASSWORD_RESET',
        actorUserId: userId,
        target: { type: 'USER', id: userId },
        details: { via: 'e-mail' },
      }),
    );
  }
  return { ok: true, userErrors: [] };
}
