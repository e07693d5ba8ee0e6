import { alignToKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import { LOCATION_COLUMNS, type LocationRow, WAREHOUSE_COLUMNS, type WarehouseRow } from './warehouse.types';

/** Warehouses by id for this request, one query per batch. Keys must be lowercase UUIDs. */
export function warehouseByIdLoader(ctx: SubgraphContext): DataLoader<string, WarehouseRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, WarehouseRow | null>('warehouseById', async (ids) => {
    const rows: WarehouseRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${WAREHOUSE_COLUMNS} from erp.warehouses where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/** Locations by id for this request, one query per batch. Keys must be lowercase UUIDs. */
export function locationByIdLoader(ctx: SubgraphContext): DataLoader<string, LocationRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, LocationRow | null>('locationById', async (ids) => {
    const rows: LocationRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${LOCATION_COLUMNS} from erp.stock_locations where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/** The default location of many warehouses in one query. */
export function defaultLocationLoader(ctx: SubgraphContext): DataLoader<string, LocationRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, LocationRow | null>('defaultLocationByWarehouse', async (warehouseIds) => {
    const rows: LocationRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${LOCATION_COLUMNS} from erp.stock_locations
         where tenant_id = $1 and warehouse_id = any($2::uuid[]) and is_default`,
        [tenantId, warehouseIds],
      ),
    );
    return alignToKeys(warehouseIds, rows, (row) => row.warehouseId);
  });
}
