import { userError, type UserError } from '@nexora/kit';
import type { Checked } from './company.validation';
import { ISO_COUNTRY_CODES } from './country-codes';

export const INDUSTRY_MAX_LENGTH = 100;
export const EMPLOYEE_COUNT_MAX = 10_000_000;
export const TAGS_MAX = 20;
export const TAG_MAX_LENGTH = 40;

const ADDRESS_LIMITS = { street: 200, city: 100, postalCode: 20, region: 100 } as const;

/** A postal address as stored: every part optional, the country an ISO 3166-1 alpha-2 code. */
export interface PostalAddress {
  street: string | null;
  city: string | null;
  postalCode: string | null;
  region: string | null;
  country: string | null;
}

export type PostalAddressInput = { [K in keyof PostalAddress]?: string | null };

const length = (text: string) => [...text].length;

/** Trimmed text of at most `max` characters; blank means none (null). */
export function checkOptionalText(
  raw: string | null | undefined,
  max: number,
  code: string,
  label: string,
  field: string[],
): Checked<string | null> {
  const text = (raw ?? '').trim();
  if (text.length === 0) return { ok: true, value: null };
  if (length(text) > max) {
    return { ok: false, error: userError(code, `${label} can have at most ${max} characters.`, field) };
  }
  return { ok: true, value: text };
}

export function checkIndustry(raw: string | null | undefined, field: string[]): Checked<string | null> {
  return checkOptionalText(raw, INDUSTRY_MAX_LENGTH, 'INDUSTRY_TOO_LONG', 'The industry', field);
}

export function checkEmployeeCount(raw: number | null | undefined, field: string[]): Checked<number | null> {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (!Number.isInteger(raw) || raw < 0 || raw > EMPLOYEE_COUNT_MAX) {
    return {
      ok: false,
      error: userError(
        'EMPLOYEE_COUNT_INVALID',
        `The employee count must be a whole number from 0 to ${EMPLOYEE_COUNT_MAX.toLocaleString('en')}.`,
        field,
      ),
    };
  }
  return { ok: true, value: raw };
}

/** Each part trimmed (blank = none), lengths bounded, the country upper-cased and checked against ISO 3166-1. */
export function checkAddress(
  raw: PostalAddressInput | null | undefined,
  field: string[],
): { value: PostalAddress | null; errors: UserError[] } {
  if (!raw) return { value: null, errors: [] };
  const errors: UserError[] = [];
  const part = (key: keyof typeof ADDRESS_LIMITS, label: string): string | null => {
    const checked = checkOptionalText(raw[key], ADDRESS_LIMITS[key], 'ADDRESS_TOO_LONG', label, [
      ...field,
      key,
    ]);
    if (!checked.ok) errors.push(checked.error);
    return checked.ok ? checked.value : null;
  };
  const address: PostalAddress = {
    street: part('street', 'The street'),
    city: part('city', 'The city'),
    postalCode: part('postalCode', 'The postal code'),
    region: part('region', 'The region'),
    country: null,
  };
  const country = (raw.country ?? '').trim().toUpperCase();
  if (country.length > 0) {
    if (ISO_COUNTRY_CODES.has(country)) address.country = country;
    else
      errors.push(
        userError(
          'COUNTRY_INVALID',
          `"${country.slice(0, 10)}" is not an ISO 3166-1 alpha-2 country code (e.g. "FR", "US").`,
          [...field, 'country'],
        ),
      );
  }
  const empty = Object.values(address).every((value) => value === null);
  return { value: empty ? null : address, errors };
}

/**
 * Tags as stored: trimmed, lower-cased, blanks dropped, duplicates removed (first occurrence kept),
 * at most 20 of at most 40 characters each.
 */
export function checkTags(raw: readonly string[] | null | undefined, field: string[]): Checked<string[]> {
  const tags: string[] = [];
  for (const [index, tag] of (raw ?? []).entries()) {
    const normalized = tag.trim().toLowerCase();
    if (normalized.length === 0 || tags.includes(normalized)) continue;
    if (length(normalized) > TAG_MAX_LENGTH) {
      return {
        ok: false,
        error: userError('TAG_TOO_LONG', `A tag can have at most ${TAG_MAX_LENGTH} characters.`, [
          ...field,
          String(index),
        ]),
      };
    }
    tags.push(normalized);
  }
  if (tags.length > TAGS_MAX) {
    return {
      ok: false,
      error: userError('TOO_MANY_TAGS', `A record can have at most ${TAGS_MAX} tags.`, field),
    };
  }
  return { ok: true, value: tags };
}

/** A tag given as a list filter, normalized like stored tags; null when blank. */
export function tagFilter(raw: string | null | undefined): string | null {
  const tag = raw?.trim().toLowerCase() ?? '';
  return tag.length === 0 ? null : tag;
}
