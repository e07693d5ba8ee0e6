import { alignToKeys, groupByKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import {
  PURCHASE_ORDER_COLUMNS,
  PURCHASE_ORDER_LINE_COLUMNS,
  type PurchaseOrderLineRow,
  type PurchaseOrderRow,
} from './purchase-order.types';

/** Purchase orders by id for this request, one query per batch. Keys must be lowercase UUIDs. */
export function purchaseOrderByIdLoader(
  ctx: SubgraphContext,
): DataLoader<string, PurchaseOrderRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, PurchaseOrderRow | null>('purchaseOrderById', async (ids) => {
    const rows: PurchaseOrderRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${PURCHASE_ORDER_COLUMNS} from erp.purchase_orders where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/** The lines of many purchase orders in one query, each order's in their order. */
export function linesByPurchaseOrderLoader(
  ctx: SubgraphContext,
): DataLoader<string, PurchaseOrderLineRow[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, PurchaseOrderLineRow[]>('linesByPurchaseOrder', async (ids) => {
    const rows: PurchaseOrderLineRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${PURCHASE_ORDER_LINE_COLUMNS} from erp.purchase_order_lines line
         where line.tenant_id = $1 and line.purchase_order_id = any($2::uuid[])
         order by line.purchase_order_id, line.position`,
        [tenantId, ids],
      ),
    );
    return groupByKeys(ids, rows, (row) => row.purchaseOrderId);
  });
}

/** Purchase order lines by id (a bill line names one). */
export function purchaseOrderLineByIdLoader(
  ctx: SubgraphContext,
): DataLoader<string, PurchaseOrderLineRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, PurchaseOrderLineRow | null>('purchaseOrderLineById', async (ids) => {
    const rows: PurchaseOrderLineRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${PURCHASE_ORDER_LINE_COLUMNS} from erp.purchase_order_lines line
         where line.tenant_id = $1 and line.id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}
