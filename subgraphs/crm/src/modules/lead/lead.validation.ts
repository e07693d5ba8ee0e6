import { userError } from '@nexora/kit';
import type { Checked } from '../company/company.validation';

export const LEAD_NAME_MAX_LENGTH = 200;
const EMAIL_MAX_LENGTH = 254;
// One @, no spaces, a dot in the domain part: what a person can type and a mail server accepts.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const PHONE = /^\+?[0-9 ()./-]{5,32}$/;

export interface TextRule {
  /** As a person reads it in a message, e.g. "a name". */
  what: string;
  /** Prefix of the userError codes, e.g. NAME → NAME_REQUIRED, NAME_TOO_LONG. */
  code: string;
  max: number;
}

/** A required text of 1–max characters after trimming (code points, as Postgres counts). */
export function checkRequiredText(raw: string, field: string[], rule: TextRule): Checked<string> {
  const value = raw.trim();
  if (value.length === 0) {
    return { ok: false, error: userError(`${rule.code}_REQUIRED`, `Enter ${rule.what}.`, field) };
  }
  if ([...value].length > rule.max) {
    const message = `${capitalise(rule.what)} can have at most ${rule.max} characters.`;
    return { ok: false, error: userError(`${rule.code}_TOO_LONG`, message, field) };
  }
  return { ok: true, value };
}

/** An optional text: blank is null, otherwise 1–max characters after trimming. */
export function checkOptionalText(
  raw: string | null | undefined,
  field: string[],
  rule: TextRule,
): Checked<string | null> {
  if (raw === null || raw === undefined || raw.trim().length === 0) return { ok: true, value: null };
  return checkRequiredText(raw, field, rule);
}

/** An optional e-mail address, trimmed and lower-cased; blank is null. */
export function checkOptionalEmail(raw: string | null | undefined, field: string[]): Checked<string | null> {
  const email = (raw ?? '').trim().toLowerCase();
  if (email.length === 0) return { ok: true, value: null };
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL.test(email)) {
    return {
      ok: false,
      error: userError(
        'EMAIL_INVALID',
        `"${email.slice(0, 100)}" is not an e-mail address like "ana@acme.com".`,
        field,
      ),
    };
  }
  return { ok: true, value: email };
}

/** An optional phone number: digits with the usual separators and an optional leading +. */
export function checkOptionalPhone(raw: string | null | undefined, field: string[]): Checked<string | null> {
  const phone = (raw ?? '').trim();
  if (phone.length === 0) return { ok: true, value: null };
  if (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 5) {
    return {
      ok: false,
      error: userError(
        'PHONE_INVALID',
        `"${phone.slice(0, 40)}" is not a phone number like "+1 415 555 0100".`,
        field,
      ),
    };
  }
  return { ok: true, value: phone };
}

/** A score from 0 to 100, or null for "not scored". */
export function checkScore(raw: number | null | undefined, field: string[]): Checked<number | null> {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (!Number.isInteger(raw) || raw < 0 || raw > 100) {
    return {
      ok: false,
      error: userError('SCORE_INVALID', 'The score must be a whole number from 0 to 100.', field),
    };
  }
  return { ok: true, value: raw };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
