import type { EntityManager } from 'typeorm';
import { AMOUNT_SCALE, formatUnits } from '../invoice/money';
import type { PlannedMove, PlannedSide } from './stock-move.plan';
import { STOCK_MOVE_COLUMNS, type StockMoveRow } from './stock-move.types';
import { quantityText } from './stock-quantity';

/**
 * Writes a planned move: the immutable move row, the quants of the locations it touches and the
 * product's totals, in the request's transaction and under the product's lock, so on-hand always
 * equals the sum of the moves (verifyStock checks it).
 */
export async function writeMove(
  manager: EntityManager,
  plan: PlannedMove,
  createdBy: string | null,
): Promise<StockMoveRow> {
  const { product } = plan;
  const [move]: StockMoveRow[] = await manager.query(
    `insert into erp.stock_moves (tenant_id, type, product_id, from_location_id, to_location_id, quantity,
       unit_cost, value_change, reason, reference, reverses_move_id, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning ${STOCK_MOVE_COLUMNS}`,
    [
      product.tenantId,
      plan.type,
      product.id,
      plan.from?.location.id ?? null,
      plan.to?.location.id ?? null,
      quantityText(plan.quantity),
      plan.unitCost === null ? null : formatUnits(plan.unitCost, AMOUNT_SCALE),
      formatUnits(plan.valueChange, AMOUNT_SCALE),
      plan.reason,
      plan.reference,
      plan.reversesMoveId,
      createdBy,
    ],
  );
  for (const side of [plan.from, plan.to]) {
    if (side) await writeQuant(manager, product.tenantId, product.id, side);
  }
  await manager.query(
    `update erp.products set stock_quantity = $3, stock_value = $4, average_cost = $5 where tenant_id = $1 and id = $2`,
    [
      product.tenantId,
      product.id,
      quantityText(plan.totals.quantity),
      formatUnits(plan.totals.value, AMOUNT_SCALE),
      plan.totals.averageCost === null ? null : formatUnits(plan.totals.averageCost, 6),
    ],
  );
  return move;
}

/**
 * Applies the move to a location's quant. The update adds the change rather than setting the planned
 * result, so even a write path that forgot the product's lock could not overdraw silently: the
 * negative-stock trigger would refuse the result. Not an `insert … on conflict`: a BEFORE INSERT
 * trigger would see the bare change (e.g. −1) and refuse it as negative stock before the conflict
 * turned it into an update; the plan knows whether the row exists, and the lock keeps that true.
 */
async function writeQuant(manager: EntityManager, tenantId: string, productId: string, side: PlannedSide) {
  const change = side.after - side.before;
  if (side.exists) {
    const [rows]: [Array<{ quantity: string }>, number] = await manager.query(
      `update erp.stock_quants set quantity = quantity + $4, updated_at = now()
       where tenant_id = $1 and product_id = $2 and location_id = $3 returning quantity`,
      [tenantId, productId, side.location.id, quantityText(change)],
    );
    if (rows[0]?.quantity !== quantityText(side.after)) {
      throw new Error(`Quant of ${productId} at ${side.location.id} changed under the product's lock`);
    }
    return;
  }
  await manager.query(
    `insert into erp.stock_quants (tenant_id, product_id, location_id, quantity, warehouse_id)
     values ($1, $2, $3, $4, $5)`,
    [tenantId, productId, side.location.id, quantityText(side.after), side.location.warehouseId],
  );
}
