import { type SubgraphContext, tenantOf } from '@nexora/kit';
import { QUANTITY_CHANGE_SQL } from './stock-move.types';

export type StockDiscrepancyKind = 'LOCATION_QUANTITY' | 'PRODUCT_QUANTITY' | 'PRODUCT_VALUE';

/** A maintained figure that differs from what the moves add up to. */
export interface StockDiscrepancyModel {
  kind: StockDiscrepancyKind;
  productId: string;
  locationId: string | null;
  recorded: string;
  fromMoves: string;
}

export interface StockVerificationModel {
  consistent: boolean;
  discrepancies: StockDiscrepancyModel[];
}

const MAX_REPORTED = 100;

/**
 * Recomputes the tenant's stock from its moves alone and compares: each location's quant with the
 * sum of the moves into it minus those out of it, and each product's totals (quantity, value) with
 * the sum over its moves. The moves are immutable, so they are the truth; a discrepancy means the
 * maintained tables were changed behind the service's back. Reports at most 100.
 */
export async function verifyStock(ctx: SubgraphContext): Promise<StockVerificationModel> {
  const tenantId = tenantOf(ctx);
  return ctx.db.run(async (manager) => {
    const locations: StockDiscrepancyModel[] = await manager.query(
      `with sides as (
         select product_id, from_location_id as location_id, -quantity as change
         from erp.stock_moves where tenant_id = $1 and from_location_id is not null
         union all
         select product_id, to_location_id, quantity
         from erp.stock_moves where tenant_id = $1 and to_location_id is not null
       ), expected as (
         select product_id, location_id, sum(change) as quantity from sides group by product_id, location_id
       ), recorded as (
         select product_id, location_id, quantity from erp.stock_quants where tenant_id = $1
       )
       select 'LOCATION_QUANTITY' as kind, coalesce(r.product_id, e.product_id) as "productId",
         coalesce(r.location_id, e.location_id) as "locationId",
         coalesce(r.quantity, 0)::text as recorded, coalesce(e.quantity, 0)::text as "fromMoves"
       from recorded r full join expected e on e.product_id = r.product_id and e.location_id = r.location_id
       where coalesce(r.quantity, 0) <> coalesce(e.quantity, 0)
       limit ${MAX_REPORTED}`,
      [tenantId],
    );
    const products: Array<{
      productId: string;
      quantity: string;
      movedQuantity: string;
      value: string;
      movedValue: string;
      quantityDiffers: boolean;
      valueDiffers: boolean;
    }> = await manager.query(
      `select p.id as "productId", p.stock_quantity::text as quantity, coalesce(m.quantity, 0)::text as "movedQuantity",
         p.stock_value::text as value, coalesce(m.value, 0)::text as "movedValue",
         p.stock_quantity <> coalesce(m.quantity, 0) as "quantityDiffers",
         p.stock_value <> coalesce(m.value, 0) as "valueDiffers"
       from erp.products p
       left join (
         select product_id, sum(${QUANTITY_CHANGE_SQL}) as quantity, sum(value_change) as value
         from erp.stock_moves where tenant_id = $1 group by product_id
       ) m on m.product_id = p.id
       where p.tenant_id = $1
         and (p.stock_quantity <> coalesce(m.quantity, 0) or p.stock_value <> coalesce(m.value, 0))
       limit ${MAX_REPORTED}`,
      [tenantId],
    );
    const discrepancies = [...locations];
    for (const row of products) {
      if (row.quantityDiffers) {
        discrepancies.push(
          productDiscrepancy('PRODUCT_QUANTITY', row.productId, row.quantity, row.movedQuantity),
        );
      }
      if (row.valueDiffers) {
        discrepancies.push(productDiscrepancy('PRODUCT_VALUE', row.productId, row.value, row.movedValue));
      }
    }
    return { consistent: discrepancies.length === 0, discrepancies: discrepancies.slice(0, MAX_REPORTED) };
  });
}

function productDiscrepancy(
  kind: StockDiscrepancyKind,
  productId: string,
  recorded: string,
  fromMoves: string,
): StockDiscrepancyModel {
  return { kind, productId, locationId: null, recorded, fromMoves };
}
