import { userError, type UserError } from '@nexora/kit';
import { AMOUNT_SCALE, formatUnits, normalizeCurrency } from '../invoice/money';
import { parsePrice } from './price';
import { UNITS } from './product.types';

export const SKU_MAX_LENGTH = 64;
export const NAME_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 2000;
const SKU = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** A trimmed SKU, or null with SKU_INVALID in `errors`. */
export function checkSku(raw: string, field: string[], errors: UserError[]): string | null {
  const sku = raw.trim();
  if (sku.length === 0 || sku.length > SKU_MAX_LENGTH || !SKU.test(sku)) {
    errors.push(
      userError(
        'SKU_INVALID',
        `A SKU has 1–${SKU_MAX_LENGTH} letters, digits, ".", "_", "-" or "/", starting with a letter or digit.`,
        field,
      ),
    );
    return null;
  }
  return sku;
}

export function checkProductName(raw: string, field: string[], errors: UserError[]): string | null {
  const name = raw.trim();
  if (name.length === 0) {
    errors.push(userError('NAME_REQUIRED', 'Give the product a name.', field));
    return null;
  }
  if ([...name].length > NAME_MAX_LENGTH) {
    errors.push(userError('NAME_TOO_LONG', `A name can have at most ${NAME_MAX_LENGTH} characters.`, field));
    return null;
  }
  return name;
}

/** A trimmed description; blank is none (null). `undefined` with DESCRIPTION_TOO_LONG in `errors`. */
export function checkDescription(
  raw: string,
  field: string[],
  errors: UserError[],
): string | null | undefined {
  const description = raw.trim();
  if (description.length === 0) return null;
  if ([...description].length > DESCRIPTION_MAX_LENGTH) {
    errors.push(
      userError(
        'DESCRIPTION_TOO_LONG',
        `A description can have at most ${DESCRIPTION_MAX_LENGTH} characters.`,
        field,
      ),
    );
    return undefined;
  }
  return description;
}

export function checkUnit(raw: string, field: string[], errors: UserError[]): string | null {
  const unit = raw.trim().toLowerCase();
  if (!UNITS.includes(unit)) {
    errors.push(userError('UNIT_INVALID', `The unit must be one of: ${UNITS.join(', ')}.`, field));
    return null;
  }
  return unit;
}

export function checkCurrency(raw: string, field: string[], errors: UserError[]): string | null {
  const currency = normalizeCurrency(raw);
  if (!currency) {
    errors.push(
      userError('CURRENCY_INVALID', 'Use an ISO 4217 currency code such as "USD" or "EUR".', field),
    );
  }
  return currency;
}

/** A price as numeric(14,2) text, or null with `code` in `errors`. */
export function checkPrice(
  raw: string,
  currency: string,
  code: 'COST_PRICE_INVALID' | 'SALE_PRICE_INVALID',
  field: string[],
  errors: UserError[],
): string | null {
  const parsed = parsePrice(raw, currency);
  if (!parsed.ok) {
    const what = code === 'COST_PRICE_INVALID' ? 'The cost price' : 'The sale price';
    errors.push(userError(code, `${what} ${parsed.reason}.`, field));
    return null;
  }
  return formatUnits(parsed.cents, AMOUNT_SCALE);
}
