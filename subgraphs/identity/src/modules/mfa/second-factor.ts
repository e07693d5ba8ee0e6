import { userError, type SubgraphContext, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { identityRuntime } from '../../identity-runtime';
import { insertAuditEvent, recordAuditEventAutonomously } from '../audit/audit.recorder';
import { reserveLoginAttempt } from '../auth/login-throttle';
import type { StoredFactor } from './mfa-factor.store';
import { mfaKeys } from './mfa-keys';
import { openSecret } from './mfa-secret-box';
import { normalizeRecoveryCode, recoveryCodeHash } from './recovery-codes';
import { matchingTimeStep, normalizeTotpCode } from './totp';

/** What proves the second factor: a current TOTP code or an unused recovery code. */
export interface MfaProof {
  code?: string | null;
  recoveryCode?: string | null;
}

export type SecondFactorMethod = 'TOTP' | 'RECOVERY_CODE';

/** Why the code is asked for: signing in, or changing MFA itself (named in audit events). */
export type SecondFactorPurpose = 'login' | 'confirm-enrolment' | 'disable' | 'regenerate-recovery-codes';

export type SecondFactorResult =
  { ok: true; method: SecondFactorMethod; attemptId: string } | { ok: false; error: UserError };

export interface SecondFactorCheck {
  user: { id: string; email: string };
  factor: StoredFactor;
  proof: MfaProof;
  purpose: SecondFactorPurpose;
  /** Recovery codes are refused (enrolment is confirmed with the app's code only). */
  totpOnly?: boolean;
  /**
   * What is spent together with the code, in the same transaction (completeMfaLogin's challenge):
   * `check` locks and checks it first (a userError refuses, and the code stays unspent), `spend`
   * runs once the code is spent.
   */
  alongside?: {
    check(manager: EntityManager): Promise<UserError | null>;
    spend(manager: EntityManager): Promise<void>;
  };
}

const CODE_FIELD = ['input', 'code'];
const RECOVERY_FIELD = ['input', 'recoveryCode'];

const refusals = {
  required: () =>
    userError(
      'MFA_CODE_REQUIRED',
      'Enter the code from your authenticator app or one recovery code.',
      CODE_FIELD,
    ),
  invalid: () =>
    userError(
      'MFA_CODE_INVALID',
      'This code is not right. Enter the code your authenticator app shows now.',
      CODE_FIELD,
    ),
  reused: () =>
    userError(
      'MFA_CODE_REUSED',
      'This code has already been used. Wait for the next one and enter it.',
      CODE_FIELD,
    ),
  recoveryInvalid: () =>
    userError('MFA_RECOVERY_CODE_INVALID', 'This recovery code is not right.', RECOVERY_FIELD),
  recoveryUsed: () =>
    userError(
      'MFA_RECOVERY_CODE_USED',
      'This recovery code has already been used; each works once.',
      RECOVERY_FIELD,
    ),
};

type Spent = { ok: true } | { ok: false; error: UserError; counted: boolean };

/** Records a refused code where it survives the request (a failing field must not erase it). */
async function recordRefusal(
  ctx: SubgraphContext,
  check: SecondFactorCheck,
  error: UserError,
): Promise<void> {
  const tenantId = ctx.db.currentActor.tenantId;
  if (!tenantId) return;
  const signingIn = check.purpose === 'login';
  await recordAuditEventAutonomously(ctx, {
    type: signingIn ? 'LOGIN_FAILED' : 'MFA_CODE_REJECTED',
    tenantId,
    // Nobody is signed in yet during a sign-in; the account is the target either way.
    actorUserId: signingIn ? null : check.user.id,
    target: { type: 'USER', id: check.user.id },
    details: signingIn
      ? { reason: error.code, stage: 'mfa' }
      : { reason: error.code, purpose: check.purpose },
  });
}

/** Spends a TOTP step: only a step later than the last one used passes (one use per code). */
async function spendTimeStep(manager: EntityManager, userId: string, step: number): Promise<boolean> {
  const [rows]: [unknown[], number] = await manager.query(
    `update identity.mfa_factors set last_used_step = $2
     where user_id = $1 and (last_used_step is null or last_used_step < $2) returning user_id`,
    [userId, step],
  );
  return rows.length === 1;
}

/** Spends a recovery code, or says why it cannot be spent. */
async function spendRecoveryCode(
  manager: EntityManager,
  userId: string,
  hash: string,
): Promise<UserError | null> {
  const [rows]: [unknown[], number] = await manager.query(
    `update identity.mfa_recovery_codes set used_at = now()
     where user_id = $1 and code_hash = $2 and used_at is null returning id`,
    [userId, hash],
  );
  if (rows.length === 1) return null;
  const used: unknown[] = await manager.query(
    `select 1 from identity.mfa_recovery_codes where user_id = $1 and code_hash = $2`,
    [userId, hash],
  );
  return used.length > 0 ? refusals.recoveryUsed() : refusals.recoveryInvalid();
}

/**
 * Checks a second factor and spends it. The order is the login throttle's: a malformed code is
 * refused for free (it cannot be right); otherwise an attempt is reserved first
 * (`reserveLoginAttempt`: TOO_MANY_REQUESTS past the limits, nothing computed), so every wrong code
 * counts like a wrong password and six digits cannot be brute-forced.
 *
 * A right code is spent in an autonomous transaction, committed whatever the request does next:
 * the step of a TOTP code (the factor keeps the last step used; that step and earlier ones are
 * refused, MFA_CODE_REUSED) or the recovery code (MFA_RECOVERY_CODE_USED afterwards). Spending in
 * the request's transaction would let a document with a failing field roll the spending back and
 * use the same code again. Both spends are single statements whose WHERE is the check, so two
 * concurrent requests with one code cannot both pass. The caller marks the attempt succeeded.
 */
export async function checkSecondFactor(
  ctx: SubgraphContext,
  check: SecondFactorCheck,
): Promise<SecondFactorResult> {
  const { user, factor, proof } = check;
  const given = [proof.code, proof.recoveryCode].filter((value) => value != null && value.trim() !== '');
  if (given.length !== 1 || (check.totpOnly && !proof.code)) return { ok: false, error: refusals.required() };

  const keys = mfaKeys(identityRuntime().config.MFA_ENCRYPTION_KEY);
  const code = proof.code ? normalizeTotpCode(proof.code) : null;
  const recoveryCode = proof.recoveryCode ? normalizeRecoveryCode(proof.recoveryCode) : null;
  if (proof.code && !code) return { ok: false, error: refusals.invalid() };
  if (proof.recoveryCode && !recoveryCode) return { ok: false, error: refusals.recoveryInvalid() };

  const attemptId = await reserveLoginAttempt(ctx, user.email);
  let step: number | null = null;
  if (code) {
    step = await matchingTimeStep(openSecret(factor.secretCiphertext, user.id, keys), code);
    const refusal =
      step === null
        ? refusals.invalid()
        : factor.lastUsedStep !== null && step <= factor.lastUsedStep
          ? refusals.reused()
          : null;
    if (refusal) {
      await recordRefusal(ctx, check, refusal);
      return { ok: false, error: refusal };
    }
  }

  const spent = await ctx.autonomous.run(async (manager): Promise<Spent> => {
    const blocked = check.alongside ? await check.alongside.check(manager) : null;
    if (blocked) return { ok: false, error: blocked, counted: false };
    if (step !== null) {
      if (!(await spendTimeStep(manager, user.id, step)))
        return { ok: false, error: refusals.reused(), counted: true };
      await check.alongside?.spend(manager);
      return { ok: true };
    }
    const refusal = await spendRecoveryCode(
      manager,
      user.id,
      recoveryCodeHash(recoveryCode!, user.id, keys.recoveryCodeKey),
    );
    if (refusal) return { ok: false, error: refusal, counted: true };
    await check.alongside?.spend(manager);
    const tenantId = ctx.db.currentActor.tenantId;
    if (tenantId) {
      const [{ remaining }]: Array<{ remaining: number }> = await manager.query(
        `select count(*)::int as remaining from identity.mfa_recovery_codes where user_id = $1 and used_at is null`,
        [user.id],
      );
      // Spent whatever becomes of the request, so it is on record whatever becomes of it too.
      await insertAuditEvent(manager, ctx, {
        type: 'MFA_RECOVERY_CODE_USED',
        tenantId,
        actorUserId: user.id,
        target: { type: 'USER', id: user.id },
        details: { purpose: check.purpose, remaining },
      });
    }
    return { ok: true };
  });
  if (!spent.ok) {
    if (spent.counted) await recordRefusal(ctx, check, spent.error);
    return { ok: false, error: spent.error };
  }
  return { ok: true, method: step !== null ? 'TOTP' : 'RECOVERY_CODE', attemptId };
}
