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
import { LRUCache } from 'lru-cache';

/** Where the identity service's public keys come from: its JWKS URL, or a key set / resolver in tests. */
export type JwksSource = URL | string | JSONWebKeySet | JWTVerifyGetKey;

/** The caller as proven by a verified access token (see the identity ↔ gateway token contract). */
export interface VerifiedToken {
  userId: string;
  tenantId: string | null;
  permissions: string[];
  /** When the token stops being accepted (epoch ms): its exp, or its 15-minute age limit if sooner. */
  expiresAt: number;
}

export interface TokenVerifierOptions {
  jwks: JwksSource;
  issuer: string;
  audience: string;
  /** Seconds of clock skew tolerated between identity and gateway hosts. */
  clockToleranceSeconds?: number;
  /**
   * How long a successful verification is reused for the same token string (default 60 s, never past
   * the token's expiry; 0 turns the cache off). Also the longest a token signed with a key identity has
   * since withdrawn can outlive jose's own key-set cache.
   */
  cacheTtlMs?: number;
  /** How many distinct verified tokens are remembered (default 10,000; least recently used go first). */
  cacheMaxEntries?: number;
  /** The clock, in epoch milliseconds; tests move it. */
  now?: () => number;
}

/** Returns the verified caller, `null` for an anonymous request, or throws a 401/502 rejection. */
export type TokenVerifier = (authorization: string | undefined) => Promise<VerifiedToken | null>;

// Access tokens live at most 15 minutes; anything claiming a longer life was not minted by identity.
const MAX_TOKEN_AGE_SECONDS = 15 * 60;

const DEFAULT_CACHE_TTL_MS = 60_000;
const DEFAULT_CACHE_MAX_ENTRIES = 10_000;

// The same limits the signed context enforces, so a token the gateway accepts can always be signed.
const claimsSchema = z.object({
  sub: z.string().uuid(),
  tid: z.string().uuid().nullable().optional(),
  perms: z.array(z.string().min(1).max(200)).max(500).optional(),
});

// jose has already checked both (requiredClaims, maxTokenAge); read here only to bound the cache.
const lifetimeSchema = z.object({ exp: z.number(), iat: z.number() });

function keyResolver(source: JwksSource): JWTVerifyGetKey {
  if (typeof source === 'function') return source;
  if (typeof source === 'string' || source instanceof URL) {
    // jose caches the key set (up to 10 minutes, its cacheMaxAge default) and refetches (rate
    // limited) when a token names an unknown `kid`, so identity can rotate keys without restarting
    // the gateway.
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

interface CachedVerification {
  token: VerifiedToken;
  /** Epoch ms after which the token must be verified again. */
  validUntil: number;
}

/**
 * Verifies `Authorization: Bearer <jwt>` against identity's keys (ES256 only, iss, aud, exp, iat no
 * older than 15 minutes, nbf) and reads the caller from its claims.
 *
 * Successful verifications are cached by the exact token string, because an ECDSA verification per
 * request was the gateway's largest single CPU cost after subgraph calls. Why this is safe:
 * - The token string IS the signed input: header, claims and signature are all in the key, so a hit
 *   can only be the very bytes that verified before. A tampered, re-signed or differently claimed
 *   token is a different string and goes through full verification. Failures are never cached.
 * - The other inputs of the verdict are fixed per verifier (algorithm, issuer, audience) or only
 *   move one way with time (exp, the 15-minute age limit: a token that passed nbf stays past it).
 *   An entry expires at min(now + TTL, exp, iat + 15 min), so the cache never accepts a token after
 *   the moment full verification would start refusing it (it ignores the clock tolerance, so it is
 *   stricter there).
 * - The remaining input is identity's key set. jose keeps a fetched key set for up to 10 minutes,
 *   so withdrawing a key never took effect instantly; the cache adds at most TTL (60 s) to that.
 * - Bounded (LRU, 10,000 tokens), and only identity-signed tokens ever get in, so clients cannot
 *   grow it with garbage.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const getKey = keyResolver(options.jwks);
  const verifyOptions = {
    algorithms: ['ES256'],
    issuer: options.issuer,
    audience: options.audience,
    clockTolerance: options.clockToleranceSeconds ?? 5,
    maxTokenAge: MAX_TOKEN_AGE_SECONDS,
    requiredClaims: ['sub', 'exp', 'iat'],
  };
  const now = options.now ?? Date.now;
  const ttlMs = options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS;
  const cache =
    ttlMs > 0
      ? new LRUCache<string, CachedVerification>({
          max: options.cacheMaxEntries ?? DEFAULT_CACHE_MAX_ENTRIES,
        })
      : null;

  const verify = async (token: string): Promise<{ token: VerifiedToken; validUntil: number }> => {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(
        token,
        getKey,
        options.now ? { ...verifyOptions, currentDate: new Date(now()) } : verifyOptions,
      ));
    } catch (error) {
      throw describeFailure(error);
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw rejected('The access token is missing the caller or tenant claims.');
    const lifetime = lifetimeSchema.safeParse(payload);
    const expiresAt = lifetime.success
      ? Math.min(lifetime.data.exp * 1000, (lifetime.data.iat + MAX_TOKEN_AGE_SECONDS) * 1000)
      : now();
    return {
      token: {
        userId: claims.data.sub,
        tenantId: claims.data.tid ?? null,
        permissions: [...new Set(claims.data.perms ?? [])],
        expiresAt,
      },
      // Without readable exp/iat (jose requires both, so never) the verdict is simply not reused.
      validUntil: lifetime.success
        ? Math.min(
            now() + ttlMs,
            lifetime.data.exp * 1000,
            (lifetime.data.iat + MAX_TOKEN_AGE_SECONDS) * 1000,
          )
        : 0,
    };
  };

  return async (authorization) => {
    if (authorization === undefined) return null;
    const token = bearerToken(authorization);
    const cached = cache?.get(token);
    if (cached) {
      if (now() < cached.validUntil) return copyOf(cached.token);
      cache?.delete(token);
    }
    const verified = await verify(token);
    if (cache && now() < verified.validUntil) cache.set(token, verified);
    return copyOf(verified.token);
  };
}

/** Callers get their own copy: nothing a request does to its caller can change the cached verdict. */
function copyOf(token: VerifiedToken): VerifiedToken {
  return {
    userId: token.userId,
    tenantId: token.tenantId,
    permissions: [...token.permissions],
    expiresAt: token.expiresAt,
  };
}
