import {
  type Connection,
  pageSize,
  parseId,
  planKeyset,
  searchPattern,
  type SortColumn,
  type SubgraphContext,
  tenantOf,
  toConnection,
} from '@nexora/kit';
import { locationByIdLoader, warehouseByIdLoader } from './warehouse.loaders';
import { LOCATION_COLUMNS, type LocationRow, WAREHOUSE_COLUMNS, type WarehouseRow } from './warehouse.types';

/** Codes are upper-case ASCII, unique in their scope: the (tenant_id, [warehouse_id,] code) keys order them. */
const BY_CODE: Record<'CODE', SortColumn> = {
  CODE: { expression: 'code', cursorText: 'code', cast: 'text' },
};

export function findWarehouse(ctx: SubgraphContext, id: string): Promise<WarehouseRow | null> {
  return warehouseByIdLoader(ctx).load(parseId(id, 'id'));
}

export function findLocation(ctx: SubgraphContext, id: string): Promise<LocationRow | null> {
  return locationByIdLoader(ctx).load(parseId(id, 'id'));
}

export async function listWarehouses(
  ctx: SubgraphContext,
  args: { first?: number | null; after?: string | null; search?: string | null; active?: boolean | null },
): Promise<Connection<WarehouseRow>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const params: unknown[] = [tenantId];
  let filter = 'tenant_id = $1';
  const pattern = searchPattern(args.search);
  if (pattern) {
    params.push(pattern);
    filter += ` and (code ilike $${params.length} escape '\\' or name ilike $${params.length} escape '\\')`;
  }
  if (args.active != null) {
    params.push(args.active);
    filter += ` and active = $${params.length}`;
  }
  return pageByCode<WarehouseRow>(ctx, 'erp.warehouses', WAREHOUSE_COLUMNS, filter, params, size, args.after);
}

/** A warehouse's locations in code order, active ones only unless `includeInactive`. */
export async function listLocations(
  ctx: SubgraphContext,
  warehouse: WarehouseRow,
  args: { first?: number | null; after?: string | null; includeInactive?: boolean | null },
): Promise<Connection<LocationRow>> {
  const size = pageSize(args.first);
  const params: unknown[] = [tenantOf(ctx), warehouse.id];
  const filter = `tenant_id = $1 and warehouse_id = $2${args.includeInactive ? '' : ' and active'}`;
  return pageByCode<LocationRow>(
    ctx,
    'erp.stock_locations',
    LOCATION_COLUMNS,
    filter,
    params,
    size,
    args.after,
  );
}

async function pageByCode<T extends { id: string }>(
  ctx: SubgraphContext,
  table: string,
  columns: string,
  filter: string,
  params: unknown[],
  size: number,
  after: string | null | undefined,
): Promise<Connection<T>> {
  const countParams = [...params];
  const keyset = planKeyset(BY_CODE, { field: 'CODE' }, after, params);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<T & { sortKey: string }> = await manager.query(
      `select ${columns}, ${keyset.cursorSelect} as "sortKey" from ${table}
       where ${keyset.where(filter)} order by ${keyset.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from ${table} where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, keyset.positionOf, keyset.hadCursor);
  });
}
