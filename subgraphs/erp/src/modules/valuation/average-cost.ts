import { AMOUNT_SCALE, currencyFractionDigits, formatUnits, type Money, toMoney } from '../invoice/money';
import { quantityUnits, toUnits } from '../stock/stock-quantity';
import { roundedCents } from '../stock/stock-valuation.math';

/**
 * value ÷ quantity as money of one unit, rounded half away from zero to the currency's digits,
 * computed from the exact value (never from the 6-decimal stored average, which would round twice).
 * Null when nothing is on hand.
 */
export function averageOf(quantity: string, value: string, currency: string): Money | null {
  const units = quantityUnits(quantity);
  if (units <= 0n) return null;
  const cents = roundedCents(toUnits(value, AMOUNT_SCALE) * 1000n, units, currencyFractionDigits(currency));
  return toMoney(formatUnits(cents, AMOUNT_SCALE), currency);
}

/** A stored 6-decimal average (the last known while nothing is on hand) as money of one unit. */
export function storedAverage(averageCost: string | null, currency: string): Money | null {
  if (averageCost === null) return null;
  const cents = roundedCents(toUnits(averageCost, 6), 10n ** 4n, currencyFractionDigits(currency));
  return toMoney(formatUnits(cents, AMOUNT_SCALE), currency);
}
