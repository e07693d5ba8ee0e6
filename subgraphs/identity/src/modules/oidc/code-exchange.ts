import type { ProviderMetadata } from './oidc-discovery';
import type { OidcProviderConfig } from './oidc.config';
import { fetchFromProvider, jsonOf } from './provider-http';

export type CodeExchange =
  | { kind: 'ok'; idToken: string; accessToken: string | null }
  | { kind: 'refused'; error: string }
  | { kind: 'unavailable' };

/**
 * The token request of the authorization code flow (RFC 6749 §4.1.3) with the PKCE verifier
 * (RFC 7636 §4.5). A confidential client authenticates with HTTP Basic (client_secret_basic); a
 * public one sends only its client_id. Only the ID token is kept: we do not call the provider's APIs.
 */
export async function exchangeCode(
  provider: OidcProviderConfig,
  metadata: ProviderMetadata,
  grant: { code: string; redirectUri: string; codeVerifier: string },
): Promise<CodeExchange> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: grant.code,
    redirect_uri: grant.redirectUri,
    code_verifier: grant.codeVerifier,
  });
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (provider.clientSecret) {
    const encode = (value: string) => encodeURIComponent(value);
    headers.authorization = `Basic ${Buffer.from(
      `${encode(provider.clientId)}:${encode(provider.clientSecret)}`,
    ).toString('base64')}`;
  } else {
    body.set('client_id', provider.clientId);
  }
  const response = await fetchFromProvider(metadata.tokenEndpoint, { method: 'POST', headers, body });
  if (!response) return { kind: 'unavailable' };
  const answer = (await jsonOf(response)) as Record<string, unknown> | null;
  if (response.status >= 500 || !answer || typeof answer !== 'object') return { kind: 'unavailable' };
  if (!response.ok) return { kind: 'refused', error: String(answer.error ?? response.status) };
  if (typeof answer.id_token !== 'string') return { kind: 'refused', error: 'no id_token' };
  return {
    kind: 'ok',
    idToken: answer.id_token,
    accessToken: typeof answer.access_token === 'string' ? answer.access_token : null,
  };
}

/**
 * The e-mail claims from the UserInfo endpoint, for providers that keep them out of the ID token
 * (OpenID Connect Core §5.4 allows it). Trusted only for the ID token's subject (§5.3.2). Null when
 * unavailable.
 */
export async function fetchUserInfoEmail(
  metadata: ProviderMetadata,
  accessToken: string,
  subject: string,
): Promise<{ email: string; emailVerified: boolean } | null> {
  if (!metadata.userinfoEndpoint) return null;
  const response = await fetchFromProvider(metadata.userinfoEndpoint, {
    headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
  });
  if (!response?.ok) return null;
  const info = (await jsonOf(response)) as Record<string, unknown> | null;
  if (!info || info.sub !== subject || typeof info.email !== 'string') return null;
  return { email: info.email, emailVerified: info.email_verified === true };
}
