import { z } from 'zod';

/** One OpenID Connect provider we accept sign-ins from; its endpoints come from discovery. */
const providerSchema = z.object({
  /** Our name for it, as `startOidcLogin(input: { provider })` takes it: `google`, `okta`, ... */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'must be 1-32 characters a-z, 0-9, _ or -'),
  /** What the sign-in button says ("Sign in with <name>"); the id with a capital first letter if absent. */
  name: z.string().trim().min(1).max(40).optional(),
  /** The issuer; `<issuer>/.well-known/openid-configuration` must answer and name the same issuer. */
  issuer: z.url(),
  clientId: z.string().min(1),
  /** Absent for a public client (then the PKCE verifier alone proves the code exchange). */
  clientSecret: z.string().min(1).optional(),
  scopes: z.array(z.string().min(1)).default(['openid', 'email', 'profile']),
});

export type OidcProviderConfig = z.infer<typeof providerSchema>;

const jsonList = <T extends z.ZodType>(item: T, what: string) =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: `must be a JSON array of ${what}` });
        return z.NEVER;
      }
    })
    .pipe(z.array(item));

/**
 * Sign-in with OpenID Connect providers (issue 9).
 *
 * - OIDC_PROVIDERS: JSON array of `{ id, name?, issuer, clientId, clientSecret?, scopes? }`; empty: off.
 * - OIDC_REDIRECT_URIS: comma-separated allow-list of the redirect URIs `startOidcLogin` accepts
 *   (the web client's callback page); each must also be registered at the provider.
 * - OIDC_LOGIN_TTL_SECONDS: how long a started sign-in may take at the provider (60–1800, 600).
 */
export function oidcSettings() {
  return {
    OIDC_PROVIDERS: jsonList(providerSchema, 'providers')
      .refine((providers) => new Set(providers.map((p) => p.id)).size === providers.length, {
        message: 'provider ids must be unique',
      })
      .default([]),
    OIDC_REDIRECT_URIS: z
      .string()
      .transform((text) =>
        text
          .split(',')
          .map((uri) => uri.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url()))
      .default([]),
    OIDC_LOGIN_TTL_SECONDS: z.coerce.number().int().min(60).max(1800).default(600),
  };
}
