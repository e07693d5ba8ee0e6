import { userError, type UserError } from '@nexora/kit';

/**
 * Leave is counted in half days. Amounts travel as decimal strings ("2.5") and are computed as
 * integer counts of half days, so sums are exact; Postgres keeps them as numeric(5, 1).
 */
export const MAX_DAYS = 366;

/** "2.5" → 5 half days; null unless a positive multiple of 0.5 up to 366 (at most one fraction digit). */
export function parseHalfDays(raw: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d))?$/.exec(raw.trim());
  if (!match) return null;
  const whole = Number(match[1]);
  const tenth = Number(match[2] ?? '0');
  if (tenth !== 0 && tenth !== 5) return null;
  const halves = whole * 2 + (tenth === 5 ? 1 : 0);
  return halves > 0 && halves <= MAX_DAYS * 2 ? halves : null;
}

/** 5 half days → "2.5"; 6 → "3"; negative amounts keep their sign ("-0.5"). */
export function formatHalfDays(halves: number): string {
  const sign = halves < 0 ? '-' : '';
  const magnitude = Math.abs(halves);
  return `${sign}${Math.floor(magnitude / 2)}${magnitude % 2 === 1 ? '.5' : ''}`;
}

/** Days as Postgres returns a numeric(5, 1) ("2.5", "3.0") → half days. */
export function halvesOfStored(days: string): number {
  return Math.round(Number(days) * 2);
}

export function checkDays(raw: string, errors: UserError[]): number | null {
  const halves = parseHalfDays(raw);
  if (halves === null) {
    errors.push(
      userError(
        'DAYS_INVALID',
        `Give a number of days greater than 0 and at most ${MAX_DAYS}, in half-day steps (e.g. "10" or "2.5").`,
        ['input', 'days'],
      ),
    );
  }
  return halves;
}

const DAY_MS = 86_400_000;

function utcDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** Calendar days from `start` to `end`, both included (ISO dates, end ≥ start). */
export function calendarDays(start: string, end: string): number {
  return utcDay(end) - utcDay(start) + 1;
}

/**
 * Working days from `start` to `end`, both included: Monday to Friday. Weekends never count, so a
 * request from Friday to Monday takes 2 days; public holidays are not modelled (they count).
 */
export function workingDays(start: string, end: string): number {
  let count = 0;
  for (let day = utcDay(start); day <= utcDay(end); day += 1) {
    const weekday = new Date(day * DAY_MS).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}
