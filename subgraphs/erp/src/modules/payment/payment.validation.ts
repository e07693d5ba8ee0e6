import { userError, type UserError } from '@nexora/kit';
import { parsePositiveAmount } from '../journal-entry/ledger-amount';
import { checkLedgerDate, todayUtc } from '../journal-entry/ledger-date';
import { normalizeCurrency } from '../invoice/money';

export const REFERENCE_MAX_LENGTH = 200;

const AMOUNT_MESSAGES: Record<string, string> = {
  AMOUNT_INVALID: 'Write the amount as a decimal number, e.g. "125.50".',
  AMOUNT_TOO_PRECISE: 'The amount has more decimals than the invoice currency uses.',
  AMOUNT_NOT_POSITIVE: 'The amount must be greater than 0.',
  AMOUNT_TOO_LARGE: 'The amount can be at most 999999999999.99.',
};

/** What can be checked of a payment or credit before the invoice is read. */
export interface CheckedSettlementInput {
  date: string;
  currency: string | null;
  reference: string | null;
}

/** Date (today in UTC when omitted), optional currency and an optional reference text. */
export function checkSettlementInput(
  input: { date?: string | null; currency?: string | null; reference?: string | null },
  referenceName: string,
  errors: UserError[],
): CheckedSettlementInput | null {
  const date = input.date == null ? null : checkLedgerDate(input.date, ['input', 'date']);
  if (date && !date.ok) errors.push(date.error);
  const currency = input.currency == null ? null : normalizeCurrency(input.currency);
  if (input.currency != null && !currency) {
    errors.push(
      userError('CURRENCY_INVALID', 'Use an ISO 4217 currency code such as "USD".', ['input', 'currency']),
    );
  }
  const reference = input.reference?.trim() || null;
  if (reference && [...reference].length > REFERENCE_MAX_LENGTH) {
    errors.push(
      userError('REFERENCE_TOO_LONG', `This text can have at most ${REFERENCE_MAX_LENGTH} characters.`, [
        'input',
        referenceName,
      ]),
    );
  }
  if (errors.length > 0 || (date && !date.ok)) return null;
  return { date: date?.ok ? date.date : todayUtc(), currency, reference };
}

/** The amount in cents in the invoice's currency, or a userError at `input.amount`. */
export function checkSettlementAmount(
  text: string,
  currency: string,
): { ok: true; cents: bigint } | { ok: false; error: UserError } {
  const amount = parsePositiveAmount(text, currency);
  if (amount.ok) return amount;
  return {
    ok: false,
    error: userError(amount.problem, AMOUNT_MESSAGES[amount.problem], ['input', 'amount']),
  };
}

/** CURRENCY_MISMATCH when a currency was named and it is not the invoice's. */
export function currencyMismatch(
  given: string | null,
  invoice: { currency: string; number: string },
): UserError | null {
  if (given === null || given === invoice.currency) return null;
  return userError(
    'CURRENCY_MISMATCH',
    `Invoice ${invoice.number} is in ${invoice.currency}; record the amount in ${invoice.currency}, not ${given}.`,
    ['input', 'currency'],
  );
}

/** DATE_BEFORE_INVOICE: a document settling an invoice cannot be dated before the invoice itself. */
export function dateBeforeInvoice(
  date: string,
  invoice: { invoiceDate: string; number: string },
): UserError | null {
  if (date >= invoice.invoiceDate) return null;
  return userError(
    'DATE_BEFORE_INVOICE',
    `Invoice ${invoice.number} is dated ${invoice.invoiceDate}; date this on or after it.`,
    ['input', 'date'],
  );
}
