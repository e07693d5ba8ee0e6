import {
  type Connection,
  groupByKeys,
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

/** One `Company.purchaseOrders(first, after)` field: whose orders, and which page. */
interface SupplierOrderPageKey {
  supplierId: string;
  size: number;
  /** The cursor's position, as planKeyset validated it; nulls on the first page. */
  afterSequence: string | null;
  afterId: string | null;
}

/**
 * Order pages of many suppliers in ONE statement (a lateral join runs the keyset page once per
 * requested supplier and page, another counts each supplier's orders), so a list of companies with
 * their orders costs the same statements however many companies it shows.
 */
function supplierOrderPageLoader(ctx: SubgraphContext) {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<SupplierOrderPageKey, Connection<PurchaseOrderRow>>(
    'supplierOrderPage',
    async (keys) => {
      type Row = PurchaseOrderRow & {
        ordinal: string;
        totalCount: number;
        pageId: string | null;
        sortKey: string;
      };
      const rows: Row[] = await ctx.db.run((manager) =>
        manager.query(
          `select request.ordinal, counted.total_count as "totalCount", page.id as "pageId", page.*
           from unnest($2::uuid[], $3::bigint[], $4::uuid[], $5::int[])
             with ordinality as request(supplier_id, after_sequence, after_id, page_limit, ordinal)
           cross join lateral (
             select count(*)::int as total_count from erp.purchase_orders
             where tenant_id = $1 and supplier_id = request.supplier_id
           ) counted
           left join lateral (
             select ${PURCHASE_ORDER_COLUMNS}, sequence::text as "sortKey" from erp.purchase_orders
             where tenant_id = $1 and supplier_id = request.supplier_id
               and (request.after_sequence is null or (sequence, id) < (request.after_sequence, request.after_id))
             order by sequence desc, id desc
             limit request.page_limit
           ) page on true
           order by request.ordinal, page.sequence desc, page.id desc`,
          [
            tenantId,
            keys.map((key) => key.supplierId),
            keys.map((key) => key.afterSequence),
            keys.map((key) => key.afterId),
            keys.map((key) => key.size + 1),
          ],
        ),
      );
      const plan = planKeyset(BY_NUMBER, { field: 'NUMBER', direction: 'DESC' }, null, []);
      const ordinals = keys.map((_key, index) => String(index + 1));
      return groupByKeys(ordinals, rows, (row) => String(row.ordinal)).map((group, index) =>
        toConnection(
          group
            .filter((row) => row.pageId !== null)
            .map(({ ordinal: _o, totalCount: _t, pageId: _p, ...order }) => order),
          keys[index].size,
          group[0]?.totalCount ?? 0,
          plan.positionOf,
          keys[index].afterSequence !== null,
        ),
      );
    },
    (key) => JSON.stringify([key.supplierId, key.size, key.afterSequence, key.afterId]),
  );
}

/** `Company.purchaseOrders`: the supplier's orders, newest first, batched across companies. */
export async function supplierPurchaseOrders(
  ctx: SubgraphContext,
  supplierId: string,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<PurchaseOrderRow>> {
  // planKeyset validates the cursor (its ordering and values) and hands its position over.
  const position: unknown[] = [];
  planKeyset(BY_NUMBER, { field: 'NUMBER', direction: 'DESC' }, args.after, position);
  return supplierOrderPageLoader(ctx).load({
    supplierId: parseId(supplierId, 'id'),
    size: pageSize(args.first),
    afterSequence: position.length ? String(position[0]) : null,
    afterId: position.length ? String(position[1]) : null,
  });
}
