import type { SubgraphContext } from '@nexora/kit';
import type { EntityManager } from 'typeorm';

/**
 * Reads and writes of an account's factor and recovery codes. Row-level security admits only a
 * transaction bound to that account (`app.user_id`), so every function here needs one.
 */
export interface StoredFactor {
  secretCiphertext: string;
  enabledAt: Date | null;
  lastUsedStep: number | null;
}

export async function readFactor(manager: EntityManager, userId: string): Promise<StoredFactor | null> {
  const rows: Array<{ secretCiphertext: string; enabledAt: Date | null; lastUsedStep: string | null }> =
    await manager.query(
      `select secret_ciphertext as "secretCiphertext", enabled_at as "enabledAt", last_used_step as "lastUsedStep"
       from identity.mfa_factors where user_id = $1`,
      [userId],
    );
  const row = rows[0];
  if (!row) return null;
  return { ...row, lastUsedStep: row.lastUsedStep === null ? null : Number(row.lastUsedStep) };
}

export interface MfaStatusModel {
  enabled: boolean;
  enabledAt: string | null;
  enrolmentPending: boolean;
  recoveryCodesRemaining: number;
}

export async function readMfaStatus(manager: EntityManager, userId: string): Promise<MfaStatusModel> {
  const [row]: Array<{ enabledAt: Date | null; pending: boolean; remaining: number }> = await manager.query(
    `select f.enabled_at as "enabledAt", (f.user_id is not null and f.enabled_at is null) as pending,
            (select count(*)::int from identity.mfa_recovery_codes c where c.user_id = $1 and c.used_at is null) as remaining
     from (select 1) as one left join identity.mfa_factors f on f.user_id = $1`,
    [userId],
  );
  const enabled = row.enabledAt !== null;
  return {
    enabled,
    enabledAt: row.enabledAt?.toISOString() ?? null,
    enrolmentPending: row.pending,
    recoveryCodesRemaining: enabled ? row.remaining : 0,
  };
}

/** Replaces the account's recovery codes with these hashes. */
export async function replaceRecoveryCodes(
  manager: EntityManager,
  userId: string,
  hashes: readonly string[],
): Promise<void> {
  await manager.query(`delete from identity.mfa_recovery_codes where user_id = $1`, [userId]);
  await manager.query(
    `insert into identity.mfa_recovery_codes (user_id, code_hash) select $1, unnest($2::text[])`,
    [userId, hashes],
  );
}

/**
 * Whether `userId` has MFA on, from a request acting for someone else (an invitation accepted with
 * a password): the transaction is bound to the account for the one read, then bound back.
 */
export async function mfaEnabledFor(ctx: SubgraphContext, userId: string): Promise<boolean> {
  const before = ctx.db.currentActor;
  await ctx.db.actAs({ ...before, userId });
  try {
    const factor = await ctx.db.run((manager) => readFactor(manager, userId));
    return factor?.enabledAt != null;
  } finally {
    await ctx.db.actAs(before);
  }
}

export async function accountEmail(manager: EntityManager, userId: string): Promise<string> {
  const rows: Array<{ email: string }> = await manager.query(
    `select email from identity.users where id = $1`,
    [userId],
  );
  if (!rows[0]) throw new Error(`User ${userId} is missing`);
  return rows[0].email;
}
