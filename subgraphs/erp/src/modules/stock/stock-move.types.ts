export type StockMoveType = 'RECEIPT' | 'DELIVERY' | 'TRANSFER' | 'ADJUSTMENT';

/** A row of `erp.stock_moves`, as `STOCK_MOVE_COLUMNS` selects it; numerics stay decimal strings. */
export interface StockMoveRow {
  id: string;
  tenantId: string;
  type: StockMoveType;
  productId: string;
  fromLocationId: string | null;
  toLocationId: string | null;
  /** numeric(12,3), always > 0; the direction is given by the locations. */
  quantity: string;
  /** numeric(14,2): a receipt's cost of one unit; null for other moves. */
  unitCost: string | null;
  /** numeric(18,2): what the move did to the product's stock value (− out, + in, 0 transfers). */
  valueChange: string;
  reason: string | null;
  reference: string | null;
  reversesMoveId: string | null;
  createdBy: string | null;
  createdAt: Date;
}

export const STOCK_MOVE_COLUMNS = `id, tenant_id as "tenantId", type, product_id as "productId",
  from_location_id as "fromLocationId", to_location_id as "toLocationId", quantity, unit_cost as "unitCost",
  value_change as "valueChange", reason, reference, reverses_move_id as "reversesMoveId",
  created_by as "createdBy", created_at as "createdAt"`;

/** How a move changes the product's total on hand: + into stock, − out of it, 0 between locations. */
export const QUANTITY_CHANGE_SQL = `case when from_location_id is null then quantity
  when to_location_id is null then -quantity else 0 end`;
