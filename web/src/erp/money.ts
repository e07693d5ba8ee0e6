/**
 * Exact invoice arithmetic in the browser, the same rules erp applies (its invoice/money.ts): amounts
 * are decimal strings computed as BigInt counts of the currency's minor unit, so 1.5 × 19.99 is
 * 29.99 (half-up), never the 29.98 that `(1.5 * 19.99).toFixed(2)` gives.
 */

/** Quantities have up to 3 fraction digits. */
export const QUANTITY_SCALE = 3;

/** Fraction digits of amounts in `currency`: its ISO minor unit, at most 2 (what erp stores). */
export function currencyDigits(currency: string): number {
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits;
    return Math.min(2, digits ?? 2);
  } catch {
    return 2;
  }
}

/** A non-negative plain decimal ("12", "1.5") as units of 10^-scale; null if malformed or too precise. */
export function parseDecimal(text: string, scale: number): bigint | null {
  const match = /^(\d{1,20})(?:\.(\d{1,20}))?$/.exec(text.trim());
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > scale) return null;
  return BigInt(whole) * 10n ** BigInt(scale) + BigInt(significant.padEnd(scale, '0') || '0');
}

/** Units of 10^-digits as a decimal string with exactly `digits` fraction digits. */
export function formatUnits(units: bigint, digits: number): string {
  const text = units.toString().padStart(digits + 1, '0');
  if (digits === 0) return text;
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** quantity × unit price in minor units, rounded half-up; null while either is not a valid number. */
export function lineAmountUnits(quantity: string, unitPrice: string, digits: number): bigint | null {
  const quantityUnits = parseDecimal(quantity, QUANTITY_SCALE);
  const priceUnits = parseDecimal(unitPrice, digits);
  if (quantityUnits === null || priceUnits === null) return null;
  const divisor = 10n ** BigInt(QUANTITY_SCALE);
  return (quantityUnits * priceUnits + divisor / 2n) / divisor;
}

export interface LineAmounts {
  /** Each line's amount as a decimal string; null for a line not yet valid. */
  lines: Array<string | null>;
  /** The sum of the valid lines. */
  total: string;
  /** Whether every line counted (otherwise the total is of the valid ones only). */
  complete: boolean;
}

/** The amounts of a draft's lines and their total, as the server will compute them. */
export function lineAmounts(
  lines: ReadonlyArray<{ quantity: string; unitPrice: string }>,
  currency: string,
): LineAmounts {
  const digits = currencyDigits(currency);
  let total = 0n;
  let complete = true;
  const amounts = lines.map((line) => {
    const units = lineAmountUnits(line.quantity, line.unitPrice, digits);
    if (units === null) {
      complete = false;
      return null;
    }
    total += units;
    return formatUnits(units, digits);
  });
  return { lines: amounts, total: formatUnits(total, digits), complete };
}

/** A line's tax terms as the form knows them: the chosen rate's percentage and whether prices include it. */
export interface LineTaxTerms {
  rate: string;
  inclusive: boolean;
}

const RATE_SCALE = 4;
/** 100 % in rate units (percent × 10^4). */
const WHOLE_RATE = 10n ** BigInt(RATE_SCALE + 2);

function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * A line amount's net and tax in minor units, as erp's tax.compute.ts splits them: exclusive, tax =
 * net × rate; inclusive, net = gross / (1 + rate) rounded and tax the rest; untaxed, no tax.
 */
export function splitTax(units: bigint, terms: LineTaxTerms | null): { net: bigint; tax: bigint } {
  const rate = terms ? parseDecimal(terms.rate, RATE_SCALE) : null;
  if (!terms || rate === null) return { net: units, tax: 0n };
  if (!terms.inclusive) return { net: units, tax: roundHalfUp(units * rate, WHOLE_RATE) };
  const net = roundHalfUp(units * WHOLE_RATE, WHOLE_RATE + rate);
  return { net, tax: units - net };
}

export interface TaxedAmounts extends LineAmounts {
  subtotal: string;
  tax: string;
}

/** lineAmounts with each line's tax: the subtotal (net), the tax and the total the server will compute. */
export function taxedLineAmounts(
  lines: ReadonlyArray<{ quantity: string; unitPrice: string; tax: LineTaxTerms | null }>,
  currency: string,
): TaxedAmounts {
  const digits = currencyDigits(currency);
  const plain = lineAmounts(lines, currency);
  let net = 0n;
  let tax = 0n;
  for (const line of lines) {
    const units = lineAmountUnits(line.quantity, line.unitPrice, digits);
    if (units === null) continue;
    const split = splitTax(units, line.tax);
    net += split.net;
    tax += split.tax;
  }
  return {
    ...plain,
    subtotal: formatUnits(net, digits),
    tax: formatUnits(tax, digits),
    total: formatUnits(net + tax, digits),
  };
}
