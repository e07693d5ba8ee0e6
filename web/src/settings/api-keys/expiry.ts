/**
 * The moment a key chosen to expire "on" a calendar day (`2027-01-31` from a date input) stops
 * working: the end of that day where the creator is, as the ISO 8601 instant the API asks for.
 * Null for no day; the server refuses a day already past (EXPIRES_AT_PAST).
 */
export function endOfDayIso(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [, year, month, date] = match.map(Number);
  return new Date(year, month - 1, date, 23, 59, 59).toISOString();
}
