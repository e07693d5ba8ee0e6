import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { OidcProviderConfig } from './oidc.config';
import { PROVIDER_TIMEOUT_MS } from './provider-http';

/** The parts of a provider's `.well-known/openid-configuration` this flow uses. */
export interface ProviderMetadata {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  userinfoEndpoint: string | null;
  idTokenAlgorithms: string[];
  keys: JWTVerifyGetKey;
}

/** Thrown when a provider cannot be reached or answers nonsense; shown as OIDC_PROVIDER_UNAVAILABLE. */
export class ProviderUnavailableError extends Error {}

const discovered = new Map<string, Promise<ProviderMetadata>>();

async function discover(provider: OidcProviderConfig): Promise<ProviderMetadata> {
  const url = `${provider.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(url, { signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) });
  if (!response.ok) throw new ProviderUnavailableError(`discovery answered ${response.status}`);
  const body = (await response.json()) as Record<string, unknown>;
  // OpenID Connect Discovery 1.0 §4.3: the issuer in the document must be the one configured.
  if (body.issuer !== provider.issuer) throw new ProviderUnavailableError('discovery names another issuer');
  const { authorization_endpoint, token_endpoint, jwks_uri } = body;
  if (
    typeof authorization_endpoint !== 'string' ||
    typeof token_endpoint !== 'string' ||
    typeof jwks_uri !== 'string'
  )
    throw new ProviderUnavailableError('discovery lacks endpoints');
  const methods = body.code_challenge_methods_supported;
  if (Array.isArray(methods) && !methods.includes('S256'))
    throw new ProviderUnavailableError('the provider does not support PKCE S256');
  const algorithms = body.id_token_signing_alg_values_supported;
  return {
    issuer: body.issuer,
    authorizationEndpoint: authorization_endpoint,
    tokenEndpoint: token_endpoint,
    userinfoEndpoint: typeof body.userinfo_endpoint === 'string' ? body.userinfo_endpoint : null,
    // "none" is never accepted, whatever the provider advertises.
    idTokenAlgorithms: Array.isArray(algorithms)
      ? algorithms.filter((alg): alg is string => typeof alg === 'string' && alg !== 'none')
      : ['RS256'],
    keys: createRemoteJWKSet(new URL(jwks_uri), { timeoutDuration: PROVIDER_TIMEOUT_MS }),
  };
}

/** The provider's metadata, discovered once per process (a failed discovery is retried next time). */
export function providerMetadata(provider: OidcProviderConfig): Promise<ProviderMetadata> {
  const key = `${provider.id} ${provider.issuer}`;
  let pending = discovered.get(key);
  if (!pending) {
    pending = discover(provider).catch((error: unknown) => {
      discovered.delete(key);
      throw error instanceof ProviderUnavailableError ? error : new ProviderUnavailableError(String(error));
    });
    discovered.set(key, pending);
  }
  return pending;
}
