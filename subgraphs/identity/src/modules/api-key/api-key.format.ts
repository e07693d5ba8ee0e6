import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys read `nxk_<public id>_<secret>`:
 * - `nxk_` makes a key recognisable (secret scanners, logs, a partner's configuration);
 * - the public id, 12 characters of a-z and 2-7 (60 random bits), finds the key's row before its
 *   tenant is known and is shown in the list as the key's `prefix`;
 * - the secret is 32 random bytes, base64url (43 characters).
 */
export const API_KEY_PREFIX = 'nxk_';

const PUBLIC_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const PUBLIC_ID_LENGTH = 12;
const SECRET_BYTES = 32;
const API_KEY_SHAPE = /^nxk_([a-z2-7]{12})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedApiKey {
  /** The whole key, given to the caller once and never stored. */
  key: string;
  publicId: string;
  /** What is stored instead of the key. */
  hash: string;
}

function randomPublicId(): string {
  // 32 symbols: each byte's low 5 bits pick one without bias.
  return [...randomBytes(PUBLIC_ID_LENGTH)].map((byte) => PUBLIC_ID_ALPHABET[byte & 31]).join('');
}

export function generateApiKey(): GeneratedApiKey {
  const publicId = randomPublicId();
  const key = `${API_KEY_PREFIX}${publicId}_${randomBytes(SECRET_BYTES).toString('base64url')}`;
  return { key, publicId, hash: apiKeyHash(key) };
}

/** The key's public beginning, as the API shows it: `nxk_<public id>`. */
export function apiKeyPrefix(publicId: string): string {
  return `${API_KEY_PREFIX}${publicId}`;
}

/** The public id of a well-formed key, or null for anything else. */
export function parseApiKey(presented: string): { publicId: string } | null {
  const match = API_KEY_SHAPE.exec(presented);
  return match ? { publicId: match[1] } : null;
}

/**
 * SHA-256 (hex) of the whole key. A fast hash is the right one here, unlike for passwords: the
 * secret is 256 random bits, so there is no dictionary to try and no brute force to slow down, and a
 * leaked table still hands out no working key. A slow hash (scrypt/argon2) would only make every key
 * check cost tens of milliseconds of CPU, which a stranger could ask for at will.
 */
export function apiKeyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Compares two hex digests in constant time. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
