import {
  type Connection,
  groupByKeys,
  lowerTextSort,
  pageSize,
  parseId,
  planKeyset,
  type SubgraphContext,
  tenantOf,
  toConnection,
} from '@nexora/kit';
import type DataLoader from 'dataloader';
import { reorderRuleColumns, type ReorderRuleRow, type ReorderSuggestionModel } from './reorder.types';

const BY_SKU = { SKU: lowerTextSort('p.sku') };

type SuggestionRow = ReorderRuleRow & { onHand: string; sortKey: string };

/**
 * Rules of active products whose warehouse holds less than the minimum (over all its locations),
 * by SKU. The on-hand is summed from the quants of that warehouse only.
 */
export async function productsToReorder(
  ctx: SubgraphContext,
  args: { warehouseId?: string | null; first?: number | null; after?: string | null },
): Promise<Connection<ReorderSuggestionModel>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const params: unknown[] = [tenantId];
  let filter = `r.tenant_id = $1 and p.active and coalesce(s.on_hand, 0) < r.min_quantity`;
  if (args.warehouseId != null) {
    params.push(parseId(args.warehouseId, 'warehouseId'));
    filter += ` and r.warehouse_id = $${params.length}`;
  }
  const from = `erp.reorder_rules r
    join erp.products p on p.tenant_id = r.tenant_id and p.id = r.product_id
    left join lateral (
      select sum(q.quantity) as on_hand from erp.stock_quants q
      where q.tenant_id = r.tenant_id and q.product_id = r.product_id and q.warehouse_id = r.warehouse_id
    ) s on true`;
  const countParams = [...params];
  const keyset = planKeyset(BY_SKU, { field: 'SKU' }, args.after, params, 'r.id');
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: SuggestionRow[] = await manager.query(
      `select ${reorderRuleColumns('r')}, coalesce(s.on_hand, 0)::text as "onHand", ${keyset.cursorSelect} as "sortKey"
       from ${from} where ${keyset.where(filter)} order by ${keyset.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from ${from} where ${filter}`,
      countParams,
    );
    const suggestions = rows.map(({ onHand, sortKey, ...rule }) => ({ id: rule.id, sortKey, rule, onHand }));
    return toConnection(suggestions, size, count, keyset.positionOf, keyset.hadCursor);
  });
}

/** The reorder rules of many products in one query, by warehouse code. */
export function rulesByProductLoader(ctx: SubgraphContext): DataLoader<string, ReorderRuleRow[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, ReorderRuleRow[]>('reorderRulesByProduct', async (productIds) => {
    const rows: ReorderRuleRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${reorderRuleColumns('r')} from erp.reorder_rules r
         join erp.warehouses w on w.tenant_id = r.tenant_id and w.id = r.warehouse_id
         where r.tenant_id = $1 and r.product_id = any($2::uuid[]) order by w.code`,
        [tenantId, productIds],
      ),
    );
    return groupByKeys(productIds, rows, (row) => row.productId);
  });
}
