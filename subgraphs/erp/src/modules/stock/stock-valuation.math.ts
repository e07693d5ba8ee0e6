import { AMOUNT_SCALE, lineAmountUnits } from '../invoice/money';

/**
 * The moving weighted average cost, in exact integers. A product's stock is its quantity on hand
 * (thousandths of a unit, over every location) and its value (cents, rounded to the currency's
 * digits at each move). The average is value ÷ quantity; it is kept to 6 decimals (millionths)
 * only to value moves made while the product has no stock.
 *
 * Rounding (half away from zero, to the currency's digits, once per move):
 * - a receipt adds quantity × its unit cost;
 * - an outflow (delivery, adjustment loss) takes quantity × value ÷ quantity on hand, so the last
 *   unit out takes exactly the value left, and the value never drifts away from the quantity;
 * - stock leaving past zero (only where a warehouse allows negative stock) and adjustment gains
 *   are valued at the current average (the last one known when there is no stock, else the
 *   product's cost price).
 */
export interface StockTotals {
  /** Thousandths of a unit. */
  quantity: bigint;
  /** Cents. */
  value: bigint;
  /** Millionths of the currency per unit; null before the product first had stock. */
  averageCost: bigint | null;
}

/** Cents in a millionth-per-unit price: × 10^4; thousandths of a unit: ÷ 10^3. */
const AVERAGE_PER_VALUE = 10n ** 7n;

/** numerator ÷ denominator cents, rounded half away from zero to the currency's `digits`. */
export function roundedCents(numerator: bigint, denominator: bigint, digits: number): bigint {
  const step = 10n ** BigInt(AMOUNT_SCALE - digits);
  const divisor = denominator * step;
  const negative = numerator < 0n !== divisor < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = divisor < 0n ? -divisor : divisor;
  const magnitude = (n + d / 2n) / d;
  return (negative ? -magnitude : magnitude) * step;
}

/** What `quantity` units received at `unitCostCents` each are worth. */
export function receiptValue(quantity: bigint, unitCostCents: bigint, digits: number): bigint {
  return lineAmountUnits(quantity, unitCostCents, digits);
}

/** The average to value stock at when the totals cannot say (no stock on hand). */
export function knownAverage(totals: StockTotals, costPriceCents: bigint): bigint {
  if (totals.quantity > 0n) return roundedAverage(totals.value, totals.quantity);
  return totals.averageCost ?? costPriceCents * 10n ** 4n;
}

/** `quantity` units at an average in millionths, in cents. */
function atAverage(quantity: bigint, average: bigint, digits: number): bigint {
  return roundedCents(quantity * average, AVERAGE_PER_VALUE, digits);
}

/** The value (positive cents) that `quantity` units leaving the product's stock take with them. */
export function outflowValue(
  totals: StockTotals,
  quantity: bigint,
  costPriceCents: bigint,
  digits: number,
): bigint {
  const onHand = totals.quantity;
  if (onHand > 0n && quantity <= onHand) {
    return quantity === onHand ? totals.value : roundedCents(quantity * totals.value, onHand, digits);
  }
  const average = knownAverage(totals, costPriceCents);
  if (onHand > 0n) return totals.value + atAverage(quantity - onHand, average, digits);
  return atAverage(quantity, average, digits);
}

/** The value (positive cents) that `quantity` units found (an adjustment gain) bring in. */
export function gainValue(
  totals: StockTotals,
  quantity: bigint,
  costPriceCents: bigint,
  digits: number,
): bigint {
  if (totals.quantity > 0n) return roundedCents(quantity * totals.value, totals.quantity, digits);
  return atAverage(quantity, knownAverage(totals, costPriceCents), digits);
}

/** The totals after a move changed them; the average follows while there is stock. */
export function applyMove(totals: StockTotals, quantityChange: bigint, valueChange: bigint): StockTotals {
  const quantity = totals.quantity + quantityChange;
  const value = totals.value + valueChange;
  const averageCost = quantity > 0n ? roundedAverage(value, quantity) : totals.averageCost;
  return { quantity, value, averageCost: averageCost !== null && averageCost < 0n ? 0n : averageCost };
}

/** value (cents) ÷ quantity (thousandths) in millionths per unit, half away from zero. */
function roundedAverage(value: bigint, quantity: bigint): bigint {
  const numerator = value * AVERAGE_PER_VALUE;
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  const magnitude = (n + quantity / 2n) / quantity;
  return negative ? -magnitude : magnitude;
}
