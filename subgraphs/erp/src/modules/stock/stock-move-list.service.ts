import {
  type Connection,
  pageSize,
  parseId,
  planKeyset,
  type SubgraphContext,
  tenantOf,
  timestampSort,
  toConnection,
} from '@nexora/kit';
import { stockMoveByIdLoader } from './stock-move.loaders';
import { STOCK_MOVE_COLUMNS, type StockMoveRow, type StockMoveType } from './stock-move.types';

export interface StockMoveListArgs {
  first?: number | null;
  after?: string | null;
  filter?: {
    productId?: string | null;
    warehouseId?: string | null;
    locationId?: string | null;
    type?: StockMoveType | null;
  } | null;
}

const NEWEST = { CREATED_AT: timestampSort('created_at') };

export function findStockMove(ctx: SubgraphContext, id: string): Promise<StockMoveRow | null> {
  return stockMoveByIdLoader(ctx).load(parseId(id, 'id'));
}

/** The tenant's stock moves, newest first, optionally of one product, warehouse, location or type. */
export async function listStockMoves(
  ctx: SubgraphContext,
  args: StockMoveListArgs,
): Promise<Connection<StockMoveRow>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const params: unknown[] = [tenantId];
  const conditions = ['tenant_id = $1'];
  const filter = args.filter ?? {};
  if (filter.productId != null) {
    params.push(parseId(filter.productId, 'filter.productId'));
    conditions.push(`product_id = $${params.length}`);
  }
  if (filter.locationId != null) {
    params.push(parseId(filter.locationId, 'filter.locationId'));
    conditions.push(`(from_location_id = $${params.length} or to_location_id = $${params.length})`);
  }
  if (filter.warehouseId != null) {
    params.push(parseId(filter.warehouseId, 'filter.warehouseId'));
    const inWarehouse = `(select id from erp.stock_locations where tenant_id = $1 and warehouse_id = $${params.length})`;
    conditions.push(`(from_location_id in ${inWarehouse} or to_location_id in ${inWarehouse})`);
  }
  if (filter.type != null) {
    params.push(filter.type);
    conditions.push(`type = $${params.length}`);
  }
  const where = conditions.join(' and ');
  const countParams = [...params];
  const keyset = planKeyset(NEWEST, { field: 'CREATED_AT', direction: 'DESC' }, args.after, params);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<StockMoveRow & { sortKey: string }> = await manager.query(
      `select ${STOCK_MOVE_COLUMNS}, ${keyset.cursorSelect} as "sortKey" from erp.stock_moves
       where ${keyset.where(where)} order by ${keyset.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.stock_moves where ${where}`,
      countParams,
    );
    return toConnection(rows, size, count, keyset.positionOf, keyset.hadCursor);
  });
}
