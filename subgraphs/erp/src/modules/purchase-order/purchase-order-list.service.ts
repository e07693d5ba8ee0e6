import {
  type Connection,
  pageSize,
  parseId,
  planKeyset,
  type SortColumn,
  type SubgraphContext,
  tenantOf,
  toConnection,
} from '@nexora/kit';
import { purchaseOrderByIdLoader } from './purchase-order.loaders';
import {
  PURCHASE_ORDER_COLUMNS,
  type PurchaseOrderRow,
  type PurchaseOrderStatus,
} from './purchase-order.types';

/** Newest (highest number) first, as an index on (tenant_id, sequence desc, id desc) serves it. */
const BY_NUMBER: Record<'NUMBER', SortColumn> = {
  NUMBER: { expression: 'sequence', cursorText: 'sequence::text', cast: 'numeric' },
};

export async function findPurchaseOrder(ctx: SubgraphContext, id: string): Promise<PurchaseOrderRow | null> {
  return purchaseOrderByIdLoader(ctx).load(parseId(id, 'id'));
}

/**
 * The tenant's purchase orders, newest first, optionally of one status or one supplier (the
 * `Company.purchaseOrders` list). Keyset-paged by the kit's planKeyset.
 */
export async function listPurchaseOrders(
  ctx: SubgraphContext,
  args: {
    first?: number | null;
    after?: string | null;
    status?: PurchaseOrderStatus | null;
    supplierId?: string | null;
  },
): Promise<Connection<PurchaseOrderRow>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const params: unknown[] = [tenantId];
  let filter = 'tenant_id = $1';
  if (args.status) {
    params.push(args.status);
    filter += ` and status = $${params.length}`;
  }
  if (args.supplierId != null) {
    params.push(parseId(args.supplierId, 'supplierId'));
    filter += ` and supplier_id = $${params.length}`;
  }
  const countParams = [...params];
  const plan = planKeyset(BY_NUMBER, { field: 'NUMBER', direction: 'DESC' }, args.after, params);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<PurchaseOrderRow & { sortKey: string }> = await manager.query(
      `select ${PURCHASE_ORDER_COLUMNS}, ${plan.cursorSelect} as "sortKey" from erp.purchase_orders
       where ${plan.where(filter)} order by ${plan.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.purchase_orders where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, plan.positionOf, plan.hadCursor);
  });
}
