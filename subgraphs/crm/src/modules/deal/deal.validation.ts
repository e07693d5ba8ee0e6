import { userError, type UserError } from '@nexora/kit';
import { currencyFractionDigits, normalizeCurrency, parseAmount } from './deal.money';

export const TITLE_MAX_LENGTH = 200;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export function checkTitle(raw: string, field: string[]): Checked<string> {
  const title = raw.trim();
  if (title.length === 0)
    return { ok: false, errors: [userError('TITLE_REQUIRED', 'Enter a deal title.', field)] };
  if ([...title].length > TITLE_MAX_LENGTH)
    return {
      ok: false,
      errors: [
        userError('TITLE_TOO_LONG', `A title can have at most ${TITLE_MAX_LENGTH} characters.`, field),
      ],
    };
  return { ok: true, value: title };
}

/** Money input: a non-negative decimal string with at most the currency's fraction digits. */
export function checkMoney(
  input: { amount: string; currency: string },
  field: string[],
): Checked<{ amount: string; currency: string }> {
  const errors: UserError[] = [];
  const currency = normalizeCurrency(input.currency);
  if (!currency)
    errors.push(
      userError('CURRENCY_UNKNOWN', `"${input.currency.slice(0, 20)}" is not an ISO 4217 currency code.`, [
        ...field,
        'currency',
      ]),
    );
  const parsed = parseAmount(input.amount, currency ? currencyFractionDigits(currency) : 2);
  const at = [...field, 'amount'];
  if (parsed.kind === 'malformed')
    errors.push(userError('AMOUNT_INVALID', 'The amount is a decimal number such as "1234.50".', at));
  else if (parsed.kind === 'negative')
    errors.push(userError('AMOUNT_NEGATIVE', 'The amount cannot be negative.', at));
  else if (parsed.kind === 'too-precise')
    errors.push(userError('AMOUNT_TOO_PRECISE', 'The amount has more decimals than its currency uses.', at));
  else if (parsed.kind === 'too-large')
    errors.push(userError('AMOUNT_TOO_LARGE', 'The amount can be at most 999999999999.99.', at));
  if (errors.length > 0 || parsed.kind !== 'ok' || !currency) return { ok: false, errors };
  const units = parsed.units;
  return {
    ok: true,
    value: { amount: `${units / 100n}.${String(units % 100n).padStart(2, '0')}`, currency },
  };
}

/** An ISO calendar date (YYYY-MM-DD) that exists, between years 1900 and 2999. */
export function checkDate(raw: string, field: string[]): Checked<string> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  const invalid: Checked<string> = {
    ok: false,
    errors: [userError('DATE_INVALID', 'The date is an ISO date such as "2027-03-31".', field)],
  };
  if (!match) return invalid;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return invalid;
  return { ok: true, value: match[0] };
}
