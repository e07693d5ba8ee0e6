import { defineModule } from '@nexora/kit';
import { oidcResolvers } from './oidc.resolvers';

/**
 * Sign-in with OpenID Connect providers (authorization code flow with PKCE S256, state and nonce)
 * and GitHub (OAuth 2 with PKCE S256 and state; see github-provider.ts), configured by
 * OIDC_PROVIDERS and OIDC_REDIRECT_URIS. Both kinds share one flow (oidc-login.service.ts) behind
 * the SignInProvider interface. Tables: identity.oidc_logins, oidc_identities.
 */
export default defineModule({
  name: 'oidc',
  resolvers: oidcResolvers,
});
