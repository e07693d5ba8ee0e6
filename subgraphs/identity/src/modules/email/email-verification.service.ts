import type { SubgraphContext } from '@nexora/kit';
import { identityRuntime } from '../../identity-runtime';
import { createAccount, findUserByEmail } from '../auth/auth.service';
import { refused, type SessionResult } from '../session/session.service';
import { randomToken, tokenHash } from '../session/token-hash';
import { mailAfterCommit } from './mailer';

export interface PendingSignUp {
  email: string;
  name: string;
  tenantName: string;
  passwordHash: string;
}

/**
 * The EMAIL_VERIFICATION=required half of `signUp`. A new address gets a verification mail with a
 * single-use token; an address that already has an account gets a warning mail instead and nothing
 * is stored. Both cost one argon2 hash (done by the caller) and answer the same.
 */
export async function startSignUpVerification(ctx: SubgraphContext, pending: PendingSignUp): Promise<void> {
  const { config } = identityRuntime();
  const manager = await ctx.db.manager();
  const { WEB_APP_URL: web, EMAIL_TOKEN_TTL_MINUTES: ttl } = config;
  if (await findUserByEmail(manager, pending.email)) {
    mailAfterCommit(ctx, {
      to: pending.email,
      subject: 'Someone tried to sign up with your address',
      text:
        `Someone (maybe you) tried to create a Nexora account with ${pending.email}, which already has one.\n\n` +
        `Sign in at ${web}/, or reset your password at ${web}/#/reset-password.\n` +
        'If it was not you, you can ignore this mail: nothing was changed.',
    });
    return;
  }
  const token = randomToken();
  await manager.query(
    `insert into identity.pending_sign_ups (email, name, tenant_name, password_hash, token_hash, expires_at)
     values ($1, $2, $3, $4, $5, now() + make_interval(mins => $6))`,
    [pending.email, pending.name, pending.tenantName, pending.passwordHash, tokenHash(token), ttl],
  );
  mailAfterCommit(ctx, {
    to: pending.email,
    subject: 'Confirm your e-mail address',
    text:
      `Confirm your address to finish creating your Nexora account:\n\n` +
      `${web}/#/verify-email?token=${token}\n\n` +
      `The link works once, within ${ttl} minutes. If you did not sign up, ignore this mail.`,
  });
}

const invalidToken = () =>
  refused(
    'INVALID_VERIFICATION_TOKEN',
    'This verification link is invalid, expired or already used; sign up again.',
    ['input', 'token'],
  );

/**
 * Consumes a verification token and creates the account, its tenant and a session. The token is
 * marked used in the same statement that checks it, so two concurrent uses make one account.
 */
export async function verifyEmail(ctx: SubgraphContext, token: string): Promise<SessionResult> {
  const manager = await ctx.db.manager();
  const rows: Array<PendingSignUp> = await manager.query(
    // A select around the update: TypeORM returns [rows, count] for a bare UPDATE ... RETURNING.
    `with used as (
       update identity.pending_sign_ups set used_at = now()
       where token_hash = $1 and used_at is null and expires_at > now()
       returning email, name, tenant_name, password_hash
     ) select email, name, tenant_name as "tenantName", password_hash as "passwordHash" from used`,
    [tokenHash(token)],
  );
  const pending = rows[0];
  if (!pending) return invalidToken();
  // Other pending sign-ups of the address stop working: the address now has its account.
  await manager.query(
    `update identity.pending_sign_ups set used_at = now() where email = $1 and used_at is null`,
    [pending.email],
  );
  const result = await createAccount(ctx, pending);
  // The account was made from the link mailed to its address: the address is proven.
  if (result.session) {
    await manager.query(`update identity.users set email_verified_at = now() where email = $1`, [
      pending.email,
    ]);
  }
  return result;
}
