import { isUuid, userError, type UserError } from '@nexora/kit';
import { DEFAULT_CURRENCY, normalizeCurrency } from '../invoice/money';
import { type AccountRole, isAccountRole, type JournalCode } from '../account/account.types';
import { type AmountProblem, describeCents, parsePositiveAmount } from './ledger-amount';
import { checkLedgerDate } from './ledger-date';

export const MIN_ENTRY_LINES = 2;
export const MAX_ENTRY_LINES = 500;
export const REFERENCE_MAX_LENGTH = 200;
export const MEMO_MAX_LENGTH = 1000;
export const DESCRIPTION_MAX_LENGTH = 500;
const SOURCE_TYPE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** One line of a ledger entry as other modules (and the GraphQL mutation) ask for it. */
export interface LedgerLineRequest {
  /** An account role (`'RECEIVABLE'`) or an account id of the tenant. */
  account: AccountRole | string;
  /** Decimal string > 0; give exactly one of `debit` and `credit`. */
  debit?: string | null;
  credit?: string | null;
  /** ISO 4217; the entry's `currency` when omitted. */
  currency?: string | null;
  /** The partner (a crm company id) the line concerns, e.g. the customer on a receivable. */
  companyId?: string | null;
  description?: string | null;
}

/** What other modules hand `postLedgerEntry`; see the README's ledger section. */
export interface LedgerEntryRequest {
  journal: JournalCode;
  /** `YYYY-MM-DD`, the accounting date. */
  date: string;
  reference?: string | null;
  memo?: string | null;
  /** Default currency of the lines; USD when omitted. */
  currency?: string | null;
  /** The document the entry books (`{ type: 'INVOICE', id }`); one entry per source. */
  source?: { type: string; id: string } | null;
  lines: readonly LedgerLineRequest[];
}

export type AccountReference = { role: AccountRole } | { id: string };

/** A line ready to store: amounts in cents, exactly one of them positive. */
export interface CheckedLine {
  position: number;
  account: AccountReference;
  debitCents: bigint;
  creditCents: bigint;
  currency: string;
  companyId: string | null;
  description: string | null;
}

export interface CheckedEntry {
  journal: JournalCode;
  date: string;
  reference: string | null;
  memo: string | null;
  source: { type: string; id: string } | null;
  lines: CheckedLine[];
}

const AMOUNT_MESSAGES: Record<AmountProblem, string> = {
  AMOUNT_INVALID: 'Write the amount as a decimal number, e.g. "125.50".',
  AMOUNT_TOO_PRECISE: 'The amount has more decimals than its currency uses.',
  AMOUNT_NOT_POSITIVE: 'The amount must be greater than 0 (a negative debit is a credit).',
  AMOUNT_TOO_LARGE: 'The amount can be at most 999999999999.99.',
};

/**
 * Checks a whole entry before anything is read or written: dates, texts, every line (exactly one
 * of debit and credit, a positive amount in the currency's precision, a known currency) and that
 * debits equal credits in each currency (amounts in different currencies never offset). Field
 * paths start with `prefix` (`['input']` for the GraphQL mutation).
 */
export function checkLedgerEntry(
  request: LedgerEntryRequest,
  prefix: readonly string[] = [],
): { ok: true; value: CheckedEntry } | { ok: false; errors: UserError[] } {
  const at = (...path: string[]) => [...prefix, ...path];
  const errors: UserError[] = [];
  const date = checkLedgerDate(request.date, at('date'));
  if (!date.ok) errors.push(date.error);
  const reference = optionalText(
    request.reference,
    REFERENCE_MAX_LENGTH,
    'REFERENCE_TOO_LONG',
    at('reference'),
    errors,
  );
  const memo = optionalText(request.memo, MEMO_MAX_LENGTH, 'MEMO_TOO_LONG', at('memo'), errors);
  const source = checkSource(request.source, at('source'), errors);
  const currency = request.currency == null ? DEFAULT_CURRENCY : normalizeCurrency(request.currency);
  if (!currency) errors.push(currencyInvalid(at('currency')));
  if (request.lines.length < MIN_ENTRY_LINES) {
    errors.push(
      userError(
        'LINES_TOO_FEW',
        'A journal entry needs at least two lines: a debit and a credit.',
        at('lines'),
      ),
    );
  }
  if (request.lines.length > MAX_ENTRY_LINES) {
    errors.push(
      userError('TOO_MANY_LINES', `A journal entry can have at most ${MAX_ENTRY_LINES} lines.`, at('lines')),
    );
    return { ok: false, errors };
  }
  const lines: CheckedLine[] = [];
  request.lines.forEach((line, position) => {
    const checked = checkLine(line, position, currency ?? DEFAULT_CURRENCY, at, errors);
    if (checked) lines.push(checked);
  });
  if (errors.length === 0) errors.push(...unbalancedCurrencies(lines, at('lines')));
  if (errors.length > 0 || !date.ok) return { ok: false, errors };
  return { ok: true, value: { journal: request.journal, date: date.date, reference, memo, source, lines } };
}

function checkLine(
  line: LedgerLineRequest,
  position: number,
  entryCurrency: string,
  at: (...path: string[]) => string[],
  errors: UserError[],
): CheckedLine | null {
  const field = (name: string) => at('lines', String(position), name);
  const before = errors.length;
  const account = accountReference(line.account);
  if (!account)
    errors.push(userError('ACCOUNT_UNKNOWN', 'No such account in this chart of accounts.', field('account')));
  const currency = line.currency == null ? entryCurrency : normalizeCurrency(line.currency);
  if (!currency) errors.push(currencyInvalid(field('currency')));
  const companyId = line.companyId == null ? null : line.companyId.toLowerCase();
  if (companyId !== null && !isUuid(companyId)) {
    errors.push(userError('COMPANY_ID_INVALID', 'The company is not a valid id.', field('companyId')));
  }
  const description = optionalText(
    line.description,
    DESCRIPTION_MAX_LENGTH,
    'DESCRIPTION_TOO_LONG',
    field('description'),
    errors,
  );
  const debit = blankToNull(line.debit);
  const credit = blankToNull(line.credit);
  if (debit !== null && credit !== null) {
    errors.push(
      userError(
        'LINE_DEBIT_AND_CREDIT',
        'A line is either a debit or a credit, not both; split it in two.',
        at('lines', String(position)),
      ),
    );
  } else if (debit === null && credit === null) {
    errors.push(
      userError(
        'LINE_AMOUNT_REQUIRED',
        'Give the line a debit or a credit amount.',
        at('lines', String(position)),
      ),
    );
  }
  const side = debit !== null ? 'debit' : 'credit';
  const text = debit ?? credit;
  let cents = 0n;
  if (text !== null && (debit === null || credit === null) && currency) {
    const amount = parsePositiveAmount(text, currency);
    if (amount.ok) cents = amount.cents;
    else errors.push(userError(amount.problem, AMOUNT_MESSAGES[amount.problem], field(side)));
  }
  if (errors.length > before || !account || !currency) return null;
  return {
    position,
    account,
    debitCents: side === 'debit' ? cents : 0n,
    creditCents: side === 'credit' ? cents : 0n,
    currency,
    companyId,
    description,
  };
}

/** One UNBALANCED error per currency whose debits and credits differ. */
function unbalancedCurrencies(lines: readonly CheckedLine[], field: string[]): UserError[] {
  const sums = new Map<string, { debit: bigint; credit: bigint }>();
  for (const line of lines) {
    const sum = sums.get(line.currency) ?? { debit: 0n, credit: 0n };
    sum.debit += line.debitCents;
    sum.credit += line.creditCents;
    sums.set(line.currency, sum);
  }
  return [...sums.entries()]
    .filter(([, sum]) => sum.debit !== sum.credit)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => {
      const gap = sum.debit > sum.credit ? sum.debit - sum.credit : sum.credit - sum.debit;
      return userError(
        'UNBALANCED',
        `Debits (${describeCents(sum.debit, currency)}) and credits (${describeCents(sum.credit, currency)}) differ by ${describeCents(gap, currency)}; each currency must balance.`,
        field,
      );
    });
}

function accountReference(account: string): AccountReference | null {
  if (isAccountRole(account)) return { role: account };
  if (isUuid(account)) return { id: account.toLowerCase() };
  return null;
}

function checkSource(
  source: LedgerEntryRequest['source'],
  field: string[],
  errors: UserError[],
): CheckedEntry['source'] {
  if (source == null) return null;
  if (SOURCE_TYPE.test(source.type) && isUuid(source.id))
    return { type: source.type, id: source.id.toLowerCase() };
  errors.push(
    userError(
      'SOURCE_INVALID',
      'A source is an upper-case document type (e.g. INVOICE) and the document id.',
      field,
    ),
  );
  return null;
}

function blankToNull(value: string | null | undefined): string | null {
  return value == null || value.trim() === '' ? null : value;
}

function optionalText(
  value: string | null | undefined,
  max: number,
  code: string,
  field: string[],
  errors: UserError[],
): string | null {
  const text = value?.trim() ?? '';
  if (text.length === 0) return null;
  if ([...text].length > max) {
    errors.push(userError(code, `This text can have at most ${max} characters.`, field));
    return null;
  }
  return text;
}

function currencyInvalid(field: string[]): UserError {
  return userError('CURRENCY_INVALID', 'Use an ISO 4217 currency code such as "USD" or "EUR".', field);
}
