import { userError, type UserError } from '@nexora/kit';
import { formatUnits, parseDecimal } from '../invoice/money';
import { RATE_SCALE } from './tax.compute';

export const TAX_NAME_MAX_LENGTH = 100;

/** A tax name, trimmed, 1–100 characters; null (with an error pushed) otherwise. */
export function checkTaxName(raw: string, errors: UserError[]): string | null {
  const name = raw.trim();
  const field = ['input', 'name'];
  if (name.length === 0) {
    errors.push(userError('NAME_REQUIRED', 'Give the tax rate a name, e.g. "VAT 20%".', field));
    return null;
  }
  if ([...name].length > TAX_NAME_MAX_LENGTH) {
    errors.push(
      userError('NAME_TOO_LONG', `A tax name can have at most ${TAX_NAME_MAX_LENGTH} characters.`, field),
    );
    return null;
  }
  return name;
}

/** A percentage from 0 to 100 with up to 4 decimals, as stored (numeric(7,4) text). */
export function checkTaxRate(raw: string, errors: UserError[]): string | null {
  const parsed = parseDecimal(raw, RATE_SCALE);
  if (parsed.kind === 'ok' && parsed.units <= 100n * 10n ** BigInt(RATE_SCALE)) {
    return formatUnits(parsed.units, RATE_SCALE);
  }
  errors.push(
    userError(
      'RATE_INVALID',
      'The rate is a percentage from 0 to 100 with at most 4 decimals, e.g. "20" or "8.875".',
      ['input', 'rate'],
    ),
  );
  return null;
}
