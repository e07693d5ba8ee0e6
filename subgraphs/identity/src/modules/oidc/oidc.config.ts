import { z } from 'zod';

const providerId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'must be 1-32 characters a-z, 0-9, _ or -');
const providerName = z.string().trim().min(1).max(40).optional();
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** An OpenID Connect provider (Google, Microsoft, Okta, Keycloak, ...); its endpoints come from discovery. */
const oidcProviderSchema = z.object({
  /** Absent in configurations written before GitHub was supported: OpenID Connect is the default. */
  kind: z.literal('oidc').default('oidc'),
  /** Our name for it, as `startOidcLogin(input: { provider })` takes it: `google`, `okta`, ... */
  id: providerId,
  /** What the sign-in button says ("Sign in with <name>"); the id with a capital first letter if absent. */
  name: providerName,
  /** The issuer; `<issuer>/.well-known/openid-configuration` must answer and name the same issuer. */
  issuer: z.url(),
  clientId: z.string().min(1),
  /** Absent for a public client (then the PKCE verifier alone proves the code exchange). */
  clientSecret: z.string().min(1).optional(),
  scopes: z.array(z.string().min(1)).default(['openid', 'email', 'profile']),
});

/**
 * A GitHub OAuth app (or GitHub App): OAuth 2 without OpenID Connect, so no discovery and no ID
 * token; the endpoints default to github.com's and are configurable for GitHub Enterprise Server
 * (`https://HOST/login/oauth/authorize`, `https://HOST/login/oauth/access_token`, `https://HOST/api/v3`).
 */
const gitHubProviderSchema = z.object({
  kind: z.literal('github'),
  id: providerId,
  /** "GitHub" if absent. */
  name: providerName,
  clientId: z.string().min(1),
  /** GitHub requires it at the token endpoint, PKCE or not. */
  clientSecret: z.string().min(1),
  authorizationEndpoint: httpUrl.default('https://github.com/login/oauth/authorize'),
  tokenEndpoint: httpUrl.default('https://github.com/login/oauth/access_token'),
  /** The REST API root `/user` and `/user/emails` are read from. */
  apiBase: httpUrl.default('https://api.github.com'),
});

const providerSchema = z.discriminatedUnion('kind', [oidcProviderSchema, gitHubProviderSchema], {
  error: (issue) =>
    issue.code === 'invalid_union' && issue.note
      ? 'kind must be "oidc" (the default) or "github"'
      : undefined,
});

export type OidcProviderConfig = z.infer<typeof oidcProviderSchema>;
export type GitHubProviderConfig = z.infer<typeof gitHubProviderSchema>;
export type SignInProviderConfig = z.infer<typeof providerSchema>;

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
 * Sign-in with OpenID Connect providers and GitHub (issue 9).
 *
 * - OIDC_PROVIDERS: JSON array of providers; empty: off. Each is either
 *   `{ kind?: "oidc", id, name?, issuer, clientId, clientSecret?, scopes? }` (the default kind) or
 *   `{ kind: "github", id, name?, clientId, clientSecret, authorizationEndpoint?, tokenEndpoint?,
 *   apiBase? }` (endpoints default to github.com's).
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
