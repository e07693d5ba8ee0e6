import { userError, type UserError } from '@nexora/kit';
import {
  formatQuantity,
  formatUnits,
  MAX_QUANTITY_UNITS,
  parseDecimal,
  QUANTITY_SCALE,
} from '../invoice/money';

/**
 * Stock quantities are exact decimals with 3 fraction digits, computed as BigInt thousandths. One
 * move carries at most numeric(12,3); totals and quants are numeric(18,3).
 */
export const MAX_TOTAL_QUANTITY_UNITS = 10n ** 18n - 1n;

/** A stored numeric (any scale up to `scale`, maybe negative) as BigInt units of 10^-scale. */
export function toUnits(stored: string, scale: number): bigint {
  const negative = stored.startsWith('-');
  const parsed = parseDecimal(negative ? stored.slice(1) : stored, scale);
  if (parsed.kind !== 'ok') throw new Error(`Stored value "${stored}" does not fit scale ${scale}`);
  return negative ? -parsed.units : parsed.units;
}

export function quantityUnits(stored: string): bigint {
  return toUnits(stored, QUANTITY_SCALE);
}

/** Thousandths as the API shows quantities: no trailing zeros ("2", "1.5", "-0.25"). */
export function formatStockQuantity(units: bigint): string {
  return formatQuantity(formatUnits(units, QUANTITY_SCALE));
}

/** Thousandths as numeric(…,3) text for SQL. */
export function quantityText(units: bigint): string {
  return formatUnits(units, QUANTITY_SCALE);
}

export type QuantityRule = 'positive' | 'zero-or-more' | 'non-zero';

const RULE_TEXT: Record<QuantityRule, string> = {
  positive: 'greater than 0',
  'zero-or-more': '0 or more',
  'non-zero': 'other than 0 (negative to remove stock)',
};

/**
 * A quantity typed by a user: a decimal string with up to 3 fraction digits. A negative one is
 * NEGATIVE_QUANTITY (unless `rule` is `non-zero`, a signed difference); anything else not
 * allowed by `rule` (zero, malformed, too precise, too large) is QUANTITY_INVALID.
 */
export function checkQuantity(
  raw: string,
  rule: QuantityRule,
  field: string[],
  errors: UserError[],
  max: bigint = MAX_QUANTITY_UNITS,
): bigint | null {
  const negative = raw.trim().startsWith('-');
  const parsed = parseDecimal(negative && rule === 'non-zero' ? raw.trim().slice(1) : raw, QUANTITY_SCALE);
  if (parsed.kind === 'negative' && rule !== 'non-zero') {
    errors.push(
      userError(
        'NEGATIVE_QUANTITY',
        `The quantity must be ${RULE_TEXT[rule]}; "${raw.trim()}" is negative.`,
        field,
      ),
    );
    return null;
  }
  const units =
    parsed.kind === 'ok' ? (negative && rule === 'non-zero' ? -parsed.units : parsed.units) : null;
  const zeroRefused = rule !== 'zero-or-more' && units === 0n;
  if (units === null || zeroRefused || (units < 0n ? -units : units) > max) {
    errors.push(
      userError(
        'QUANTITY_INVALID',
        `The quantity must be a number ${RULE_TEXT[rule]} with at most 3 decimals (e.g. "2" or "1.5").`,
        field,
      ),
    );
    return null;
  }
  return units;
}
