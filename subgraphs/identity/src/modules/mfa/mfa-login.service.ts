import { isUuid, userError, type SubgraphContext, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { identityRuntime } from '../../identity-runtime';
import { recordAuditEvent } from '../audit/audit.recorder';
import { markLoginSucceeded } from '../auth/login-throttle';
import { withActor } from '../auth/request-actor';
import { findMemberAccess } from '../role/role.service';
import { issueSession, refused, type SessionResult } from '../session/session.service';
import { randomToken, tokenHash } from '../session/token-hash';
import { UserEntity } from '../user/user.entity';
import { readFactor, type StoredFactor } from './mfa-factor.store';
import { checkSecondFactor, type MfaProof } from './second-factor';

/** What `login` answers when the password was right and the account uses MFA. */
export interface MfaChallengeModel {
  token: string;
  expiresAt: string;
}

/** `login`'s result: a session, or (MFA) a challenge to complete, or userErrors. */
export type LoginResult = SessionResult & { mfaChallenge?: MfaChallengeModel | null };

const TOKEN_FIELD = ['input', 'challengeToken'];

/**
 * Challenge tokens read `<user id>.<32 random bytes, base64url>`. The user part is not secret (only
 * someone who knew the password gets one); it lets completion bind the transaction to the account
 * so row-level security stays on while the challenge is found by the hash of the whole token.
 */
function parseChallengeToken(token: string): { userId: string } | null {
  const [userId, secret, ...rest] = token.trim().split('.');
  if (rest.length > 0 || !userId || !isUuid(userId) || !secret || !/^[A-Za-z0-9_-]{43}$/.test(secret))
    return null;
  return { userId: userId.toLowerCase() };
}

/**
 * Called by `login` once the password matched, in its transaction bound to the account and tenant:
 * a challenge when the account has MFA on (no session yet), null when it does not. Stored as the
 * token's SHA-256, spent by the first completion, expiring after MFA_CHALLENGE_TTL_SECONDS.
 */
export async function mfaChallengeFor(
  manager: EntityManager,
  account: { userId: string; tenantId: string },
): Promise<MfaChallengeModel | null> {
  const factor = await readFactor(manager, account.userId);
  if (!factor?.enabledAt) return null;
  const token = `${account.userId}.${randomToken()}`;
  // Challenges expired a day ago have no further use (until then a spent one still answers MFA_CHALLENGE_USED).
  await manager.query(
    `delete from identity.mfa_challenges where user_id = $1 and expires_at < now() - interval '1 day'`,
    [account.userId],
  );
  const [row]: Array<{ expiresAt: Date }> = await manager.query(
    `insert into identity.mfa_challenges (user_id, session_tenant_id, token_hash, expires_at)
     values ($1, $2, $3, now() + make_interval(secs => $4)) returning expires_at as "expiresAt"`,
    [account.userId, account.tenantId, tokenHash(token), identityRuntime().config.MFA_CHALLENGE_TTL_SECONDS],
  );
  return { token, expiresAt: row.expiresAt.toISOString() };
}

interface PendingChallenge {
  id: string;
  sessionTenantId: string;
  expired: boolean;
  usedAt: Date | null;
}

const challengeInvalid = () =>
  userError('MFA_CHALLENGE_INVALID', 'This sign-in step is not valid; sign in again.', TOKEN_FIELD);
const challengeExpired = () =>
  userError('MFA_CHALLENGE_EXPIRED', 'This sign-in step has expired; sign in again.', TOKEN_FIELD);
const challengeUsed = () =>
  userError(
    'MFA_CHALLENGE_USED',
    'This sign-in step has already been completed; sign in again.',
    TOKEN_FIELD,
  );

function challengeRefusal(challenge: Pick<PendingChallenge, 'expired' | 'usedAt'>): UserError | null {
  if (challenge.usedAt) return challengeUsed();
  if (challenge.expired) return challengeExpired();
  return null;
}

const CHALLENGE_COLUMNS = `id, session_tenant_id as "sessionTenantId", expires_at <= now() as expired, used_at as "usedAt"`;

/** The challenge, the account and its factor, read as the account (row-level security on user). */
async function findChallenge(
  ctx: SubgraphContext,
  userId: string,
  token: string,
): Promise<{ challenge: PendingChallenge; user: UserEntity; factor: StoredFactor | null } | null> {
  return withActor(ctx, { tenantId: null, userId }, async (manager) => {
    const rows: PendingChallenge[] = await manager.query(
      `select ${CHALLENGE_COLUMNS} from identity.mfa_challenges where user_id = $1 and token_hash = $2`,
      [userId, tokenHash(token)],
    );
    if (!rows[0]) return null;
    const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: userId });
    return { challenge: rows[0], user, factor: await readFactor(manager, userId) };
  });
}

/**
 * The second step of a sign-in with MFA; see the SDL of `completeMfaLogin`. The challenge is spent in
 * the same autonomous transaction as the code (locked there, so two completions cannot both win);
 * the session is issued in the request's transaction, bound to the challenge's tenant.
 */
export async function completeMfaLogin(
  ctx: SubgraphContext,
  input: { challengeToken: string } & MfaProof,
): Promise<LoginResult> {
  const parsed = parseChallengeToken(input.challengeToken);
  if (!parsed) return { session: null, userErrors: [challengeInvalid()] };
  const found = await findChallenge(ctx, parsed.userId, input.challengeToken.trim());
  if (!found) return { session: null, userErrors: [challengeInvalid()] };
  const { challenge, user, factor } = found;
  const early = challengeRefusal(challenge);
  if (early) return { session: null, userErrors: [early] };
  // MFA turned off since the password step: that step no longer stands for a sign-in.
  if (!factor?.enabledAt) return { session: null, userErrors: [challengeInvalid()] };

  const tenantId = challenge.sessionTenantId;
  return withActor(ctx, { tenantId, userId: user.id }, async (manager): Promise<SessionResult> => {
    const checked = await checkSecondFactor(ctx, {
      user,
      factor,
      proof: input,
      purpose: 'login',
      alongside: {
        check: async (autonomous) => {
          const [locked]: PendingChallenge[] = await autonomous.query(
            `select ${CHALLENGE_COLUMNS} from identity.mfa_challenges where id = $1 for update`,
            [challenge.id],
          );
          return locked ? challengeRefusal(locked) : challengeInvalid();
        },
        spend: async (autonomous) => {
          await autonomous.query(`update identity.mfa_challenges set used_at = now() where id = $1`, [
            challenge.id,
          ]);
        },
      },
    });
    if (!checked.ok) return { session: null, userErrors: [checked.error] };
    const access = await findMemberAccess(manager, tenantId, user.id);
    if (!access) return refused('NOT_A_MEMBER', 'You are no longer a member of this tenant.', TOKEN_FIELD);
    await markLoginSucceeded(manager, checked.attemptId);
    await recordAuditEvent(ctx, {
      type: 'LOGIN_SUCCEEDED',
      actorUserId: user.id,
      target: { type: 'USER', id: user.id },
      details: { method: checked.method === 'TOTP' ? 'password+totp' : 'password+recovery_code' },
    });
    return { session: await issueSession(manager, { user, tenantId, access }), userErrors: [] };
  });
}
