import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: the opaque secrets handed out as refresh and invitation tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens are stored only as SHA-256: they are long random secrets (no dictionary to attack, so no slow
 * hash needed), and a leaked table does not hand out working tokens.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
