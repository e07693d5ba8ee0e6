import { userError, type UserError } from '@nexora/kit';
import { checkOptionalText } from '../company/company-details.validation';
import { checkCompanyDomain, type Checked } from '../company/company.validation';

export const PERSON_NAME_MAX_LENGTH = 100;
export const JOB_TITLE_MAX_LENGTH = 200;
export const EMAILS_MAX = 10;
export const PHONES_MAX = 10;
const EMAIL_MAX_LENGTH = 254;
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const E164 = /^\+[1-9][0-9]{6,14}$/;

export function checkFirstName(raw: string, field: string[]): Checked<string> {
  const name = raw.trim();
  if (name.length === 0) {
    return { ok: false, error: userError('FIRST_NAME_REQUIRED', 'Enter a first name.', field) };
  }
  return checkOptionalText(name, PERSON_NAME_MAX_LENGTH, 'NAME_TOO_LONG', 'A name', field) as Checked<string>;
}

export function checkLastName(raw: string | null | undefined, field: string[]): Checked<string | null> {
  return checkOptionalText(raw, PERSON_NAME_MAX_LENGTH, 'NAME_TOO_LONG', 'A name', field);
}

export function checkJobTitle(raw: string | null | undefined, field: string[]): Checked<string | null> {
  return checkOptionalText(raw, JOB_TITLE_MAX_LENGTH, 'JOB_TITLE_TOO_LONG', 'The job title', field);
}

/**
 * One e-mail address: `local@domain`, lower-cased, the domain a real hostname (in punycode, as
 * company domains), at most 254 characters. Quoted local parts and IP literals are refused: no CRM
 * user types them, and accepting them makes duplicates hard to see.
 */
export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  const at = email.lastIndexOf('@');
  if (at <= 0 || at > 64) return null;
  const local = email.slice(0, at);
  if (!LOCAL_PART.test(local)) return null;
  const domain = checkCompanyDomain(email.slice(at + 1), []);
  if (!domain.ok || domain.value === null) return null;
  const normalized = `${local}@${domain.value}`;
  return normalized.length > EMAIL_MAX_LENGTH ? null : normalized;
}

/** The list of e-mails as stored: each valid and lower-cased, no address twice, at most 10. */
export function checkEmails(raw: readonly string[] | null | undefined, field: string[]): Checked<string[]> {
  const list = raw ?? [];
  if (list.length > EMAILS_MAX) {
    return {
      ok: false,
      error: userError('TOO_MANY_EMAILS', `A person can have at most ${EMAILS_MAX} e-mail addresses.`, field),
    };
  }
  const emails: string[] = [];
  for (const [index, address] of list.entries()) {
    const at = [...field, String(index)];
    const email = normalizeEmail(address);
    if (!email) {
      return {
        ok: false,
        error: userError(
          'EMAIL_INVALID',
          `"${address.trim().slice(0, 100)}" is not an e-mail address like "ada@acme.com".`,
          at,
        ),
      };
    }
    if (emails.includes(email)) {
      return { ok: false, error: userError('EMAIL_DUPLICATE', `"${email}" is listed twice.`, at) };
    }
    emails.push(email);
  }
  return { ok: true, value: emails };
}

/**
 * Phone numbers in E.164 form: `+`, a country code and the number, 8–16 characters in all once the
 * spaces, dots, dashes and parentheses people write are removed. Duplicates are dropped.
 */
export function checkPhones(raw: readonly string[] | null | undefined, field: string[]): Checked<string[]> {
  const list = raw ?? [];
  if (list.length > PHONES_MAX) {
    return {
      ok: false,
      error: userError('TOO_MANY_PHONES', `A person can have at most ${PHONES_MAX} phone numbers.`, field),
    };
  }
  const phones: string[] = [];
  for (const [index, written] of list.entries()) {
    const phone = written.replace(/[\s().-]/g, '');
    if (!E164.test(phone)) {
      return {
        ok: false,
        error: userError(
          'PHONE_INVALID',
          `"${written.trim().slice(0, 40)}" is not an international phone number like "+33 6 12 34 56 78".`,
          [...field, String(index)],
        ),
      };
    }
    if (!phones.includes(phone)) phones.push(phone);
  }
  return { ok: true, value: phones };
}

export const errorsOf = (checks: Array<Checked<unknown> | null>): UserError[] =>
  checks.flatMap((check) => (check && !check.ok ? [check.error] : []));
