import type { SubgraphContext } from '@nexora/kit';
import { insertAuditEvent } from './audit.recorder';

/**
 * Records a refused password for a known account as LOGIN_FAILED, in its own transaction (the
 * failure must stay on record even when the request rolls back, like the throttle's attempt row).
 * The event goes to the tenant the sign-in asked for when the account is a member of it, otherwise
 * to the account's oldest membership (login's default tenant); an account without one has no log.
 */
export async function recordFailedSignIn(
  ctx: SubgraphContext,
  failure: { userId: string; tenantId: string | null; reason: string },
): Promise<void> {
  await ctx.autonomous.run(async (manager) => {
    // Memberships are readable by their own account: bind it, transaction-locally, to find the tenant.
    await manager.query(`select set_config('app.user_id', $1, true)`, [failure.userId]);
    const rows: Array<{ tenantId: string }> = await manager.query(
      `select tenant_id as "tenantId" from identity.memberships where user_id = $1
       order by (tenant_id = $2::uuid) desc nulls last, created_at, id limit 1`,
      [failure.userId, failure.tenantId],
    );
    const tenantId = rows[0]?.tenantId;
    if (!tenantId) return;
    await manager.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    await insertAuditEvent(manager, ctx, {
      type: 'LOGIN_FAILED',
      tenantId,
      actorUserId: null,
      target: { type: 'USER', id: failure.userId },
      details: { reason: failure.reason, stage: 'password' },
    });
  });
}
