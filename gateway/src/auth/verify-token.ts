import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import { z } from 'zod';
import { RequestRejectedError } from '@nexora/kit';

/** Where the identity service's public keys come from: its JWKS URL, or a key set / resolver in tests. */
export type JwksSource = URL | string | JSONWebKeySet | JWTVerifyGetKey;

/** The caller as proven by a verified access token (see the identity ↔ gateway token contract). */
export interface VerifiedToken {
  userId: string;
  tenantId: string | null;
  permissions: string[];
}

export interface TokenVerifierOptions {
  jwks: JwksSource;
  issuer: string;
  audience: string;
  /** Seconds of clock skew tolerated between identity and gateway hosts. */
  clockToleranceSeconds?: number;
}

/** Returns the verified caller, `null` for an anonymous request, or throws a 401/502 rejection. */
export type TokenVerifier = (authorization: string | undefined) => Promise<VerifiedToken | null>;

// Access tokens live at most 15 minutes; anything claiming a longer life was not minted by identity.
const MAX_TOKEN_AGE = '15m';

// The same limits the signed context enforces, so a token the gateway accepts can always be signed.
const claimsSchema = z.object({
  sub: z.string().uuid(),
  tid: z.string().uuid().nullable().optional(),
  perms: z.array(z.string().min(1).max(200)).max(500).optional(),
});

function keyResolver(source: JwksSource): JWTVerifyGetKey {
  if (typeof source === 'function') return source;
  if (typeof source === 'string' || source instanceof URL) {
    // jose caches the key set and refetches (rate limited) when a token names an unknown `kid`,
    // so identity can rotate keys without restarting the gateway.
    return createRemoteJWKSet(new URL(source), { timeoutDuration: 2_000, cooldownDuration: 30_000 });
  }
  return createLocalJWKSet(source);
}

function rejected(message: string): RequestRejectedError {
  return new RequestRejectedError('UNAUTHENTICATED', message);
}

function bearerToken(authorization: string): string {
  const match = /^Bearer[ ]+([A-Za-z0-9_\-.]+)[ ]*$/i.exec(authorization);
  if (!match) throw rejected('The Authorization header must be "Bearer <access token>".');
  return match[1];
}

/** Why a token failed, in words a client developer can act on (never the key material or internals). */
function describeFailure(error: unknown): RequestRejectedError {
  if (error instanceof errors.JWTExpired)
    return rejected('The access token has expired; refresh it or sign in again.');
  if (error instanceof errors.JOSEAlgNotAllowed)
    return rejected('The access token uses an algorithm this API does not accept.');
  if (error instanceof errors.JWTClaimValidationFailed)
    return rejected(`The access token is not valid here (${error.claim}).`);
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    !(error instanceof errors.JOSEError)
  ) {
    // Identity's key set could not be fetched: not the caller's fault, and retrying later can succeed.
    return new RequestRejectedError(
      'SUBGRAPH_UNAVAILABLE',
      'Sign-in cannot be verified right now; try again shortly.',
    );
  }
  return rejected('The access token is not valid.');
}

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const getKey = keyResolver(options.jwks);
  const verifyOptions = {
    algorithms: ['ES256'],
    issuer: options.issuer,
    audience: options.audience,
    clockTolerance: options.clockToleranceSeconds ?? 5,
    maxTokenAge: MAX_TOKEN_AGE,
    requiredClaims: ['sub', 'exp', 'iat'],
  };
  return async (authorization) => {
    if (authorization === undefined) return null;
    const token = bearerToken(authorization);
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, getKey, verifyOptions));
    } catch (error) {
      throw describeFailure(error);
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw rejected('The access token is missing the caller or tenant claims.');
    return {
      userId: claims.data.sub,
      tenantId: claims.data.tid ?? null,
      permissions: [...new Set(claims.data.perms ?? [])],
    };
  };
}
