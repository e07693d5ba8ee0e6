import { createHmac, randomBytes } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const CODE_CHARACTERS = 16;

/**
 * Ten codes of 16 base32 characters (80 random bits each), shown as `abcd-efgh-ijkl-mnop`.
 * Why 80 bits: they are stored as HMAC-SHA256 rather than argon2 (see `recoveryCodeHash`), so their
 * entropy is what stands between a stolen table and a working code; 2^80 guesses is out of reach.
 */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(CODE_CHARACTERS);
    const characters = [...bytes].map((byte) => ALPHABET[byte & 31]).join('');
    return characters.match(/.{4}/g)!.join('-');
  });
}

/** A code as typed: any case, spaces and dashes ignored; null when it cannot be one of ours. */
export function normalizeRecoveryCode(code: string): string | null {
  const compact = code.replace(/[\s-]+/g, '').toLowerCase();
  return compact.length === CODE_CHARACTERS && /^[a-z2-7]+$/.test(compact) ? compact : null;
}

/**
 * HMAC-SHA256 of the normalised code and its account, keyed from MFA_ENCRYPTION_KEY, as hex.
 * Not argon2 like passwords: the codes are 80 random bits, not something a person chose, so a slow
 * hash adds nothing against guessing, while checking a code against ten argon2 hashes would cost
 * ~0.5 s of CPU per attempt (a denial-of-service lever). The HMAC key means a copy of the table
 * alone cannot even be checked offline; the account in the input means equal codes never collide.
 */
export function recoveryCodeHash(code: string, userId: string, key: Buffer): string {
  return createHmac('sha256', key).update(`${userId}:${code}`, 'utf8').digest('hex');
}
