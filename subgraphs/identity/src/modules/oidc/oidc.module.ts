import { defineModule } from '@nexora/kit';
import { oidcResolvers } from './oidc.resolvers';

/**
 * Sign-in with OpenID Connect providers (authorization code flow with PKCE S256, state and nonce),
 * configured by OIDC_PROVIDERS and OIDC_REDIRECT_URIS. Tables: identity.oidc_logins, oidc_identities.
 */
export default defineModule({
  name: 'oidc',
  resolvers: oidcResolvers,
});
