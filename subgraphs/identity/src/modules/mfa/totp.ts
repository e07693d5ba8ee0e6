import { generateSecret, generateURI, verify } from 'otplib';

/**
 * TOTP as every authenticator app speaks it (RFC 6238 defaults, which otplib uses): HMAC-SHA1,
 * 6 digits, 30-second steps, a 160-bit random secret in base32.
 */
export const TOTP_PERIOD_SECONDS = 30;
/** A code of the previous or next step still passes: clocks drift and people type slowly. */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
const CODE_FORMAT = /^\d{6}$/;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The `otpauth://totp/<issuer>:<account>?secret=…&issuer=…` URI an authenticator app reads from a QR code. */
export function totpUri(options: { issuer: string; account: string; secret: string }): string {
  return generateURI({ issuer: options.issuer, label: options.account, secret: options.secret });
}

/** A code as typed: spaces removed ("123 456" is common); null unless six digits remain. */
export function normalizeTotpCode(code: string): string | null {
  const compact = code.replace(/\s+/g, '');
  return CODE_FORMAT.test(compact) ? compact : null;
}

/**
 * The time step (RFC 6238's T) a code belongs to, if it is right for now ± one step; null when
 * wrong. The caller refuses steps already used, which is what makes a code single-use.
 */
export async function matchingTimeStep(secret: string, code: string): Promise<number | null> {
  const result = await verify({ secret, token: code, epochTolerance: TOLERANCE_SECONDS });
  if (!result.valid) return null;
  // The functional API types TOTP and HOTP results as one union; only TOTP's carries the step.
  if (!('timeStep' in result)) throw new Error('otplib answered a TOTP check without a time step');
  return result.timeStep;
}
