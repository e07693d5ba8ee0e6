import { type DomainEvent, isUuid } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import type { MetricName } from '../metric/metric.service';

/** What erp's `erp.stock.moved` carries (erp `stockMovedPayload`): decimal strings, never floats. */
interface StockMoved {
  id: string;
  productId: string;
  sku: string | null;
  quantity: string;
  fromLocationId: string | null;
  toLocationId: string | null;
  valueChange: string;
  currency: string;
}

export const STOCK_EVENTS = ['erp.stock.moved'];

const QUANTITY = /^\d{1,12}(\.\d{1,3})?$/;
const SIGNED_AMOUNT = /^-?\d{1,16}(\.\d{1,2})?$/;

function isStockMoved(payload: unknown): payload is StockMoved {
  const move = payload as Partial<StockMoved> | null;
  const location = (id: unknown) => id === null || (typeof id === 'string' && isUuid(id));
  return (
    typeof move?.id === 'string' &&
    isUuid(move.id) &&
    typeof move.productId === 'string' &&
    isUuid(move.productId) &&
    typeof move.quantity === 'string' &&
    QUANTITY.test(move.quantity) &&
    location(move.fromLocationId) &&
    location(move.toLocationId) &&
    typeof move.valueChange === 'string' &&
    SIGNED_AMOUNT.test(move.valueChange) &&
    typeof move.currency === 'string'
  );
}

/**
 * erp's sign of a move's quantity (its `QUANTITY_CHANGE_SQL`): from nowhere is stock coming in, to
 * nowhere stock going out, between two locations the total on hand is unchanged.
 */
function quantityChange(move: StockMoved): string {
  if (move.fromLocationId === null) return move.quantity;
  if (move.toLocationId === null) return `-${move.quantity}`;
  return '0';
}

/**
 * Records one stock move, once per erp move id (a replay or a second delivery inserts nothing);
 * valuation is the sum of the moves, so their order does not matter. STOCK_VALUE changes when the
 * move carried value (transfers between locations do not).
 */
export async function applyStockEvent(manager: EntityManager, event: DomainEvent): Promise<MetricName[]> {
  const move = event.payload;
  if (!isStockMoved(move)) return [];
  const inserted: unknown[] = await manager.query(
    `insert into analytics.stock_moves (tenant_id, move_id, product_id, sku, currency, quantity_change, value_change, moved_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (tenant_id, move_id) do nothing returning move_id`,
    [
      event.tenantId,
      move.id,
      move.productId,
      typeof move.sku === 'string' ? move.sku : null,
      move.currency,
      quantityChange(move),
      move.valueChange,
      event.occurredAt,
    ],
  );
  return inserted.length > 0 && Number(move.valueChange) !== 0 ? ['STOCK_VALUE'] : [];
}
