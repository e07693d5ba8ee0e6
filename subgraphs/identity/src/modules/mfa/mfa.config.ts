import { z } from 'zod';

/**
 * Used when MFA_ENCRYPTION_KEY is unset outside production, so `npm start` and tests keep working
 * across restarts (all-in-one's CONTEXT_SIGNING_SECRET is random per start: no use for data at rest).
 */
export const DEV_MFA_ENCRYPTION_KEY = 'nexora-dev-only-mfa-encryption-key-change-me-0123456789';

const encryptionKey = z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)');

/**
 * MFA settings of the identity subgraph.
 *
 * - MFA_ENCRYPTION_KEY: the secret TOTP secrets are sealed with at rest (AES-256-GCM under a key
 *   derived from it with HKDF) and recovery codes are keyed with (HMAC). Its own variable rather than
 *   one derived from CONTEXT_SIGNING_SECRET: that one is held by the gateway too and is rotated as a
 *   signing key (all-in-one draws a new one each start), and a rotation would lock every MFA user
 *   out. Required in production; changing it makes enrolled secrets unreadable (re-enrol).
 * - MFA_ISSUER: the issuer shown by authenticator apps (`otpauth://` URI), NEXORA by default.
 * - MFA_CHALLENGE_TTL_SECONDS: how long the second step of a sign-in may wait (30–900, 300).
 */
export function mfaSettings(production: boolean) {
  return {
    MFA_ENCRYPTION_KEY: production
      ? encryptionKey.refine((value) => value !== DEV_MFA_ENCRYPTION_KEY, {
          message: 'must not be the development default in production',
        })
      : encryptionKey.default(DEV_MFA_ENCRYPTION_KEY),
    MFA_ISSUER: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .refine((value) => !value.includes(':'), {
        message: 'must not contain ":" (it separates issuer and account)',
      })
      .default('NEXORA'),
    MFA_CHALLENGE_TTL_SECONDS: z.coerce.number().int().min(30).max(900).default(300),
  };
}
