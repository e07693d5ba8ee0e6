import type { EntityManager } from 'typeorm';

/**
 * What stops a warehouse or location from being deactivated (it holds stock) or deleted (a move
 * names it: moves are kept forever, and they point at their locations).
 */
export interface Usage {
  holdsStock: boolean;
  hasMoves: boolean;
}

export async function warehouseUsage(
  manager: EntityManager,
  tenantId: string,
  warehouseId: string,
): Promise<Usage> {
  const [usage]: Usage[] = await manager.query(
    `select
       exists (select 1 from erp.stock_quants where tenant_id = $1 and warehouse_id = $2 and quantity <> 0) as "holdsStock",
       (exists (select 1 from erp.stock_moves where tenant_id = $1 and from_location_id in (
          select id from erp.stock_locations where tenant_id = $1 and warehouse_id = $2))
        or exists (select 1 from erp.stock_moves where tenant_id = $1 and to_location_id in (
          select id from erp.stock_locations where tenant_id = $1 and warehouse_id = $2))) as "hasMoves"`,
    [tenantId, warehouseId],
  );
  return usage;
}

export async function locationUsage(
  manager: EntityManager,
  tenantId: string,
  locationId: string,
): Promise<Usage> {
  const [usage]: Usage[] = await manager.query(
    `select
       exists (select 1 from erp.stock_quants where tenant_id = $1 and location_id = $2 and quantity <> 0) as "holdsStock",
       exists (select 1 from erp.stock_moves where tenant_id = $1 and (from_location_id = $2 or to_location_id = $2))
         as "hasMoves"`,
    [tenantId, locationId],
  );
  return usage;
}
