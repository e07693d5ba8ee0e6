import { z } from 'zod';
import { loadConfig } from '@nexora/kit';
import { emailSettings } from './modules/email/email.config';
import { mfaSettings } from './modules/mfa/mfa.config';
import { oidcSettings } from './modules/oidc/oidc.config';

/**
 * A private ES256 signing key given as a JWK (JSON). Optional: without it the subgraph generates a key
 * pair on first start and keeps it in `identity.signing_keys`, so every replica signs with the same key.
 */
const privateJwk = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON Web Key (JSON)' });
      return z.NEVER;
    }
  })
  .pipe(
    z.object({
      kty: z.literal('EC', 'must be an EC key (kty "EC")'),
      crv: z.literal('P-256', 'must be a P-256 key (crv "P-256") for ES256'),
      x: z.string().min(1),
      y: z.string().min(1),
      d: z.string().min(1, 'must be a private key (with "d")'),
      kid: z.string().min(1).optional(),
    }),
  );

const identityConfigSchema = (production: boolean) =>
  z.object({
    JWT_ISSUER: z.string().min(1).default('nexora-identity'),
    JWT_AUDIENCE: z.string().min(1).default('nexora-api'),
    // The gateway accepts an access token until it expires, with no revocation check: keep the window short.
    ACCESS_TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(30)
      .max(900, 'must be at most 900 (15 minutes)')
      .default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    JWT_PRIVATE_JWK: privateJwk.optional(),
    ...mfaSettings(production),
    ...emailSettings(production),
    ...oidcSettings(),
  });

export type IdentityConfig = z.infer<ReturnType<typeof identityConfigSchema>>;
export type PrivateSigningJwk = NonNullable<IdentityConfig['JWT_PRIVATE_JWK']>;

/** The identity subgraph's own settings (the kit reads the settings every subgraph shares). */
export function loadIdentityConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  return loadConfig(identityConfigSchema(env.NODE_ENV === 'production'), env);
}
