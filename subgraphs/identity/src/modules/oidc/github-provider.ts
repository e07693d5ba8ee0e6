import { exchangeGitHubCode, readGitHubAccount } from './github-api';
import type { GitHubProviderConfig } from './oidc.config';
import { codeRejected, providerUnavailable, type SignInProvider } from './sign-in-provider';

/** Read the profile and the addresses (including private ones); nothing else is asked for. */
const GITHUB_SCOPES = 'read:user user:email';

/**
 * GitHub sign-in: OAuth 2 with PKCE S256 and state (no nonce: there is no ID token to bind it to; the
 * state and the verifier bind the code to this sign-in). The subject is the numeric user id; the
 * e-mail is the primary address, and counts only if GitHub has verified it. Any other address, even
 * a verified one, is never used: the primary is the one the person chose to be reached at.
 *
 * The issuer stored with the link is `github:` + the authorization endpoint's origin: GitHub user ids
 * are unique per GitHub instance (github.com, each Enterprise Server), so the instance is their
 * namespace. Unlike the provider's configured id it survives renaming the entry, two entries for one
 * instance (two OAuth apps) share their links, and the prefix keeps it apart from any OpenID Connect
 * issuer at the same origin.
 */
export function gitHubProvider(config: GitHubProviderConfig): SignInProvider {
  return {
    issuer: `github:${new URL(config.authorizationEndpoint).origin}`,
    authorizationUrl: ({ redirectUri, state, secrets }) => {
      const url = new URL(config.authorizationEndpoint);
      const parameters = {
        client_id: config.clientId,
        redirect_uri: redirectUri,
        scope: GITHUB_SCOPES,
        state,
        code_challenge: secrets.codeChallenge,
        code_challenge_method: 'S256',
      };
      for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
      return url.toString();
    },
    identify: async ({ code, redirectUri, secrets }) => {
      const token = await exchangeGitHubCode(config, {
        code,
        redirectUri,
        codeVerifier: secrets.codeVerifier,
      });
      if (token.kind === 'unavailable') return providerUnavailable();
      if (token.kind === 'refused') return codeRejected();
      // The token is used for these two reads only and then dropped: it is never stored.
      const account = await readGitHubAccount(config, token.accessToken);
      if (account.kind === 'unavailable') return providerUnavailable();
      if (account.kind === 'refused') return codeRejected();
      const primary = account.emails?.find((address) => address.primary);
      return {
        subject: String(account.id),
        email: primary?.email ?? null,
        emailVerified: primary?.verified === true,
      };
    },
  };
}
