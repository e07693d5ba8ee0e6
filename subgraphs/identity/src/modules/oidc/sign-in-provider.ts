import { userError, type UserError } from '@nexora/kit';
import type { SignInSecrets } from './pkce';

/**
 * Who the provider says signed in. `subject` is the provider's stable, never reassigned id for the
 * account (OpenID Connect `sub`, GitHub's numeric user id); `email` is the address the provider
 * vouches for, linked to an account only when `emailVerified` is true.
 */
export interface ProviderIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

/**
 * One kind of provider (OpenID Connect, GitHub) behind the flow every kind shares: state, PKCE,
 * linking, MFA and audit live in oidc-login.service.ts; what differs lives behind this interface.
 */
export interface SignInProvider {
  /**
   * The namespace `subject` is unique in, stored with it in `identity.oidc_identities`: the issuer
   * for OpenID Connect, `github:<origin of the authorization endpoint>` for GitHub.
   */
  issuer: string;
  /** Where to send the browser: the authorization request with this sign-in's state and S256 challenge. */
  authorizationUrl(request: { redirectUri: string; state: string; secrets: SignInSecrets }): string;
  /**
   * Exchanges the code (with the PKCE verifier) and learns who signed in, or says why not
   * (OIDC_CODE_REJECTED, OIDC_ID_TOKEN_INVALID, OIDC_PROVIDER_UNAVAILABLE). Tokens are used here and
   * dropped: none is stored.
   */
  identify(grant: {
    code: string;
    redirectUri: string;
    secrets: SignInSecrets;
  }): Promise<ProviderIdentity | UserError>;
}

export const providerUnavailable = (): UserError =>
  userError('OIDC_PROVIDER_UNAVAILABLE', 'The sign-in provider cannot be reached; try again in a moment.');

export const codeRejected = (): UserError =>
  userError('OIDC_CODE_REJECTED', 'The provider refused this sign-in code; start again.', ['input', 'code']);

export const isProviderIdentity = (result: ProviderIdentity | UserError): result is ProviderIdentity =>
  'subject' in result;
