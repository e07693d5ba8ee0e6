import { userError, type UserError } from '@nexora/kit';

/** When an invoice falls due, counted in days from its invoice date; CUSTOM carries its own count. */
export type PaymentTerms = 'IMMEDIATE' | 'NET_15' | 'NET_30' | 'NET_60' | 'CUSTOM';

export const TERM_DAYS: Readonly<Record<Exclude<PaymentTerms, 'CUSTOM'>, number>> = {
  IMMEDIATE: 0,
  NET_15: 15,
  NET_30: 30,
  NET_60: 60,
};

export const MAX_TERM_DAYS = 365;

export interface CheckedTerms {
  terms: PaymentTerms;
  days: number;
}

/**
 * Payment terms from a preset (`paymentTerms`) or a day count (`paymentTermDays`, 0–365, stored as
 * CUSTOM unless it equals a preset's count): one or the other, IMMEDIATE when neither is given.
 */
export function checkPaymentTerms(
  preset: PaymentTerms | null | undefined,
  days: number | null | undefined,
  errors: UserError[],
): CheckedTerms | null {
  if (preset != null && days != null) {
    errors.push(
      userError('PAYMENT_TERMS_CONFLICT', 'Give either payment terms or a number of days, not both.', [
        'input',
        'paymentTermDays',
      ]),
    );
    return null;
  }
  if (days != null) {
    if (!Number.isInteger(days) || days < 0 || days > MAX_TERM_DAYS) {
      errors.push(
        userError(
          'PAYMENT_TERM_DAYS_INVALID',
          `Payment is due 0 to ${MAX_TERM_DAYS} days after the invoice date.`,
          ['input', 'paymentTermDays'],
        ),
      );
      return null;
    }
    const named = (Object.keys(TERM_DAYS) as Array<keyof typeof TERM_DAYS>).find(
      (key) => TERM_DAYS[key] === days,
    );
    return { terms: named ?? 'CUSTOM', days };
  }
  if (preset === 'CUSTOM') {
    errors.push(
      userError('PAYMENT_TERM_DAYS_REQUIRED', 'Custom terms need a number of days (paymentTermDays).', [
        'input',
        'paymentTerms',
      ]),
    );
    return null;
  }
  const terms = preset ?? 'IMMEDIATE';
  return { terms, days: TERM_DAYS[terms] };
}

/** `date` (`YYYY-MM-DD`) plus `days` calendar days, as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
