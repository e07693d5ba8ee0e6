import {
  AMOUNT_SCALE,
  currencyFractionDigits,
  formatUnits,
  MAX_AMOUNT_UNITS,
  parseDecimal,
} from '../invoice/money';

/** Why an amount was refused; null when it is a usable positive amount. */
export type AmountProblem =
  'AMOUNT_INVALID' | 'AMOUNT_TOO_PRECISE' | 'AMOUNT_NOT_POSITIVE' | 'AMOUNT_TOO_LARGE';

/**
 * A positive amount of `currency` as cents (the stored numeric(14,2) scale, whatever the
 * currency's own minor unit: JPY 1500 is 150000 cents), refusing more fraction digits than the
 * currency has.
 */
export function parsePositiveAmount(
  text: string,
  currency: string,
): { ok: true; cents: bigint } | { ok: false; problem: AmountProblem } {
  const digits = currencyFractionDigits(currency);
  const parsed = parseDecimal(text, digits);
  if (parsed.kind === 'malformed') return { ok: false, problem: 'AMOUNT_INVALID' };
  if (parsed.kind === 'too-precise') return { ok: false, problem: 'AMOUNT_TOO_PRECISE' };
  if (parsed.kind === 'negative' || parsed.units === 0n) return { ok: false, problem: 'AMOUNT_NOT_POSITIVE' };
  const cents = parsed.units * 10n ** BigInt(AMOUNT_SCALE - digits);
  if (cents > MAX_AMOUNT_UNITS) return { ok: false, problem: 'AMOUNT_TOO_LARGE' };
  return { ok: true, cents };
}

/** Cents as the numeric(14,2) text Postgres stores and prints, e.g. 12345n → "123.45". */
export function centsText(cents: bigint): string {
  return formatUnits(cents, AMOUNT_SCALE);
}

/** Cents for people: the currency's own fraction digits and code, e.g. "1500 JPY", "12.50 USD". */
export function describeCents(cents: bigint, currency: string): string {
  return `${formatUnits(cents, AMOUNT_SCALE, currencyFractionDigits(currency))} ${currency}`;
}

/** A stored numeric amount (any sign, two decimals at most) as cents. */
export function storedCents(text: string): bigint {
  const negative = text.startsWith('-');
  const parsed = parseDecimal(negative ? text.slice(1) : text, AMOUNT_SCALE);
  if (parsed.kind !== 'ok') throw new Error(`Stored amount "${text}" is not a numeric(…,2) value`);
  return negative ? -parsed.units : parsed.units;
}
