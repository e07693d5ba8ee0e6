import { jwtVerify, type JWTVerifyGetKey } from 'jose';

/** The claims of a validated ID token this flow uses. */
export interface IdTokenClaims {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export interface IdTokenExpectation {
  issuer: string;
  clientId: string;
  nonce: string;
  algorithms: string[];
  keys: JWTVerifyGetKey;
}

/**
 * Validates an ID token as OpenID Connect Core §3.1.3.7 asks: signature by a key of the provider's
 * JWKS (algorithm from its advertised list, never `none`), `iss`, `aud` contains our client id (and
 * `azp` is us when there are several audiences), `exp`/`iat` (60 s clock tolerance), and the
 * `nonce` of this very sign-in. Null when any check fails.
 */
export async function validateIdToken(
  token: string,
  expected: IdTokenExpectation,
): Promise<IdTokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, expected.keys, {
      issuer: expected.issuer,
      audience: expected.clientId,
      algorithms: expected.algorithms,
      clockTolerance: 60,
      requiredClaims: ['sub', 'exp', 'iat', 'nonce'],
    });
    if (payload.nonce !== expected.nonce) return null;
    if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== expected.clientId)
      return null;
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) return null;
    return {
      subject: payload.sub,
      email: typeof payload.email === 'string' ? payload.email : null,
      // Only a literal `true` counts (some providers send the string "true"; that is not a promise).
      emailVerified: payload.email_verified === true,
      name: typeof payload.name === 'string' ? payload.name : null,
    };
  } catch {
    return null;
  }
}
