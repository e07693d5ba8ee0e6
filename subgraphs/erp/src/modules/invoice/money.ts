/**
 * Exact decimal arithmetic for invoice amounts. Values travel as decimal strings and are computed as
 * BigInt counts of the smallest unit, so `0.1 + 0.2` is `0.30`, never `0.30000000000000004`.
 */

/** What the database stores: numeric(14,2) amounts and numeric(12,3) quantities. */
export const AMOUNT_SCALE = 2;
export const QUANTITY_SCALE = 3;
/** The largest numeric(14,2): 999,999,999,999.99, in cents. */
export const MAX_AMOUNT_UNITS = 10n ** 14n - 1n;
/** The largest numeric(12,3): 999,999,999.999, in thousandths. */
export const MAX_QUANTITY_UNITS = 10n ** 12n - 1n;

export const DEFAULT_CURRENCY = 'USD';

export interface Money {
  amount: string;
  currency: string;
}

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code known to the runtime's ICU data, uppercased; null if unknown. */
export function normalizeCurrency(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code) ? code : null;
}

/** Fraction digits used for amounts in `currency`: its ISO minor unit, capped at the stored 2. */
export function currencyFractionDigits(currency: string): number {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return Math.min(AMOUNT_SCALE, digits);
}

export type ParsedDecimal =
  { kind: 'ok'; units: bigint } | { kind: 'negative' } | { kind: 'too-precise' } | { kind: 'malformed' };

/** Parses a plain decimal string ("12", "12.5", "-3") into units of 10^-scale. */
export function parseDecimal(text: string, scale: number): ParsedDecimal {
  const match = /^(-?)(\d{1,20})(?:\.(\d{1,20}))?$/.exec(text.trim());
  if (!match) return { kind: 'malformed' };
  const [, sign, whole, fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > scale) return { kind: 'too-precise' };
  const units = BigInt(whole) * 10n ** BigInt(scale) + BigInt(significant.padEnd(scale, '0') || '0');
  if (sign === '-' && units !== 0n) return { kind: 'negative' };
  return { kind: 'ok', units };
}

/** Formats units of 10^-scale as a decimal string with exactly `digits` fraction digits. */
export function formatUnits(units: bigint, scale: number, digits = scale): string {
  const negative = units < 0n;
  const magnitude = (negative ? -units : units) / 10n ** BigInt(scale - digits);
  const text = magnitude.toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** quantity × unit price, rounded half-up to the currency's fraction digits, in cents. */
export function lineAmountUnits(quantityUnits: bigint, priceUnits: bigint, currencyDigits: number): bigint {
  const product = quantityUnits * priceUnits; // scale QUANTITY_SCALE + AMOUNT_SCALE
  const divisor = 10n ** BigInt(QUANTITY_SCALE + AMOUNT_SCALE - currencyDigits);
  const rounded = (product + divisor / 2n) / divisor;
  return rounded * 10n ** BigInt(AMOUNT_SCALE - currencyDigits);
}

/** A stored numeric(14,2) amount as API money, with the currency's own number of fraction digits. */
export function toMoney(storedAmount: string, currency: string): Money {
  const parsed = parseDecimal(storedAmount.replace(/^-/, ''), AMOUNT_SCALE);
  if (parsed.kind !== 'ok') throw new Error(`Stored amount "${storedAmount}" is not a numeric(14,2) value`);
  const units = storedAmount.startsWith('-') ? -parsed.units : parsed.units;
  return { amount: formatUnits(units, AMOUNT_SCALE, currencyFractionDigits(currency)), currency };
}

/** A stored numeric(12,3) quantity without trailing zeros ("1.500" → "1.5", "2.000" → "2"). */
export function formatQuantity(stored: string): string {
  return stored.includes('.') ? stored.replace(/\.?0+$/, '') : stored;
}
