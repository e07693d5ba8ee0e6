import { AMOUNT_SCALE } from '../invoice/money';
import type { ProductRow } from '../product/product.types';
import type { MoveRequest } from './stock-move.inputs';
import type { StockMoveRow } from './stock-move.types';
import { quantityUnits, toUnits } from './stock-quantity';
import { gainValue, outflowValue, receiptValue, type StockTotals } from './stock-valuation.math';

/** The product's stock totals as stored on its (locked) row. */
export function currentTotals(product: ProductRow): StockTotals {
  return {
    quantity: quantityUnits(product.stockQuantity),
    value: toUnits(product.stockValue, AMOUNT_SCALE),
    averageCost: product.averageCost === null ? null : toUnits(product.averageCost, 6),
  };
}

/**
 * What a move does to the product's stock value, in cents (see stock-valuation.math.ts for the
 * rules): receipts at their unit cost, outflows at the average, transfers nothing, reversals the
 * mirror of the move they reverse.
 */
export function valueMove(
  request: MoveRequest,
  product: ProductRow,
  move: { quantity: bigint; quantityChange: bigint; unitCost: bigint | null; digits: number },
): bigint {
  const { quantity, quantityChange, unitCost, digits } = move;
  if (quantityChange === 0n) return 0n;
  const totals = currentTotals(product);
  const costPrice = toUnits(product.costPrice, AMOUNT_SCALE);
  if (request.type === 'RECEIPT') return receiptValue(quantity, unitCost ?? 0n, digits);
  if (request.type === 'REVERSAL') return reversalValue(totals, request.original, quantity, quantityChange);
  if (quantityChange > 0n) return gainValue(totals, quantity, costPrice, digits);
  return -outflowValue(totals, quantity, costPrice, digits);
}

/**
 * A reversal undoes its move's value exactly: a delivery comes back at the value it left with, a
 * receipt leaves with the value it brought (so reversing a receipt typed with a wrong cost puts the
 * average back). Two bounds keep the books sane when other moves happened in between: a reversal
 * never takes more value than the stock holds, and one that empties the product takes all of it.
 */
function reversalValue(
  totals: StockTotals,
  original: StockMoveRow,
  quantity: bigint,
  quantityChange: bigint,
): bigint {
  const originalValue = toUnits(original.valueChange, AMOUNT_SCALE);
  if (quantityChange > 0n) return -originalValue;
  if (totals.quantity - quantity === 0n) return -totals.value;
  if (totals.value >= 0n && originalValue > totals.value) return -totals.value;
  return -originalValue;
}
