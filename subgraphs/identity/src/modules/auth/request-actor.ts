import type { EntityManager } from 'typeorm';
import type { Actor, SubgraphContext } from '@nexora/kit';

/**
 * Runs `work` with the request transaction bound to another tenant/user (sign-up writes into the
 * tenant it just created; login learns the user mid-request), then binds it back to the caller.
 * Restoring matters: mutations in one document run in sequence on the same transaction, and the next
 * one must not inherit the tenant this flow switched to.
 */
export async function withActor<T>(
  ctx: SubgraphContext,
  actor: Actor,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  await ctx.db.actAs(actor);
  try {
    return await ctx.db.run(work);
  } finally {
    // If the transaction is already aborted the re-bind fails too; the request then rolls back anyway
    // and the original error is the one worth reporting.
    await ctx.db.actAs({ tenantId: ctx.caller.tenantId, userId: ctx.caller.userId }).catch(() => undefined);
  }
}
