import { emitEvent, parseId, unauthenticated, type SubgraphContext, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { identityRuntime } from '../../identity-runtime';
import { recordAuditEvent } from '../audit/audit.recorder';
import { startSignUpVerification } from '../email/email-verification.service';
import { recordFailedSignIn } from '../audit/sign-in-audit';
import { mfaChallengeFor, type LoginResult } from '../mfa/mfa-login.service';
import { findMemberAccess } from '../role/role.service';
import { issueSession, refused, type SessionResult } from '../session/session.service';
import { createTenant } from '../tenant/tenant.service';
import { UserEntity } from '../user/user.entity';
import {
  checkEmail,
  checkName,
  checkPassword,
  normalizeEmail,
  PASSWORD_MAX_LENGTH,
} from './credentials.validation';
import { markLoginSucceeded, reserveLoginAttempt } from './login-throttle';
import { dummyPasswordHash, passwordHasher } from './password-hasher';
import { withActor } from './request-actor';

const USER_COLUMNS = `id, email, name, created_at as "createdAt"`;

export interface UserWithPassword {
  user: UserEntity;
  passwordHash: string;
}

export async function findUserByEmail(
  manager: EntityManager,
  email: string,
): Promise<UserWithPassword | null> {
  const rows: Array<{ id: string; email: string; name: string; createdAt: Date; passwordHash: string }> =
    await manager.query(
      `select ${USER_COLUMNS}, password_hash as "passwordHash" from identity.users where email = $1`,
      [email],
    );
  if (!rows[0]) return null;
  const { passwordHash, ...user } = rows[0];
  return { user: Object.assign(new UserEntity(), user), passwordHash };
}

/** Inserts an account; null when the e-mail was taken meanwhile (the transaction stays usable). */
export async function insertUser(
  manager: EntityManager,
  account: { email: string; name: string; passwordHash: string },
): Promise<UserEntity | null> {
  const rows: UserEntity[] = await manager.query(
    `insert into identity.users (email, name, password_hash) values ($1, $2, $3)
     on conflict (email) do nothing returning ${USER_COLUMNS}`,
    [account.email, account.name, account.passwordHash],
  );
  return rows[0] ? Object.assign(new UserEntity(), rows[0]) : null;
}

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  tenantName: string;
}

const emailTaken = () =>
  refused('EMAIL_TAKEN', 'An account with this e-mail address already exists.', ['input', 'email']);

export type SignUpResult = SessionResult & { verificationRequired: boolean };

/**
 * With EMAIL_VERIFICATION=required every well-formed sign-up answers the same (no session,
 * `verificationRequired`) and the account is made by `verifyEmail`; with `off`, at once (see email.config).
 */
export async function signUp(ctx: SubgraphContext, input: SignUpInput): Promise<SignUpResult> {
  const email = checkEmail(input.email, ['input', 'email']);
  const name = checkName(input.name, ['input', 'name'], 'Name');
  const tenantName = checkName(input.tenantName, ['input', 'tenantName'], 'Tenant name');
  const userErrors: UserError[] = [
    ...(email.ok ? [] : email.errors),
    ...checkPassword(input.password, ['input', 'password']),
    ...(name.ok ? [] : name.errors),
    ...(tenantName.ok ? [] : tenantName.errors),
  ];
  if (!email.ok || !name.ok || !tenantName.ok || userErrors.length > 0) {
    return { session: null, userErrors, verificationRequired: false };
  }

  if (identityRuntime().config.EMAIL_VERIFICATION === 'required') {
    const passwordHash = await passwordHasher.hash(input.password);
    await startSignUpVerification(ctx, {
      email: email.value,
      name: name.value,
      tenantName: tenantName.value,
      passwordHash,
    });
    return { session: null, userErrors: [], verificationRequired: true };
  }
  const manager = await ctx.db.manager();
  if (await findUserByEmail(manager, email.value)) return { ...emailTaken(), verificationRequired: false };
  const passwordHash = await passwordHasher.hash(input.password);
  const result = await createAccount(ctx, {
    email: email.value,
    name: name.value,
    tenantName: tenantName.value,
    passwordHash,
  });
  return { ...result, verificationRequired: false };
}

/**
 * Account + tenant + owner membership + session, for a sign-up whose checks passed (directly, or
 * once `verifyEmail` proved the address). Refused with EMAIL_TAKEN when the e-mail has an account.
 */
export async function createAccount(
  ctx: SubgraphContext,
  account: { email: string; name: string; tenantName: string; passwordHash: string },
): Promise<SessionResult> {
  const manager = await ctx.db.manager();
  // The user row goes first: if a concurrent sign-up took the e-mail, nothing has been written yet.
  const user = await insertUser(manager, account);
  if (!user) return emailTaken();
  const tenant = await createTenant(manager, account.tenantName);
  return withActor(ctx, { tenantId: tenant.id, userId: user.id }, async (bound) => {
    await bound.query(
      `insert into identity.memberships (tenant_id, user_id, role) values ($1, $2, 'owner')`,
      [tenant.id, user.id],
    );
    const access = await findMemberAccess(bound, tenant.id, user.id);
    if (!access) throw new Error('The owner membership just created is not visible');
    // Emitted while bound to the new tenant: the events belong to it, not to the anonymous caller.
    await emitEvent(ctx, 'identity.tenant.created', {
      tenantId: tenant.id,
      name: tenant.name,
      slug: tenant.slug,
    });
    await emitEvent(ctx, 'identity.member.joined', { tenantId: tenant.id, userId: user.id, role: 'owner' });
    await recordAuditEvent(ctx, {
      type: 'MEMBER_JOINED',
      actorUserId: user.id,
      target: { type: 'USER', id: user.id },
      details: { role: 'owner', via: 'sign-up' },
    });
    return { session: await issueSession(bound, { user, tenantId: tenant.id, access }), userErrors: [] };
  });
}

export interface LoginInput {
  email: string;
  password: string;
  tenantId?: string | null;
}

const invalidCredentials = () => refused('INVALID_CREDENTIALS', 'Invalid email or password.');

/**
 * Password sign-in, throttled per (account, client address), per address and, as a bounded backoff,
 * per account (see login-throttle). The e-mail is normalised once, here, for both the throttle and
 * the lookup. Unknown e-mail and wrong password are indistinguishable: same userError, a comparable
 * argon2 verification, and both count as failures.
 */
export async function login(ctx: SubgraphContext, input: LoginInput): Promise<LoginResult> {
  const requestedTenantId = input.tenantId == null ? null : parseId(input.tenantId, 'tenantId');
  const email = normalizeEmail(input.email);
  // No account can have such an e-mail or password, so refusing without a hash reveals nothing.
  const impossible = !checkEmail(email, []).ok || [...input.password].length > PASSWORD_MAX_LENGTH;
  if (impossible) return invalidCredentials();

  // Recorded in an autonomous transaction (ctx.autonomous), so it survives the request's rollback.
  const attemptId = await reserveLoginAttempt(ctx, email);
  const account = await ctx.db.run((manager) => findUserByEmail(manager, email));
  const matches = await passwordHasher.verify(
    account?.passwordHash ?? (await dummyPasswordHash()),
    input.password,
  );
  if (!account || !matches) {
    // An unknown e-mail belongs to no tenant, so only a known account's failure reaches a log.
    if (account) {
      await recordFailedSignIn(ctx, {
        userId: account.user.id,
        tenantId: requestedTenantId,
        reason: 'INVALID_CREDENTIALS',
      });
    }
    return invalidCredentials();
  }
  const { user } = account;

  const tenantId =
    requestedTenantId ??
    (await withActor(ctx, { tenantId: null, userId: user.id }, async (bound) => {
      // The oldest membership is the default tenant (memberships are readable by their own user).
      const rows: Array<{ tenantId: string }> = await bound.query(
        `select tenant_id as "tenantId" from identity.memberships where user_id = $1 order by created_at, id limit 1`,
        [user.id],
      );
      return rows[0]?.tenantId ?? null;
    }));
  if (!tenantId) return refused('NO_TENANT', 'This account is not a member of any tenant.');

  return withActor(ctx, { tenantId, userId: user.id }, async (bound): Promise<LoginResult> => {
    const access = await findMemberAccess(bound, tenantId, user.id);
    // Checked before any write: a sign-in that yields no session stays counted as a failed attempt.
    if (!access) {
      return refused('NOT_A_MEMBER', 'You are not a member of this tenant.', ['input', 'tenantId']);
    }
    // With MFA the password is half a sign-in: no session, and the attempt stays counted as failed
    // until completeMfaLogin succeeds, so the password alone never resets the throttle.
    const mfaChallenge = await mfaChallengeFor(bound, { userId: user.id, tenantId });
    if (mfaChallenge) return { session: null, userErrors: [], mfaChallenge };
    await markLoginSucceeded(bound, attemptId);
    await recordAuditEvent(ctx, {
      type: 'LOGIN_SUCCEEDED',
      actorUserId: user.id,
      target: { type: 'USER', id: user.id },
      details: { method: 'password' },
    });
    return { session: await issueSession(bound, { user, tenantId, access }), userErrors: [] };
  });
}

/** A new session (new token family) for another tenant of the signed-in user. */
export async function switchTenant(ctx: SubgraphContext, requestedTenantId: string): Promise<SessionResult> {
  const userId = ctx.caller.userId;
  if (!userId) throw unauthenticated('Switching tenants needs a signed-in user.');
  const tenantId = parseId(requestedTenantId, 'tenantId');
  return withActor(ctx, { tenantId, userId }, async (bound) => {
    const access = await findMemberAccess(bound, tenantId, userId);
    if (!access) return refused('FORBIDDEN', 'You are not a member of this tenant.', ['input', 'tenantId']);
    const user = await bound.getRepository(UserEntity).findOneByOrFail({ id: userId });
    return { session: await issueSession(bound, { user, tenantId, access }), userErrors: [] };
  });
}
