import { isUuid, type DomainEvent, type SubgraphContext } from '@nexora/kit';
import { markReplicaMerged, upsertReplicaCompanies } from './customer-replica';

/** What crm announces when companies are merged: the survivor and the companies folded into it. */
export interface CompanyMergedPayload {
  id: string;
  mergedIds: string[];
}

/** `crm.company.created` / `updated`: the company after the change. */
export interface CompanyChangedPayload {
  id: string;
  name: string;
}

/** `crm.company.imported`: one batch of an import job, ids only. */
export interface CompaniesImportedPayload {
  ids: string[];
}

const isUuidText = (value: unknown): value is string => typeof value === 'string' && isUuid(value);

function isMergedPayload(payload: unknown): payload is CompanyMergedPayload {
  const value = payload as Partial<CompanyMergedPayload> | null;
  return isUuidText(value?.id) && Array.isArray(value.mergedIds) && value.mergedIds.every(isUuidText);
}

function isChangedPayload(payload: unknown): payload is CompanyChangedPayload {
  const value = payload as Partial<CompanyChangedPayload> | null;
  return isUuidText(value?.id) && typeof value.name === 'string' && value.name.trim().length > 0;
}

function isImportedPayload(payload: unknown): payload is CompaniesImportedPayload {
  const value = payload as Partial<CompaniesImportedPayload> | null;
  return Array.isArray(value?.ids) && value.ids.every(isUuidText);
}

function ignore(ctx: SubgraphContext, event: DomainEvent, expected: string): void {
  ctx.logger.warn({ eventId: event.id, eventType: event.type }, `${event.type} without ${expected}; ignored`);
}

/** `crm.company.created` and `crm.company.updated`: the replica knows the company by its new name. */
export async function replicateChangedCompany(ctx: SubgraphContext, event: DomainEvent): Promise<void> {
  if (!isChangedPayload(event.payload)) return ignore(ctx, event, 'a company id and name');
  const { id, name } = event.payload;
  await ctx.db.run((manager) =>
    upsertReplicaCompanies(
      manager,
      event.tenantId,
      [{ id: id.toLowerCase(), name: name.trim().slice(0, 500) }],
      event.occurredAt,
    ),
  );
}

/** `crm.company.imported`: every company of the batch becomes billable (names follow on update). */
export async function replicateImportedCompanies(ctx: SubgraphContext, event: DomainEvent): Promise<void> {
  if (!isImportedPayload(event.payload)) return ignore(ctx, event, 'company ids');
  const ids = [...new Set(event.payload.ids.map((id) => id.toLowerCase()))];
  await ctx.db.run((manager) =>
    upsertReplicaCompanies(
      manager,
      event.tenantId,
      ids.map((id) => ({ id, name: null })),
      event.occurredAt,
    ),
  );
}

/**
 * `crm.company.merged`: the merged companies are marked merged into the survivor in the replica (no
 * new document can name them), and their invoices, drafts and posted ones alike, now bill the
 * survivor, so its balance and invoice list are whole. Runs in the event's tenant transaction.
 */
export async function followCompanyMerge(ctx: SubgraphContext, event: DomainEvent): Promise<void> {
  if (!isMergedPayload(event.payload)) return ignore(ctx, event, 'a survivor id and merged ids');
  const survivorId = event.payload.id.toLowerCase();
  const moved = [...new Set(event.payload.mergedIds.map((mergedId) => mergedId.toLowerCase()))].filter(
    (mergedId) => mergedId !== survivorId,
  );
  if (moved.length === 0) return;
  const tenantId = event.tenantId;
  await ctx.db.run(async (manager) => {
    await markReplicaMerged(manager, tenantId, survivorId, moved, event.occurredAt);
    await manager.query(
      `update erp.invoices set customer_id = $2 where tenant_id = $1 and customer_id = any($3::uuid[])`,
      [tenantId, survivorId, moved],
    );
  });
}
