import { isUuid, type DomainEvent, type SubgraphContext } from '@nexora/kit';

/** What crm announces when companies are merged: the survivor and the companies folded into it. */
export interface CompanyMergedPayload {
  id: string;
  mergedIds: string[];
}

function isMergedPayload(payload: unknown): payload is CompanyMergedPayload {
  const value = payload as Partial<CompanyMergedPayload> | null;
  return (
    typeof value?.id === 'string' &&
    isUuid(value.id) &&
    Array.isArray(value.mergedIds) &&
    value.mergedIds.every((id) => typeof id === 'string' && isUuid(id))
  );
}

/**
 * `crm.company.merged`: the merged companies' invoices, drafts and posted ones alike, now bill the
 * survivor, so its balance and invoice list are whole. Runs in the event's tenant transaction.
 */
export async function moveInvoicesToSurvivor(ctx: SubgraphContext, event: DomainEvent): Promise<void> {
  if (!isMergedPayload(event.payload)) {
    ctx.logger.warn(
      { eventId: event.id },
      'crm.company.merged without a survivor id and merged ids; ignored',
    );
    return;
  }
  const { id, mergedIds } = event.payload;
  const moved = mergedIds
    .map((mergedId) => mergedId.toLowerCase())
    .filter((mergedId) => mergedId !== id.toLowerCase());
  if (moved.length === 0) return;
  await ctx.db.run((manager) =>
    manager.query(
      `update erp.invoices set customer_id = $2 where tenant_id = $1 and customer_id = any($3::uuid[])`,
      [event.tenantId, id.toLowerCase(), moved],
    ),
  );
}
