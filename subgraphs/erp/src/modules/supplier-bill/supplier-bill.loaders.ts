import { alignToKeys, groupByKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import {
  SUPPLIER_BILL_COLUMNS,
  SUPPLIER_BILL_LINE_COLUMNS,
  type SupplierBillLineRow,
  type SupplierBillRow,
} from './supplier-bill.types';

/** Supplier bills by id for this request. Keys must be lowercase UUIDs. */
export function supplierBillByIdLoader(
  ctx: SubgraphContext,
): DataLoader<string, SupplierBillRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, SupplierBillRow | null>('supplierBillById', async (ids) => {
    const rows: SupplierBillRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${SUPPLIER_BILL_COLUMNS} from erp.supplier_bills where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/** The bills of many purchase orders in one query, each order's in number order. */
export function billsByPurchaseOrderLoader(
  ctx: SubgraphContext,
): DataLoader<string, SupplierBillRow[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, SupplierBillRow[]>('billsByPurchaseOrder', async (ids) => {
    const rows: SupplierBillRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${SUPPLIER_BILL_COLUMNS} from erp.supplier_bills where tenant_id = $1 and purchase_order_id = any($2::uuid[])
         order by purchase_order_id, sequence`,
        [tenantId, ids],
      ),
    );
    return groupByKeys(ids, rows, (row) => row.purchaseOrderId);
  });
}

/** The lines of many bills in one query. */
export function linesBySupplierBillLoader(
  ctx: SubgraphContext,
): DataLoader<string, SupplierBillLineRow[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, SupplierBillLineRow[]>('linesBySupplierBill', async (ids) => {
    const rows: SupplierBillLineRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${SUPPLIER_BILL_LINE_COLUMNS} from erp.supplier_bill_lines line
         where line.tenant_id = $1 and line.supplier_bill_id = any($2::uuid[]) order by line.supplier_bill_id, line.position`,
        [tenantId, ids],
      ),
    );
    return groupByKeys(ids, rows, (row) => row.supplierBillId);
  });
}
