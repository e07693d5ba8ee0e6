import { domainToASCII } from 'node:url';
import { userError, type UserError } from '@nexora/kit';

export const NAME_MAX_LENGTH = 200;
const HOSTNAME_MAX_LENGTH = 253;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: UserError };

/** A company name: trimmed, 1–200 characters (code points, as Postgres' char_length counts). */
export function checkCompanyName(raw: string, field: string[]): Checked<string> {
  const name = raw.trim();
  if (name.length === 0)
    return { ok: false, error: userError('NAME_REQUIRED', 'Enter a company name.', field) };
  if ([...name].length > NAME_MAX_LENGTH) {
    return {
      ok: false,
      error: userError('NAME_TOO_LONG', `The name can have at most ${NAME_MAX_LENGTH} characters.`, field),
    };
  }
  return { ok: true, value: name };
}

/**
 * A company domain: a bare hostname such as `acme.com` (no scheme, path or port), lowercased and in
 * punycode so `Acme.COM` and `acme.com` collide as duplicates. Blank means "no domain".
 */
export function checkCompanyDomain(raw: string | null | undefined, field: string[]): Checked<string | null> {
  const trimmed = (raw ?? '').trim();
  if (trimmed.length === 0) return { ok: true, value: null };
  const invalid: Checked<string | null> = {
    ok: false,
    error: userError('DOMAIN_INVALID', `"${trimmed.slice(0, 100)}" is not a domain like "acme.com".`, field),
  };
  // domainToASCII would silently accept some of these (e.g. a URL's host part is not what we get).
  if (/[\s/:@?#\\]/.test(trimmed)) return invalid;
  const hostname = domainToASCII(trimmed.replace(/\.$/, ''));
  if (hostname.length === 0 || hostname.length > HOSTNAME_MAX_LENGTH) return invalid;
  const labels = hostname.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return invalid;
  // An all-numeric last label means an IP address, not a domain.
  if (/^[0-9]+$/.test(labels[labels.length - 1])) return invalid;
  return { ok: true, value: hostname };
}
