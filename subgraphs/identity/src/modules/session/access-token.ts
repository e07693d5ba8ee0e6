import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { IdentityConfig } from '../../identity-config';
import { ACCESS_TOKEN_ALGORITHM, type ActiveSigningKey } from '../signing-key/signing-key.service';

/** What the gateway needs to build a caller context: who (sub), where (tid) and what they may do. */
export interface AccessTokenSubject {
  userId: string;
  tenantId: string;
  role: string;
  permissions: string[];
}

/**
 * Signs an access token following the identity↔gateway contract: header { alg: ES256, kid, typ: JWT },
 * claims iss, aud, sub, tid, perms, role, iat, exp (≤ 15 minutes after iat), jti.
 */
export async function signAccessToken(
  subject: AccessTokenSubject,
  key: ActiveSigningKey,
  config: IdentityConfig,
  now: Date = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAtSeconds = issuedAt + config.ACCESS_TOKEN_TTL_SECONDS;
  const token = await new SignJWT({ tid: subject.tenantId, perms: subject.permissions, role: subject.role })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setIssuer(config.JWT_ISSUER)
    .setAudience(config.JWT_AUDIENCE)
    .setSubject(subject.userId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAtSeconds)
    .setJti(randomUUID())
    .sign(key.privateKey);
  return { token, expiresAt: new Date(expiresAtSeconds * 1000) };
}
