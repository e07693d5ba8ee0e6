import { userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';

/** A row of `erp.companies`: what erp knows of a crm company (its name once crm announced it). */
export interface ReplicaCompany {
  id: string;
  name: string | null;
  mergedInto: string | null;
}

export const REPLICA_COLUMNS = `id, name, merged_into as "mergedInto"`;

/**
 * Writes what crm announced about companies at `occurredAt`: a company unknown so far is added, a
 * known one takes the new name. An announcement older than what the replica already holds changes
 * nothing (events may be redelivered late), and a null name (an import announces ids only) never
 * erases a known one.
 */
export async function upsertReplicaCompanies(
  manager: EntityManager,
  tenantId: string,
  companies: ReadonlyArray<{ id: string; name: string | null }>,
  occurredAt: string,
): Promise<void> {
  if (companies.length === 0) return;
  await manager.query(
    `insert into erp.companies as known (tenant_id, id, name, updated_at)
     select $1, company.id, company.name, $4 from unnest($2::uuid[], $3::text[]) as company(id, name)
     on conflict (tenant_id, id) do update set name = coalesce(excluded.name, known.name), updated_at = excluded.updated_at
     where known.updated_at <= excluded.updated_at`,
    [tenantId, companies.map((company) => company.id), companies.map((company) => company.name), occurredAt],
  );
}

/**
 * Marks `mergedIds` as merged into `survivorId` (adding any erp never heard of), and re-points
 * companies merged into them earlier, so `mergedInto` always names a company that still exists.
 */
export async function markReplicaMerged(
  manager: EntityManager,
  tenantId: string,
  survivorId: string,
  mergedIds: readonly string[],
  occurredAt: string,
): Promise<void> {
  await upsertReplicaCompanies(manager, tenantId, [{ id: survivorId, name: null }], occurredAt);
  await manager.query(
    `insert into erp.companies as known (tenant_id, id, merged_into, updated_at)
     select $1, merged.id, $2, $4 from unnest($3::uuid[]) as merged(id)
     on conflict (tenant_id, id) do update set merged_into = excluded.merged_into, updated_at = excluded.updated_at`,
    [tenantId, survivorId, mergedIds, occurredAt],
  );
  await manager.query(
    `update erp.companies set merged_into = $2 where tenant_id = $1 and merged_into = any($3::uuid[])`,
    [tenantId, survivorId, mergedIds],
  );
}

/**
 * Why a document may not name `companyId` (a lowercase UUID), or null when it may: the company must
 * be in the tenant's replica and not merged away. The row is locked `for share` until the
 * transaction ends, so a merge cannot slip in between this check and the write that relies on it.
 */
export async function customerRefusal(
  manager: EntityManager,
  tenantId: string,
  companyId: string,
  field: string[],
): Promise<UserError | null> {
  const [company]: ReplicaCompany[] = await manager.query(
    `select ${REPLICA_COLUMNS} from erp.companies where tenant_id = $1 and id = $2 for share`,
    [tenantId, companyId],
  );
  if (!company) {
    return userError(
      'CUSTOMER_UNKNOWN',
      'There is no such company in this workspace. Pick a company from CRM (a company created a moment ago may take a second to appear here).',
      field,
    );
  }
  if (company.mergedInto) {
    return userError(
      'CUSTOMER_MERGED',
      `This company was merged into another one (${company.mergedInto}); bill that company instead.`,
      field,
    );
  }
  return null;
}
