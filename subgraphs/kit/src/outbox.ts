import type { SubgraphContext } from './context';
import type { RequestDatabase } from './request-database';

/**
 * What request code needs of its subgraph's outbox: the table to write events into and a way to
 * wake the relay once they are committed. `OutboxRelay` implements it; `startSubgraph` passes it
 * into every request context.
 */
export interface OutboxHandle {
  /** Schema-qualified table, e.g. `crm.outbox`. */
  readonly table: string;
  /** Asks the relay to publish soon. Never throws and never waits: it runs after commit. */
  nudge(): void;
}

/** Request transactions already holding an after-commit nudge: one per request is enough. */
const nudgedRequests = new WeakSet<RequestDatabase>();

/**
 * Records a domain event in the request's own transaction (transactional outbox): the event is
 * published by the relay only if, and after, the request commits, and a commit without its event
 * cannot happen. Call it on success paths only, after the write it announces. `payload` must be
 * JSON (it is stored as jsonb); the tenant is the one the transaction is bound to right now, so
 * flows that switch tenant mid-request (sign-up) emit while bound to the tenant they wrote into.
 * Returns the event id, which consumers use to deduplicate.
 */
export async function emitEvent(ctx: SubgraphContext, type: string, payload: object): Promise<string> {
  const tenantId = ctx.db.tenantId;
  // Events are tenant data (RLS on the outbox, tenant channels downstream): never emit them unowned.
  if (!tenantId) throw new Error(`Cannot emit "${type}" without a tenant bound to the request.`);
  const outbox = ctx.outbox;
  // Without an outbox the event would be silently lost; failing rolls the whole write back instead.
  if (!outbox) throw new Error(`Cannot emit "${type}": this subgraph has no outbox table.`);
  const rows: Array<{ id: string }> = await ctx.db.run((manager) =>
    manager.query(`insert into ${outbox.table} (tenant_id, type, payload) values ($1, $2, $3) returning id`, [
      tenantId,
      type,
      JSON.stringify(payload),
    ]),
  );
  if (!nudgedRequests.has(ctx.db)) {
    nudgedRequests.add(ctx.db);
    ctx.db.afterCommit(() => outbox.nudge());
  }
  return rows[0].id;
}
