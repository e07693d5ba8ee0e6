import { z } from 'zod';
import { userError, type UserError } from '@nexora/kit';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
const NAME_MAX_LENGTH = 100;
const EMAIL_MAX_LENGTH = 254;

const emailFormat = z.email();

/** Trimmed and lower-cased: the one form stored and compared everywhere. */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export function checkEmail(raw: string, field: string[]): Checked<string> {
  const email = normalizeEmail(raw);
  if (email.length > EMAIL_MAX_LENGTH || !emailFormat.safeParse(email).success) {
    return { ok: false, errors: [userError('INVALID_EMAIL', 'Enter a valid e-mail address.', field)] };
  }
  return { ok: true, value: email };
}

/**
 * Length is the rule that matters (NIST 800-63B): 10 to 200 characters, counted as code points, and not
 * one character repeated. The upper bound keeps argon2's input (and our CPU) bounded.
 */
export function checkPassword(password: string, field: string[]): UserError[] {
  const characters = [...password];
  if (characters.length < PASSWORD_MIN_LENGTH) {
    return [userError('WEAK_PASSWORD', `Use at least ${PASSWORD_MIN_LENGTH} characters.`, field)];
  }
  if (characters.length > PASSWORD_MAX_LENGTH) {
    return [userError('PASSWORD_TOO_LONG', `Use at most ${PASSWORD_MAX_LENGTH} characters.`, field)];
  }
  if (characters.every((character) => character === characters[0])) {
    return [userError('WEAK_PASSWORD', 'Do not repeat a single character.', field)];
  }
  return [];
}

/** A display name or tenant name: trimmed, 1 to 100 characters. */
export function checkName(raw: string, field: string[], what: string): Checked<string> {
  const name = raw.trim();
  if (name.length === 0) return { ok: false, errors: [userError('REQUIRED', `${what} is required.`, field)] };
  if (name.length > NAME_MAX_LENGTH) {
    return {
      ok: false,
      errors: [userError('TOO_LONG', `${what} must be at most ${NAME_MAX_LENGTH} characters.`, field)],
    };
  }
  return { ok: true, value: name };
}
