import { isPermission, type SubgraphContext } from '@nexora/kit';
import { apiKeyHash, parseApiKey, sameHash } from './api-key.format';

export type ApiKeyVerificationOutcome = 'VALID' | 'INVALID' | 'REVOKED' | 'EXPIRED';

export interface ApiKeyVerification {
  outcome: ApiKeyVerificationOutcome;
  keyId: string | null;
  tenantId: string | null;
  scopes: string[];
  requestsPerMinute: number | null;
  costPerMinute: number | null;
  expiresAt: string | null;
}

interface PresentedKeyRow {
  id: string;
  tenantId: string;
  secretHash: string;
  scopes: string[];
  requestsPerMinute: number | null;
  costPerMinute: number | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

const refusal = (outcome: Exclude<ApiKeyVerificationOutcome, 'VALID'>): ApiKeyVerification => ({
  outcome,
  keyId: null,
  tenantId: null,
  scopes: [],
  requestsPerMinute: null,
  costPerMinute: null,
  expiresAt: null,
});

/** `lastUsedAt` is written at most this often per key: a busy key must not turn reads into writes. */
const LAST_USED_RESOLUTION = `interval '1 minute'`;

/**
 * The gateway's check of a presented key. The transaction starts bound to no tenant; the
 * `presented_key_lookup` policy lets it read the one row whose public id was presented, and only
 * once the whole key's hash matches is the transaction bound to that row's tenant (to record the
 * use). An unknown key and a wrong secret look the same (INVALID); whether a key is revoked or
 * expired is told only to someone holding it.
 */
export async function verifyApiKey(ctx: SubgraphContext, presented: string): Promise<ApiKeyVerification> {
  const parsed = parseApiKey(presented);
  if (!parsed) return refusal('INVALID');
  return ctx.db.run(async (manager) => {
    await manager.query(`select set_config('app.api_key_public_id', $1, true)`, [parsed.publicId]);
    const rows: PresentedKeyRow[] = await manager.query(
      `select id, tenant_id as "tenantId", secret_hash as "secretHash", scopes,
         requests_per_minute as "requestsPerMinute", cost_per_minute as "costPerMinute",
         expires_at as "expiresAt", revoked_at as "revokedAt"
       from identity.api_keys where public_id = $1`,
      [parsed.publicId],
    );
    const row = rows[0];
    if (!row || !sameHash(row.secretHash, apiKeyHash(presented))) return refusal('INVALID');
    if (row.revokedAt) return refusal('REVOKED');
    if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) return refusal('EXPIRED');
    await ctx.db.actAs({ tenantId: row.tenantId, userId: null });
    await manager.query(
      `update identity.api_keys set last_used_at = now()
       where id = $1 and (last_used_at is null or last_used_at < now() - ${LAST_USED_RESOLUTION})`,
      [row.id],
    );
    return {
      outcome: 'VALID',
      keyId: row.id,
      tenantId: row.tenantId,
      // A permission dropped from the catalogue stops being granted, as for custom roles.
      scopes: row.scopes.filter(isPermission),
      requestsPerMinute: row.requestsPerMinute,
      costPerMinute: row.costPerMinute,
      expiresAt: row.expiresAt?.toISOString() ?? null,
    };
  });
}
