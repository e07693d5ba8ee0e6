import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { MfaKeys } from './mfa-keys';

const VERSION = 'v1';
const IV_BYTES = 12;

/**
 * The associated data binds a sealed secret to its account: a ciphertext copied into another
 * user's row does not open there.
 */
const associatedData = (userId: string) => Buffer.from(`nexora-mfa:${userId}`, 'utf8');

/**
 * Seals a TOTP secret for storage: AES-256-GCM with a random 96-bit IV, as
 * `v1.<key id>.<iv>.<ciphertext>.<tag>` (base64url parts). The key id says which
 * MFA_ENCRYPTION_KEY sealed it, so a changed key is reported as such instead of as corruption.
 */
export function sealSecret(secret: string, userId: string, keys: MfaKeys): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keys.secretKey, iv);
  cipher.setAAD(associatedData(userId));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const parts = [iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString('base64url'));
  return [VERSION, keys.keyId, ...parts].join('.');
}

/** Opens what `sealSecret` made for `userId`; throws (a server fault, never the caller's) otherwise. */
export function openSecret(sealed: string, userId: string, keys: MfaKeys): string {
  const [version, keyId, iv, ciphertext, tag, ...rest] = sealed.split('.');
  if (version !== VERSION || !iv || !ciphertext || !tag || rest.length > 0) {
    throw new Error(`The MFA secret of user ${userId} is not in the ${VERSION} format`);
  }
  if (keyId !== keys.keyId) {
    throw new Error(
      `The MFA secret of user ${userId} was sealed with another MFA_ENCRYPTION_KEY (key id ${keyId}, configured ${keys.keyId})`,
    );
  }
  const decipher = createDecipheriv('aes-256-gcm', keys.secretKey, Buffer.from(iv, 'base64url'));
  decipher.setAAD(associatedData(userId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}
