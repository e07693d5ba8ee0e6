/**
 * Exact money for deals. Amounts travel as decimal strings, are validated as BigInt counts of the
 * smallest stored unit and are stored as numeric(14,2): no float ever touches an amount.
 */

export const AMOUNT_SCALE = 2;
/** The largest numeric(14,2): 999,999,999,999.99, in cents. */
export const MAX_AMOUNT_UNITS = 10n ** 14n - 1n;

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

/** Fraction digits of `currency` (its ISO minor unit), capped at the stored 2. */
export function currencyFractionDigits(currency: string): number {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return Math.min(AMOUNT_SCALE, digits);
}

export type ParsedAmount =
  | { kind: 'ok'; units: bigint }
  | { kind: 'negative' }
  | { kind: 'too-precise' }
  | { kind: 'too-large' }
  | { kind: 'malformed' };

/** Parses a plain decimal string ("12", "12.5") into units of 10^-scale; no exponents, no commas. */
export function parseAmount(text: string, scale: number): ParsedAmount {
  const match = /^(-?)(\d{1,20})(?:\.(\d{1,20}))?$/.exec(text.trim());
  if (!match) return { kind: 'malformed' };
  const [, sign, whole, fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  const units =
    BigInt(whole) * 10n ** BigInt(AMOUNT_SCALE) +
    BigInt(significant.padEnd(AMOUNT_SCALE, '0').slice(0, AMOUNT_SCALE) || '0');
  if (sign === '-' && (units !== 0n || significant.length > 0)) return { kind: 'negative' };
  if (significant.length > scale) return { kind: 'too-precise' };
  if (units > MAX_AMOUNT_UNITS) return { kind: 'too-large' };
  return { kind: 'ok', units };
}

/** Formats cents as a decimal string with exactly `digits` fraction digits. */
export function formatUnits(units: bigint, digits: number): string {
  const negative = units < 0n;
  const magnitude = (negative ? -units : units) / 10n ** BigInt(AMOUNT_SCALE - digits);
  const text = magnitude.toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** A stored numeric amount (any scale ≤ 2, e.g. a sum) as API money in the currency's own digits. */
export function toMoney(stored: string, currency: string): Money {
  const parsed = parseAmount(stored, AMOUNT_SCALE);
  let units: bigint;
  if (parsed.kind === 'ok') units = parsed.units;
  else if (parsed.kind === 'too-large') {
    // Sums of many deals may exceed one deal's maximum; format them exactly all the same.
    const [whole, fraction = ''] = stored.split('.');
    units = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2) || '0');
  } else throw new Error(`Stored amount "${stored}" is not a numeric(14,2) value`);
  return { amount: formatUnits(units, currencyFractionDigits(currency)), currency };
}
