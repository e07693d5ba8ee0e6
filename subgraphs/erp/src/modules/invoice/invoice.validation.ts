import { isUuid, userError, type UserError } from '@nexora/kit';
import { checkLedgerDate, todayUtc } from '../journal-entry/ledger-date';
import {
  AMOUNT_SCALE,
  currencyFractionDigits,
  DEFAULT_CURRENCY,
  formatUnits,
  lineAmountUnits,
  MAX_AMOUNT_UNITS,
  MAX_QUANTITY_UNITS,
  normalizeCurrency,
  parseDecimal,
  QUANTITY_SCALE,
} from './money';
import { addDays, checkPaymentTerms, type CheckedTerms, type PaymentTerms } from './payment-terms';

export const MAX_LINES = 100;
export const DESCRIPTION_MAX_LENGTH = 500;

export interface InvoiceLineInput {
  description: string;
  quantity: string;
  unitPrice: string;
  /** A tax rate of the tenant; the line is untaxed without one. */
  taxRateId?: string | null;
}

/** What `createInvoice` (and, completed from the draft, `updateInvoice`) asks for. */
export interface InvoiceDraftInput {
  currency?: string | null;
  invoiceDate?: string | null;
  paymentTerms?: PaymentTerms | null;
  paymentTermDays?: number | null;
  lines: readonly InvoiceLineInput[];
}

/** A line ready to store: decimal strings at the database's scales. */
export interface CheckedLine {
  description: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  /** Lowercase UUID of the line's tax rate, or null; whether it is the tenant's is checked in the database. */
  taxRateId: string | null;
}

export interface CheckedInvoice {
  currency: string;
  lines: CheckedLine[];
  /** Sum of the line amounts before taxes are applied (exclusive taxes come on top). */
  total: string;
  invoiceDate: string;
  terms: CheckedTerms;
  dueDate: string;
}

export type InvoiceCheck = { ok: true; value: CheckedInvoice } | { ok: false; errors: UserError[] };

/**
 * Validates a new invoice completely before anything is written (so a refused invoice does not even
 * consume a number) and computes line amounts and the total exactly.
 */
export function checkNewInvoice(input: InvoiceDraftInput): InvoiceCheck {
  const errors: UserError[] = [];
  const date =
    input.invoiceDate == null ? null : checkLedgerDate(input.invoiceDate, ['input', 'invoiceDate']);
  if (date && !date.ok) errors.push(date.error);
  const invoiceDate = date === null ? todayUtc() : date.ok ? date.date : null;
  const terms = checkPaymentTerms(input.paymentTerms, input.paymentTermDays, errors);
  const currency = input.currency == null ? DEFAULT_CURRENCY : normalizeCurrency(input.currency);
  if (!currency) {
    errors.push(
      userError('CURRENCY_INVALID', 'Use an ISO 4217 currency code such as "USD" or "EUR".', [
        'input',
        'currency',
      ]),
    );
  }
  if (input.lines.length === 0) {
    errors.push(userError('LINES_REQUIRED', 'An invoice needs at least one line.', ['input', 'lines']));
  }
  if (input.lines.length > MAX_LINES) {
    errors.push(
      userError('TOO_MANY_LINES', `An invoice can have at most ${MAX_LINES} lines.`, ['input', 'lines']),
    );
    return { ok: false, errors };
  }
  const digits = currencyFractionDigits(currency ?? DEFAULT_CURRENCY);
  const lines: CheckedLine[] = [];
  let total = 0n;
  input.lines.forEach((line, index) => {
    const field = (name: string) => ['input', 'lines', String(index), name];
    const checked = checkLine(line, digits, field, errors);
    if (!checked) return;
    total += checked.amountUnits;
    lines.push({ ...checked.line, amount: formatUnits(checked.amountUnits, AMOUNT_SCALE) });
  });
  if (total > MAX_AMOUNT_UNITS) {
    errors.push(userError('AMOUNT_TOO_LARGE', 'The invoice total is too large.', ['input', 'lines']));
  }
  if (errors.length > 0 || !currency || !invoiceDate || !terms) return { ok: false, errors };
  return {
    ok: true,
    value: {
      currency,
      lines,
      total: formatUnits(total, AMOUNT_SCALE),
      invoiceDate,
      terms,
      dueDate: addDays(invoiceDate, terms.days),
    },
  };
}

function checkLine(
  line: InvoiceLineInput,
  currencyDigits: number,
  field: (name: string) => string[],
  errors: UserError[],
): { line: Omit<CheckedLine, 'amount'>; amountUnits: bigint } | null {
  const before = errors.length;
  const taxRateId = line.taxRateId == null ? null : line.taxRateId.toLowerCase();
  if (taxRateId !== null && !isUuid(taxRateId)) {
    errors.push(userError('TAX_RATE_UNKNOWN', 'There is no such tax rate.', field('taxRateId')));
  }
  const description = line.description.trim();
  if (description.length === 0) {
    errors.push(userError('DESCRIPTION_REQUIRED', 'Describe what the line bills.', field('description')));
  } else if ([...description].length > DESCRIPTION_MAX_LENGTH) {
    errors.push(
      userError(
        'DESCRIPTION_TOO_LONG',
        `A description can have at most ${DESCRIPTION_MAX_LENGTH} characters.`,
        field('description'),
      ),
    );
  }
  const quantity = parseDecimal(line.quantity, QUANTITY_SCALE);
  if (quantity.kind !== 'ok' || quantity.units === 0n || quantity.units > MAX_QUANTITY_UNITS) {
    errors.push(
      userError(
        'QUANTITY_INVALID',
        'The quantity must be a number greater than 0 with at most 3 decimals (e.g. "2" or "1.5").',
        field('quantity'),
      ),
    );
  }
  const price = parseDecimal(line.unitPrice, currencyDigits);
  // Prices are stored in cents whatever the currency (JPY 1500 is stored as 1500.00).
  const priceCents = price.kind === 'ok' ? price.units * 10n ** BigInt(AMOUNT_SCALE - currencyDigits) : 0n;
  if (price.kind !== 'ok' || priceCents > MAX_AMOUNT_UNITS) {
    const reason =
      price.kind === 'negative'
        ? 'The unit price cannot be negative.'
        : `The unit price must be a decimal amount with at most ${currencyDigits} decimals.`;
    errors.push(userError('UNIT_PRICE_INVALID', reason, field('unitPrice')));
  }
  if (errors.length > before || quantity.kind !== 'ok' || price.kind !== 'ok') return null;

  const amountUnits = lineAmountUnits(quantity.units, priceCents, currencyDigits);
  if (amountUnits > MAX_AMOUNT_UNITS) {
    errors.push(userError('AMOUNT_TOO_LARGE', 'quantity × unit price is too large.', field('quantity')));
    return null;
  }
  return {
    line: {
      description,
      quantity: formatUnits(quantity.units, QUANTITY_SCALE),
      unitPrice: formatUnits(priceCents, AMOUNT_SCALE),
      taxRateId,
    },
    amountUnits,
  };
}
