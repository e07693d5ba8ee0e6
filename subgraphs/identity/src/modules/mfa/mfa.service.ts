import { unauthenticated, userError, type SubgraphContext, type UserError } from '@nexora/kit';
import { identityRuntime } from '../../identity-runtime';
import { recordAuditEvent } from '../audit/audit.recorder';
import { markLoginSucceeded } from '../auth/login-throttle';
import {
  accountEmail,
  readFactor,
  readMfaStatus,
  replaceRecoveryCodes,
  type MfaStatusModel,
  type StoredFactor,
} from './mfa-factor.store';
import { mfaKeys } from './mfa-keys';
import { sealSecret } from './mfa-secret-box';
import { newRecoveryCodes, normalizeRecoveryCode, recoveryCodeHash } from './recovery-codes';
import { checkSecondFactor, type MfaProof, type SecondFactorPurpose } from './second-factor';
import { newTotpSecret, totpUri } from './totp';

export type StartMfaEnrolmentResult = {
  secret: string | null;
  otpauthUri: string | null;
  userErrors: UserError[];
};
export type RecoveryCodesResult = {
  recoveryCodes: string[] | null;
  mfa: MfaStatusModel | null;
  userErrors: UserError[];
};
export type DisableMfaResult = { mfa: MfaStatusModel | null; userErrors: UserError[] };

const alreadyEnabled = () =>
  userError('MFA_ALREADY_ENABLED', 'Two-factor sign-in is already on; turn it off first to enrol a new app.');
const notEnabled = () => userError('MFA_NOT_ENABLED', 'Two-factor sign-in is not on for this account.');
const notStarted = () =>
  userError(
    'MFA_ENROLMENT_NOT_STARTED',
    'Start the enrolment first (startMfaEnrolment), then enter its code.',
  );

/** The signed-in account (MFA is per account; API keys and platform calls have none). */
function signedInUser(ctx: SubgraphContext): string {
  const userId = ctx.caller.userId;
  if (!userId) throw unauthenticated('Two-factor settings belong to a signed-in user.');
  return userId;
}

export function mfaStatus(ctx: SubgraphContext, userId: string): Promise<MfaStatusModel> {
  return ctx.db.run((manager) => readMfaStatus(manager, userId));
}

/** A new pending secret, sealed at rest; starting again replaces a pending one, never an enabled one. */
export async function startMfaEnrolment(ctx: SubgraphContext): Promise<StartMfaEnrolmentResult> {
  const userId = signedInUser(ctx);
  const { config } = identityRuntime();
  return ctx.db.run(async (manager) => {
    const existing = await readFactor(manager, userId);
    if (existing?.enabledAt) return { secret: null, otpauthUri: null, userErrors: [alreadyEnabled()] };
    const secret = newTotpSecret();
    const sealed = sealSecret(secret, userId, mfaKeys(config.MFA_ENCRYPTION_KEY));
    const stored: unknown[] = await manager.query(
      `insert into identity.mfa_factors (user_id, secret_ciphertext) values ($1, $2)
       on conflict (user_id) do update set secret_ciphertext = excluded.secret_ciphertext, last_used_step = null,
         created_at = now()
       where identity.mfa_factors.enabled_at is null
       returning user_id`,
      [userId, sealed],
    );
    if (stored.length === 0) return { secret: null, otpauthUri: null, userErrors: [alreadyEnabled()] };
    const account = await accountEmail(manager, userId);
    return { secret, otpauthUri: totpUri({ issuer: config.MFA_ISSUER, account, secret }), userErrors: [] };
  });
}

/** Checks a proof for an MFA change; on success the reserved attempt is marked a success. */
async function proveForChange(
  ctx: SubgraphContext,
  userId: string,
  factor: StoredFactor,
  proof: MfaProof,
  purpose: SecondFactorPurpose,
) {
  const email = await ctx.db.run((manager) => accountEmail(manager, userId));
  const result = await checkSecondFactor(ctx, {
    user: { id: userId, email },
    factor,
    proof,
    purpose,
    totpOnly: purpose === 'confirm-enrolment',
  });
  if (result.ok) await ctx.db.run((manager) => markLoginSucceeded(manager, result.attemptId));
  return result;
}

/** Ten new codes, stored as HMACs; the plain codes leave the service only in this response. */
async function issueRecoveryCodes(ctx: SubgraphContext, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  const key = mfaKeys(identityRuntime().config.MFA_ENCRYPTION_KEY).recoveryCodeKey;
  const hashes = codes.map((code) => recoveryCodeHash(normalizeRecoveryCode(code)!, userId, key));
  await ctx.db.run((manager) => replaceRecoveryCodes(manager, userId, hashes));
  return codes;
}

export async function confirmMfaEnrolment(
  ctx: SubgraphContext,
  input: { code: string },
): Promise<RecoveryCodesResult> {
  const userId = signedInUser(ctx);
  const refused = (error: UserError): RecoveryCodesResult => ({
    recoveryCodes: null,
    mfa: null,
    userErrors: [error],
  });
  const factor = await ctx.db.run((manager) => readFactor(manager, userId));
  if (!factor) return refused(notStarted());
  if (factor.enabledAt) return refused(alreadyEnabled());
  const proof = await proveForChange(ctx, userId, factor, { code: input.code }, 'confirm-enrolment');
  if (!proof.ok) return refused(proof.error);
  // TypeORM answers an UPDATE with [rows, count].
  const [enabled]: [unknown[], number] = await ctx.db.run((manager) =>
    manager.query(
      `update identity.mfa_factors set enabled_at = now() where user_id = $1 and enabled_at is null returning user_id`,
      [userId],
    ),
  );
  if (enabled.length === 0) return refused(alreadyEnabled());
  const recoveryCodes = await issueRecoveryCodes(ctx, userId);
  await recordAuditEvent(ctx, { type: 'MFA_ENABLED', target: { type: 'USER', id: userId } });
  return { recoveryCodes, mfa: await mfaStatus(ctx, userId), userErrors: [] };
}

export async function disableMfa(ctx: SubgraphContext, proof: MfaProof): Promise<DisableMfaResult> {
  const userId = signedInUser(ctx);
  const factor = await ctx.db.run((manager) => readFactor(manager, userId));
  if (!factor?.enabledAt) return { mfa: null, userErrors: [notEnabled()] };
  const result = await proveForChange(ctx, userId, factor, proof, 'disable');
  if (!result.ok) return { mfa: null, userErrors: [result.error] };
  await ctx.db.run(async (manager) => {
    await manager.query(`delete from identity.mfa_recovery_codes where user_id = $1`, [userId]);
    await manager.query(`delete from identity.mfa_factors where user_id = $1`, [userId]);
  });
  await recordAuditEvent(ctx, {
    type: 'MFA_DISABLED',
    target: { type: 'USER', id: userId },
    details: { with: result.method },
  });
  return { mfa: await mfaStatus(ctx, userId), userErrors: [] };
}

export async function regenerateRecoveryCodes(
  ctx: SubgraphContext,
  proof: MfaProof,
): Promise<RecoveryCodesResult> {
  const userId = signedInUser(ctx);
  const factor = await ctx.db.run((manager) => readFactor(manager, userId));
  if (!factor?.enabledAt) return { recoveryCodes: null, mfa: null, userErrors: [notEnabled()] };
  const result = await proveForChange(ctx, userId, factor, proof, 'regenerate-recovery-codes');
  if (!result.ok) return { recoveryCodes: null, mfa: null, userErrors: [result.error] };
  const recoveryCodes = await issueRecoveryCodes(ctx, userId);
  await recordAuditEvent(ctx, {
    type: 'MFA_RECOVERY_CODES_REGENERATED',
    target: { type: 'USER', id: userId },
    details: { with: result.method },
  });
  return { recoveryCodes, mfa: await mfaStatus(ctx, userId), userErrors: [] };
}
