import { type DomainEvent, emitEvent, type SubgraphContext } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import type { MetricName } from '../metric/metric.service';
import { applyEvent } from './read-model.apply';

/** Announces changed KPIs; `metricUpdated` subscribers receive each (one event per metric). */
export async function announceMetrics(ctx: SubgraphContext, metrics: Iterable<MetricName>): Promise<void> {
  for (const name of new Set(metrics))
    await emitEvent(ctx, 'analytics.metric.updated', { id: name, names: [name] });
}

/** Keeps the event in the journal (what a rebuild replays); false when it was already there. */
async function journal(manager: EntityManager, event: DomainEvent): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `insert into analytics.journal (tenant_id, event_id, type, payload, occurred_at) values ($1, $2, $3, $4, $5)
     on conflict (tenant_id, event_id) do nothing returning event_id`,
    [event.tenantId, event.id, event.type, JSON.stringify(event.payload), event.occurredAt],
  );
  return rows.length > 0;
}

/**
 * Every event the read models follow: journaled, applied, and the metrics it changed announced, all
 * in the event's tenant transaction (with its inbox row: once, or not at all).
 */
export async function followEvent(ctx: SubgraphContext, event: DomainEvent): Promise<void> {
  const changed = await ctx.db.run(async (manager) =>
    (await journal(manager, event)) ? applyEvent(manager, event) : [],
  );
  await announceMetrics(ctx, changed);
}
