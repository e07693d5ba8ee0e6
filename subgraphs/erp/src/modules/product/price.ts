import { AMOUNT_SCALE, currencyFractionDigits, MAX_AMOUNT_UNITS, parseDecimal } from '../invoice/money';

export type ParsedPrice = { ok: true; cents: bigint } | { ok: false; reason: string };

/**
 * A price or unit cost typed by a user, in `currency`: a decimal string, 0 or more, with at most as
 * many fraction digits as the currency uses. Returned in cents (numeric(14,2) units) whatever the
 * currency, as invoices store them (JPY 1500 is 150000 cents).
 */
export function parsePrice(text: string, currency: string): ParsedPrice {
  const digits = currencyFractionDigits(currency);
  const parsed = parseDecimal(text, digits);
  if (parsed.kind === 'negative') return { ok: false, reason: 'cannot be negative' };
  if (parsed.kind !== 'ok') {
    return { ok: false, reason: `must be a decimal amount with at most ${digits} decimals (e.g. "12.50")` };
  }
  const cents = parsed.units * 10n ** BigInt(AMOUNT_SCALE - digits);
  if (cents > MAX_AMOUNT_UNITS) return { ok: false, reason: 'is too large' };
  return { ok: true, cents };
}
