import { badUserInput, userError, type UserError } from '@nexora/kit';

/**
 * A calendar date as the ledger keeps it: ISO `YYYY-MM-DD`, a day that exists, years 1900–2999.
 * Dates are compared as these strings (their order is the calendar's).
 */
export function checkLedgerDate(
  raw: string,
  field: string[],
): { ok: true; date: string } | { ok: false; error: UserError } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  const invalid = {
    ok: false as const,
    error: userError('DATE_INVALID', 'Use an ISO date such as "2026-03-31".', field),
  };
  if (!match) return invalid;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return invalid;
  return { ok: true, date: match[0] };
}

/** Today in UTC as `YYYY-MM-DD`: the default "as of" of reports. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A date argument of a query (`from`, `to`, `asOf`): the date, or BAD_USER_INPUT naming it. */
export function dateArgument(raw: string, name: string): string {
  const checked = checkLedgerDate(raw, [name]);
  if (!checked.ok) throw badUserInput(`"${name}" is not an ISO date such as "2026-03-31".`, name);
  return checked.date;
}
