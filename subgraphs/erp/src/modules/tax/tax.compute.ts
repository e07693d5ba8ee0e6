import { currencyFractionDigits, formatUnits, parseDecimal } from '../invoice/money';

/** A tax rate as a percentage with up to 4 decimals (`"20"`, `"8.875"`), and how prices carry it. */
export interface TaxTerms {
  rate: string;
  /** True: the amount already includes the tax (a gross price); false: the tax comes on top. */
  inclusive: boolean;
}

/** One line's amounts after tax, as decimal strings with the currency's fraction digits. */
export interface TaxedLine {
  net: string;
  tax: string;
  gross: string;
  currency: string;
}

export const RATE_SCALE = 4;
/** 100 % in rate units (percent × 10^4): a rate of 20 % is 200000 units, a fraction of 200000/10^6. */
const WHOLE = 10n ** BigInt(RATE_SCALE + 2);

/**
 * The tax of one line: exclusive, tax = net × rate and gross = net + tax; inclusive, net = gross /
 * (1 + rate) and tax = gross − net, so net + tax is always exactly the gross. The one rounding is
 * half-up (away from zero, for credit notes' negative amounts) at the currency's minor unit (at most
 * 2 digits, as amounts are stored), per line: a document's tax is the sum of its lines' taxes.
 * `amount` is the line's amount in `currency` (net when exclusive, gross when inclusive), e.g.
 * quantity × unit price already rounded. Throws RangeError on malformed input: callers validate
 * what users type before calling it.
 */
export function computeLineTax(amount: string, currency: string, terms: TaxTerms): TaxedLine {
  const digits = currencyFractionDigits(currency);
  const negative = amount.trim().startsWith('-');
  const magnitude = parseDecimal(negative ? amount.trim().slice(1) : amount, digits);
  if (magnitude.kind !== 'ok') {
    throw new RangeError(`"${amount}" is not an amount of ${currency} (at most ${digits} decimals)`);
  }
  const rate = parseDecimal(terms.rate, RATE_SCALE);
  if (rate.kind !== 'ok' || rate.units > WHOLE)
    throw new RangeError(`"${terms.rate}" is not a rate between 0 and 100`);
  const sign = negative ? -1n : 1n;
  const units = magnitude.units;
  const [net, tax] = terms.inclusive
    ? inclusiveSplit(units, rate.units)
    : [units, roundHalfUp(units * rate.units, WHOLE)];
  const format = (value: bigint) => formatUnits(sign * value, digits);
  return { net: format(net), tax: format(tax), gross: format(net + tax), currency };
}

/** A gross amount split into net (rounded) and tax (the rest), in minor units. */
function inclusiveSplit(gross: bigint, rateUnits: bigint): [bigint, bigint] {
  const net = roundHalfUp(gross * WHOLE, WHOLE + rateUnits);
  return [net, gross - net];
}

/** numerator / denominator rounded half-up, both non-negative. */
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}
