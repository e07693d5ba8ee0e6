import { type RequestDatabase, type SubgraphContext, tenantOf } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { DEFAULT_CHART, DEFAULT_JOURNALS } from './default-chart';

/**
 * One statement that sets a tenant's ledger up: it claims the tenant's `erp.ledgers` row and, only
 * when that insert happened, creates the default chart and the journals. A concurrent first use
 * waits on the row's primary key, then finds it taken and inserts nothing; if the first one rolls
 * back, the waiting one inserts and seeds instead. So two first uses seed exactly once.
 */
const SEED_SQL = `
  with ledger as (
    insert into erp.ledgers (tenant_id) values ($1) on conflict (tenant_id) do nothing returning tenant_id
  ), accounts as (
    insert into erp.accounts (tenant_id, code, name, type, role)
    select ledger.tenant_id, account.code, account.name, account.type, nullif(account.role, '')
    from ledger, unnest($2::text[], $3::text[], $4::text[], $5::text[]) as account(code, name, type, role)
    returning id
  ), journals as (
    insert into erp.journals (tenant_id, code, name)
    select ledger.tenant_id, journal.code, journal.name
    from ledger, unnest($6::text[], $7::text[]) as journal(code, name)
    returning id
  )
  select (select count(*) from ledger)::int as seeded`;

/** Tenants this process has seen set up (committed); their requests skip the seed statement. */
const seededTenants = new Set<string>();
const SEEDED_TENANTS_MAX = 100_000;
/** The seed runs at most once per request transaction. */
const seededRequests = new WeakMap<RequestDatabase, Promise<void>>();

/**
 * Makes sure the caller's tenant has its ledger, default chart and journals, in `manager` (the
 * request's transaction). Every ledger operation calls it first, so a tenant never sees an empty
 * chart, and no event or job has to have run before.
 */
export function ensureLedgerSetup(manager: EntityManager, ctx: SubgraphContext): Promise<void> {
  const tenantId = tenantOf(ctx);
  if (seededTenants.has(tenantId)) return Promise.resolve();
  let pending = seededRequests.get(ctx.db);
  if (!pending) {
    pending = seedLedger(manager, tenantId).then(() => {
      ctx.db.afterCommit(() => {
        if (seededTenants.size >= SEEDED_TENANTS_MAX) seededTenants.clear();
        seededTenants.add(tenantId);
      });
    });
    seededRequests.set(ctx.db, pending);
  }
  return pending;
}

/** `ensureLedgerSetup` in the request's own transaction, for services that hold no manager yet. */
export function ensureRequestLedger(ctx: SubgraphContext): Promise<void> {
  return ctx.db.run((manager) => ensureLedgerSetup(manager, ctx));
}

/** Runs the seed statement; true when it created the ledger (false: it existed already). */
export async function seedLedger(manager: EntityManager, tenantId: string): Promise<boolean> {
  const rows: Array<{ seeded: number }> = await manager.query(SEED_SQL, [
    tenantId,
    DEFAULT_CHART.map((account) => account.code),
    DEFAULT_CHART.map((account) => account.name),
    DEFAULT_CHART.map((account) => account.type),
    DEFAULT_CHART.map((account) => account.role ?? ''),
    DEFAULT_JOURNALS.map((journal) => journal.code),
    DEFAULT_JOURNALS.map((journal) => journal.name),
  ]);
  return rows[0].seeded > 0;
}
