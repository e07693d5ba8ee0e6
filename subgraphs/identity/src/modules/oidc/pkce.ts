import { createHash, createHmac, hkdfSync } from 'node:crypto';

/**
 * The nonce and PKCE code verifier of a sign-in are derived from its state with a server key (HMAC),
 * so nothing but the state's SHA-256 is stored: a leaked `identity.oidc_logins` table cannot finish
 * anyone's sign-in, and the verifier never leaves this service (only its S256 challenge does).
 */
export interface SignInSecrets {
  nonce: string;
  codeVerifier: string;
  codeChallenge: string;
}

export function deriveSignInSecrets(state: string, serverSecret: string): SignInSecrets {
  const key = Buffer.from(hkdfSync('sha256', serverSecret, 'nexora-oidc', 'oidc sign-in v1', 32));
  const derive = (purpose: string) =>
    createHmac('sha256', key).update(`${purpose}:${state}`).digest('base64url');
  // 43 base64url characters: RFC 7636 §4.1 asks for 43-128 of the unreserved set.
  const codeVerifier = derive('pkce');
  return {
    nonce: derive('nonce'),
    codeVerifier,
    codeChallenge: createHash('sha256').update(codeVerifier).digest('base64url'),
  };
}
