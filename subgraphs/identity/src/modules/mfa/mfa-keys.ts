import { createHash, hkdfSync } from 'node:crypto';

/** The keys MFA derives from MFA_ENCRYPTION_KEY, one per use, so no key serves two purposes. */
export interface MfaKeys {
  /** AES-256-GCM key sealing TOTP secrets. */
  secretKey: Buffer;
  /** HMAC-SHA256 key of recovery codes. */
  recoveryCodeKey: Buffer;
  /** First 8 hex digits of the SHA-256 of `secretKey`: names the key in each sealed secret. */
  keyId: string;
}

const derive = (material: string, info: string) =>
  Buffer.from(hkdfSync('sha256', Buffer.from(material, 'utf8'), Buffer.alloc(0), info, 32));

const cache = new Map<string, MfaKeys>();

/** HKDF-SHA256 (empty salt, info `nexora-mfa:<use>`, 32 bytes) of the configured secret. */
export function mfaKeys(encryptionKey: string): MfaKeys {
  let keys = cache.get(encryptionKey);
  if (!keys) {
    const secretKey = derive(encryptionKey, 'nexora-mfa:totp-secret');
    keys = {
      secretKey,
      recoveryCodeKey: derive(encryptionKey, 'nexora-mfa:recovery-code'),
      keyId: createHash('sha256').update(secretKey).digest('hex').slice(0, 8),
    };
    cache.set(encryptionKey, keys);
  }
  return keys;
}
