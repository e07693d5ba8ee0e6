import { groupByKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import { CREDIT_NOTE_COLUMNS, type CreditNoteRow } from './credit-note.types';

/** The credit notes of many invoices in one query, each invoice's in number order. */
export function creditNotesByInvoiceLoader(
  ctx: SubgraphContext,
): DataLoader<string, CreditNoteRow[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, CreditNoteRow[]>('creditNotesByInvoice', async (invoiceIds) => {
    const rows: CreditNoteRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${CREDIT_NOTE_COLUMNS} from erp.credit_notes where tenant_id = $1 and invoice_id = any($2::uuid[])
         order by invoice_id, sequence`,
        [tenantId, invoiceIds],
      ),
    );
    return groupByKeys(invoiceIds, rows, (row) => row.invoiceId);
  });
}
