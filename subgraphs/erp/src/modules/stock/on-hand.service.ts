import { badUserInput, groupByKeys, notFound, parseId, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import { productByIdLoader } from '../product/product.loaders';
import { locationByIdLoader, warehouseByIdLoader } from '../warehouse/warehouse.loaders';
import { quantityUnits } from './stock-quantity';

/** What one location holds of a product (a quant), as the API shows it. */
export interface LocationStockModel {
  productId: string;
  locationId: string;
  warehouseId: string;
  quantity: string;
}

/** A product's quantity on hand: the total and the locations holding it (non-zero quants). */
export interface OnHandModel {
  productId: string;
  total: bigint;
  locations: LocationStockModel[];
}

/** The non-zero quants of many products in one query, by warehouse code then location code. */
export function quantsByProductLoader(
  ctx: SubgraphContext,
): DataLoader<string, LocationStockModel[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, LocationStockModel[]>('quantsByProduct', async (productIds) => {
    const rows: LocationStockModel[] = await ctx.db.run((manager) =>
      manager.query(
        `select q.product_id as "productId", q.location_id as "locationId", q.warehouse_id as "warehouseId", q.quantity
         from erp.stock_quants q
         join erp.stock_locations l on l.tenant_id = q.tenant_id and l.id = q.location_id
         join erp.warehouses w on w.tenant_id = q.tenant_id and w.id = q.warehouse_id
         where q.tenant_id = $1 and q.product_id = any($2::uuid[]) and q.quantity <> 0
         order by w.code, l.code`,
        [tenantId, productIds],
      ),
    );
    return groupByKeys(productIds, rows, (row) => row.productId);
  });
}

/** A product's on-hand, optionally only in one warehouse and/or one location. */
export async function onHandOf(
  ctx: SubgraphContext,
  productId: string,
  scope: { warehouseId?: string | null; locationId?: string | null } = {},
): Promise<OnHandModel> {
  const quants = await quantsByProductLoader(ctx).load(productId);
  const locations = quants.filter(
    (quant) =>
      (!scope.warehouseId || quant.warehouseId === scope.warehouseId) &&
      (!scope.locationId || quant.locationId === scope.locationId),
  );
  const total = locations.reduce((sum, quant) => sum + quantityUnits(quant.quantity), 0n);
  return { productId, total, locations };
}

/**
 * `stockOnHand`: the product, warehouse and location must be the tenant's (NOT_FOUND otherwise, so
 * a mistyped id is not mistaken for an empty shelf), and the location must be in the warehouse.
 */
export async function stockOnHand(
  ctx: SubgraphContext,
  args: { productId: string; warehouseId?: string | null; locationId?: string | null },
): Promise<OnHandModel> {
  const productId = parseId(args.productId, 'productId');
  const warehouseId = args.warehouseId == null ? null : parseId(args.warehouseId, 'warehouseId');
  const locationId = args.locationId == null ? null : parseId(args.locationId, 'locationId');
  const [product, warehouse, location] = await Promise.all([
    productByIdLoader(ctx).load(productId),
    warehouseId ? warehouseByIdLoader(ctx).load(warehouseId) : null,
    locationId ? locationByIdLoader(ctx).load(locationId) : null,
  ]);
  if (!product) throw notFound('Product', productId);
  if (warehouseId && !warehouse) throw notFound('Warehouse', warehouseId);
  if (locationId && !location) throw notFound('Location', locationId);
  if (warehouseId && location && location.warehouseId !== warehouseId) {
    throw badUserInput('"locationId" is not a location of "warehouseId".', 'locationId');
  }
  return onHandOf(ctx, productId, { warehouseId, locationId });
}
