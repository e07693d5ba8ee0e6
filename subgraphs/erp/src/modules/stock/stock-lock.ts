import type { EntityManager } from 'typeorm';
import { PRODUCT_COLUMNS, type ProductRow } from '../product/product.types';

/**
 * Every stock move of a product first locks the product's row (`FOR UPDATE`), and holds it until
 * the request commits. That row carries the product's stock totals and moving average cost, which
 * every receipt, delivery and adjustment changes wherever it happens, so valuation needs one
 * serialization point per product anyway; taking it for every move (transfers too) gives one
 * simple rule:
 *
 * - The on-hand check and the write happen under the lock: ten concurrent deliveries of the last
 *   unit queue on the row, and each one, once it holds the lock, reads what the previous one
 *   committed (READ COMMITTED takes a fresh snapshot per statement), so only one succeeds.
 * - Locks are always taken in the same order (product, then its locations share-locked, then its
 *   quants), so moves cannot deadlock each other, whatever pairs of locations transfers touch.
 * - A row lock is visible (`pg_locks`), released by commit or rollback, and taken by the very
 *   statement that reads the state it protects. An advisory lock per (product, location) would
 *   need a hash of two UUIDs (collisions across tenants serialize unrelated work), would not cover
 *   the per-product average, and is easy to forget on a new write path.
 *
 * The cost: moves of one product are serialized tenant-wide; moves of different products run in
 * parallel. Null when the tenant has no such product.
 */
export async function lockProductStock(
  manager: EntityManager,
  tenantId: string,
  productId: string,
): Promise<ProductRow | null> {
  const [row]: ProductRow[] = await manager.query(
    `select ${PRODUCT_COLUMNS} from erp.products where tenant_id = $1 and id = $2 for update`,
    [tenantId, productId],
  );
  return row ?? null;
}

/** A location as a move needs it: with its warehouse's code and negative-stock policy. */
export interface MoveLocation {
  id: string;
  code: string;
  warehouseId: string;
  warehouseCode: string;
  allowNegativeStock: boolean;
  /** The location and its warehouse are both active. */
  active: boolean;
}

export function fullCode(location: MoveLocation): string {
  return `${location.warehouseCode}/${location.code}`;
}

/**
 * The tenant's locations among `ids`, share-locked with their warehouses so that deactivating,
 * deleting or changing the negative-stock policy of either waits for the move (and the reverse).
 */
export async function shareLockLocations(
  manager: EntityManager,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, MoveLocation>> {
  const rows: MoveLocation[] = await manager.query(
    `select l.id, l.code, l.warehouse_id as "warehouseId", w.code as "warehouseCode",
       w.allow_negative_stock as "allowNegativeStock", (l.active and w.active) as active
     from erp.stock_locations l
     join erp.warehouses w on w.tenant_id = l.tenant_id and w.id = l.warehouse_id
     where l.tenant_id = $1 and l.id = any($2::uuid[])
     order by l.id
     for share of l, w`,
    [tenantId, ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** What a location holds of the product, read under a row lock; `exists` says whether a quant row does. */
export async function lockQuant(
  manager: EntityManager,
  tenantId: string,
  productId: string,
  locationId: string,
): Promise<{ quantity: string; exists: boolean }> {
  const [row]: Array<{ quantity: string }> = await manager.query(
    `select quantity from erp.stock_quants where tenant_id = $1 and product_id = $2 and location_id = $3 for update`,
    [tenantId, productId, locationId],
  );
  return row ? { quantity: row.quantity, exists: true } : { quantity: '0', exists: false };
}
