import { type DomainEvent, type RequestDatabase, type SubgraphContext, tenantOf } from '@nexora/kit';
import type { StageKind } from './pipeline.types';

/** The pipeline every tenant starts with. */
export const DEFAULT_PIPELINE_NAME = 'Sales';
export const DEFAULT_STAGES: ReadonlyArray<{ name: string; winProbability: number; kind: StageKind }> = [
  { name: 'Lead in', winProbability: 10, kind: 'OPEN' },
  { name: 'Qualified', winProbability: 25, kind: 'OPEN' },
  { name: 'Proposal', winProbability: 50, kind: 'OPEN' },
  { name: 'Negotiation', winProbability: 75, kind: 'OPEN' },
  { name: 'Won', winProbability: 100, kind: 'WON' },
  { name: 'Lost', winProbability: 0, kind: 'LOST' },
];
export const DEFAULT_LOST_REASONS: readonly string[] = [
  'Price too high',
  'Chose a competitor',
  'No budget',
  'No decision',
  'Bad timing',
  'Missing features',
  'Other',
];

/**
 * One statement that sets a tenant up: it claims the tenant's `tenant_setup` row and, only when that
 * insert happened, creates the default pipeline, its stages and the lost reasons. A second run (or a
 * concurrent one, which waits on the row's unique key and then finds it taken) inserts nothing; the
 * unique keys on names and on the default pipeline back that up with `on conflict do nothing` (the
 * stages need none: they are only inserted into a pipeline this statement just created).
 */
const SEED_SQL = `
  with setup as (
    insert into crm.tenant_setup (tenant_id) values ($1) on conflict (tenant_id) do nothing returning tenant_id
  ), pipeline as (
    insert into crm.pipelines (tenant_id, name, is_default)
    select tenant_id, $2, true from setup
    on conflict do nothing returning id, tenant_id
  ), stages as (
    insert into crm.pipeline_stages (tenant_id, pipeline_id, name, position, win_probability, kind)
    select pipeline.tenant_id, pipeline.id, stage.name, stage.position - 1, stage.win_probability, stage.kind
    from pipeline, unnest($3::text[], $4::int[], $5::text[]) with ordinality
      as stage(name, win_probability, kind, position)
    returning id
  ), reasons as (
    insert into crm.lost_reasons (tenant_id, name, position)
    select setup.tenant_id, reason.name, reason.position - 1
    from setup, unnest($6::text[]) with ordinality as reason(name, position)
    on conflict do nothing returning id
  )
  select (select count(*) from setup)::int as seeded`;

/** Tenants this process has seen set up (committed); their requests skip the seed statement. */
const seededTenants = new Set<string>();
const SEEDED_TENANTS_MAX = 100_000;
/** The seed runs at most once per request transaction. */
const seededRequests = new WeakMap<RequestDatabase, Promise<void>>();

/**
 * Makes sure the caller's tenant has crm's defaults, in the request's own transaction: runs before
 * any pipeline or deal operation touches the tenant's data, so a tenant never sees an empty CRM.
 */
export function ensureTenantSetup(ctx: SubgraphContext): Promise<void> {
  const tenantId = tenantOf(ctx);
  if (seededTenants.has(tenantId)) return Promise.resolve();
  let pending = seededRequests.get(ctx.db);
  if (!pending) {
    pending = seedTenant(ctx, tenantId).then(() => {
      ctx.db.afterCommit(() => {
        if (seededTenants.size >= SEEDED_TENANTS_MAX) seededTenants.clear();
        seededTenants.add(tenantId);
      });
    });
    seededRequests.set(ctx.db, pending);
  }
  return pending;
}

/** Runs the seed statement for `tenantId` in `ctx`'s transaction; true when it created the defaults. */
export async function seedTenant(ctx: SubgraphContext, tenantId: string): Promise<boolean> {
  const rows: Array<{ seeded: number }> = await ctx.db.run((manager) =>
    manager.query(SEED_SQL, [
      tenantId,
      DEFAULT_PIPELINE_NAME,
      DEFAULT_STAGES.map((stage) => stage.name),
      DEFAULT_STAGES.map((stage) => stage.winProbability),
      DEFAULT_STAGES.map((stage) => stage.kind),
      [...DEFAULT_LOST_REASONS],
    ]),
  );
  return rows[0].seeded > 0;
}

/** Forgets which tenants were set up (tests that wipe tables call it). */
export function forgetSeededTenants(): void {
  seededTenants.clear();
}

/**
 * `identity.tenant.created`: sets the new tenant up at once, so its CRM is ready before its first
 * request. Runs in a transaction bound to the event's tenant, once per event (crm's inbox). An event
 * crm never receives (pub/sub while crm is down) is covered too: every pipeline or deal operation
 * runs the same idempotent seed first.
 */
export async function setUpCreatedTenant(ctx: SubgraphContext, event: DomainEvent): Promise<void> {
  await seedTenant(ctx, event.tenantId);
}
