import { alignToKeys, groupByKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import { INVOICE_COLUMNS, type InvoiceEntity } from './invoice.entity';
import { INVOICE_LINE_COLUMNS, type InvoiceLineEntity } from './invoice-line.entity';

/** Invoices by id for this request, one query per batch. Keys must be lowercase UUIDs. */
export function invoiceByIdLoader(ctx: SubgraphContext): DataLoader<string, InvoiceEntity | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, InvoiceEntity | null>('invoiceById', async (ids) => {
    const rows: InvoiceEntity[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${INVOICE_COLUMNS} from erp.invoices where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/** The lines of many invoices in one query, each invoice's lines in their given order. */
export function linesByInvoiceLoader(ctx: SubgraphContext): DataLoader<string, InvoiceLineEntity[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, InvoiceLineEntity[]>('linesByInvoice', async (invoiceIds) => {
    const rows: InvoiceLineEntity[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${INVOICE_LINE_COLUMNS} from erp.invoice_lines
         where tenant_id = $1 and invoice_id = any($2::uuid[]) order by invoice_id, position`,
        [tenantId, invoiceIds],
      ),
    );
    return groupByKeys(invoiceIds, rows, (row) => row.invoiceId);
  });
}
