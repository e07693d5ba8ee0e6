import { groupByKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import { PAYMENT_COLUMNS, type PaymentRow } from './payment.types';

/** The payments of many invoices in one query, each invoice's in date order (then as recorded). */
export function paymentsByInvoiceLoader(ctx: SubgraphContext): DataLoader<string, PaymentRow[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, PaymentRow[]>('paymentsByInvoice', async (invoiceIds) => {
    const rows: PaymentRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${PAYMENT_COLUMNS} from erp.payments where tenant_id = $1 and invoice_id = any($2::uuid[])
         order by invoice_id, payment_date, created_at, id`,
        [tenantId, invoiceIds],
      ),
    );
    return groupByKeys(invoiceIds, rows, (row) => row.invoiceId);
  });
}
