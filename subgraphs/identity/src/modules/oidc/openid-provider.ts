import { userError } from '@nexora/kit';
import { exchangeCode, fetchUserInfoEmail } from './code-exchange';
import { validateIdToken } from './id-token';
import { providerMetadata, ProviderUnavailableError, type ProviderMetadata } from './oidc-discovery';
import type { OidcProviderConfig } from './oidc.config';
import { codeRejected, providerUnavailable, type SignInProvider } from './sign-in-provider';

/**
 * An OpenID Connect provider: endpoints and keys from discovery, the identity from the ID token
 * (bound to this sign-in by its nonce). Null when discovery fails (OIDC_PROVIDER_UNAVAILABLE).
 */
export async function openIdProvider(config: OidcProviderConfig): Promise<SignInProvider | null> {
  let metadata: ProviderMetadata;
  try {
    metadata = await providerMetadata(config);
  } catch (error) {
    if (error instanceof ProviderUnavailableError) return null;
    throw error;
  }
  return {
    issuer: metadata.issuer,
    authorizationUrl: ({ redirectUri, state, secrets }) => {
      const url = new URL(metadata.authorizationEndpoint);
      const parameters = {
        response_type: 'code',
        client_id: config.clientId,
        redirect_uri: redirectUri,
        scope: config.scopes.join(' '),
        state,
        nonce: secrets.nonce,
        code_challenge: secrets.codeChallenge,
        code_challenge_method: 'S256',
      };
      for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
      return url.toString();
    },
    identify: async ({ code, redirectUri, secrets }) => {
      const exchanged = await exchangeCode(config, metadata, {
        code,
        redirectUri,
        codeVerifier: secrets.codeVerifier,
      });
      if (exchanged.kind === 'unavailable') return providerUnavailable();
      if (exchanged.kind === 'refused') return codeRejected();
      const claims = await validateIdToken(exchanged.idToken, {
        issuer: metadata.issuer,
        clientId: config.clientId,
        nonce: secrets.nonce,
        algorithms: metadata.idTokenAlgorithms,
        keys: metadata.keys,
      });
      if (!claims) {
        return userError(
          'OIDC_ID_TOKEN_INVALID',
          'The provider answered with an identity that is not valid.',
        );
      }
      const identity = { subject: claims.subject, email: claims.email, emailVerified: claims.emailVerified };
      if (!identity.email && exchanged.accessToken) {
        const info = await fetchUserInfoEmail(metadata, exchanged.accessToken, claims.subject);
        if (info) Object.assign(identity, info);
      }
      return identity;
    },
  };
}
