import type { GitHubProviderConfig } from './oidc.config';
import { fetchFromProvider, jsonOf } from './provider-http';

export type GitHubTokenExchange =
  { kind: 'ok'; accessToken: string } | { kind: 'refused' } | { kind: 'unavailable' };

/**
 * GitHub's token request: client id and secret in the form with the code, redirect URI and PKCE
 * verifier. GitHub answers a refused code (`bad_verification_code`, also for a verifier that does
 * not match the challenge) or bad client credentials with status 200 and `{ error }`, so the body
 * decides, not the status.
 * https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#2-users-are-redirected-back-to-your-site-by-github
 */
export async function exchangeGitHubCode(
  config: GitHubProviderConfig,
  grant: { code: string; redirectUri: string; codeVerifier: string },
): Promise<GitHubTokenExchange> {
  const response = await fetchFromProvider(config.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      client_id: config.clientId,
      client_secret: config.clientSecret,
      code: grant.code,
      redirect_uri: grant.redirectUri,
      code_verifier: grant.codeVerifier,
    }),
  });
  if (!response || response.status >= 500 || response.status === 429) return { kind: 'unavailable' };
  const answer = (await jsonOf(response)) as Record<string, unknown> | null;
  if (!answer || typeof answer !== 'object') return { kind: 'unavailable' };
  if (!response.ok || answer.error !== undefined) return { kind: 'refused' };
  const tokenType = typeof answer.token_type === 'string' ? answer.token_type.toLowerCase() : 'bearer';
  if (typeof answer.access_token !== 'string' || !answer.access_token || tokenType !== 'bearer')
    return { kind: 'refused' };
  return { kind: 'ok', accessToken: answer.access_token };
}

/** One address of `GET /user/emails`. */
export interface GitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

export type GitHubAccount =
  { kind: 'ok'; id: number; emails: GitHubEmail[] | null } | { kind: 'refused' } | { kind: 'unavailable' };

const apiHeaders = (accessToken: string) => ({
  authorization: `Bearer ${accessToken}`,
  accept: 'application/vnd.github+json',
  'x-github-api-version': '2022-11-28',
  // GitHub's REST API refuses requests without a User-Agent.
  'user-agent': 'nexora-identity',
});

function parseEmails(body: unknown): GitHubEmail[] | null {
  if (!Array.isArray(body)) return null;
  return body.flatMap((entry: Record<string, unknown> | null) =>
    entry && typeof entry.email === 'string'
      ? [{ email: entry.email, primary: entry.primary === true, verified: entry.verified === true }]
      : [],
  );
}

/**
 * The account behind an access token: its numeric id from `GET /user` (the login is not used: it can
 * be renamed, and a freed login can be taken by someone else) and its addresses from
 * `GET /user/emails` (scope `user:email`). `emails` is null when GitHub will not list them (403/404:
 * a GitHub App without the "Email addresses" permission); an account linked already signs in anyway.
 * A token GitHub refuses (401) is a refused sign-in; anything else unexpected is unavailability.
 */
export async function readGitHubAccount(
  config: GitHubProviderConfig,
  accessToken: string,
): Promise<GitHubAccount> {
  const base = config.apiBase.replace(/\/+$/, '');
  const headers = apiHeaders(accessToken);
  const [user, emails] = await Promise.all([
    fetchFromProvider(`${base}/user`, { headers }),
    fetchFromProvider(`${base}/user/emails`, { headers }),
  ]);
  if (user?.status === 401 || emails?.status === 401) return { kind: 'refused' };
  if (!user?.ok || !emails) return { kind: 'unavailable' };
  const profile = (await jsonOf(user)) as Record<string, unknown> | null;
  const id = profile?.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return { kind: 'unavailable' };
  if (emails.status === 403 || emails.status === 404) return { kind: 'ok', id, emails: null };
  if (!emails.ok) return { kind: 'unavailable' };
  const addresses = parseEmails(await jsonOf(emails));
  return addresses ? { kind: 'ok', id, emails: addresses } : { kind: 'unavailable' };
}
