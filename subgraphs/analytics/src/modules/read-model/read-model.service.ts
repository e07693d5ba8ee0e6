import { type DomainEvent, type SubgraphContext, tenantOf } from '@nexora/kit';
import { METRIC_NAMES } from '../metric/metric.service';
import { applyEvent, READ_MODEL_TABLES } from './read-model.apply';
import { announceMetrics } from './read-model.events';

const REPLAY_BATCH = 1_000;

/**
 * Rebuilds the tenant's read models from its journal: empties them, replays every journaled event in
 * the order it was first applied (`as_of` settles any disorder), and announces every metric. One
 * transaction: readers see the old figures until the new ones are complete. Dashboards are not read
 * models and stay.
 */
export async function rebuildReadModels(ctx: SubgraphContext): Promise<{ replayed: number }> {
  const tenantId = tenantOf(ctx);
  const replayed = await ctx.db.run(async (manager) => {
    for (const table of READ_MODEL_TABLES)
      await manager.query(`delete from analytics.${table} where tenant_id = $1`, [tenantId]);
    let count = 0;
    let after = 0;
    for (;;) {
      const rows: Array<{ sequence: string; id: string; type: string; payload: unknown; occurredAt: Date }> =
        await manager.query(
          `select sequence, event_id as id, type, payload, occurred_at as "occurredAt" from analytics.journal
           where tenant_id = $1 and sequence > $2 order by sequence limit $3`,
          [tenantId, after, REPLAY_BATCH],
        );
      for (const row of rows) {
        const event: DomainEvent = {
          id: row.id,
          type: row.type,
          tenantId,
          payload: row.payload,
          occurredAt: row.occurredAt.toISOString(),
        };
        await applyEvent(manager, event);
      }
      count += rows.length;
      if (rows.length < REPLAY_BATCH) return count;
      after = Math.max(...rows.map((row) => Number(row.sequence)));
    }
  });
  await announceMetrics(ctx, METRIC_NAMES);
  return { replayed };
}
