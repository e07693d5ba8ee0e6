import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestRejectedError } from '@nexora/kit';
import type { VerifiedApiKey } from './api-keys/api-key-verifier';
import type { TokenVerifier, VerifiedToken } from './auth/verify-token';
import { clientAddressOf } from './client-address';
import type { GatewayContext, RequestLogRecord } from './gateway-context';

export interface CallerResolution {
  verifyToken: TokenVerifier;
  trustedProxyCount: number;
}

/**
 * Steps 1 and 2 of a request: verify the bearer token (once; anonymous without one) and turn it
 * into the caller every subgraph will receive, signed. Nothing the client sends about its tenant
 * is read: the tenant comes from the verified token only. A refused token answers 401 with a
 * `WWW-Authenticate` header before any GraphQL work.
 */
export async function resolveCaller(
  req: IncomingMessage,
  res: ServerResponse,
  log: RequestLogRecord,
  { verifyToken, trustedProxyCount }: CallerResolution,
): Promise<GatewayContext> {
  let token;
  try {
    token = await verifyToken(req.headers.authorization);
  } catch (error) {
    if (error instanceof RequestRejectedError) {
      log.errorCodes.push(error.code);
      if (error.code === 'UNAUTHENTICATED') res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
    }
    throw error;
  }
  log.tenantId = token?.tenantId ?? null;
  log.userId = token?.userId ?? null;
  const caller = callerFromToken(token, log.requestId, clientAddressOf(req, trustedProxyCount));
  // For identity's audit log; the context's schema caps it at 512 characters.
  return { caller: { ...caller, userAgent: req.headers['user-agent']?.slice(0, 512) ?? null }, log };
}

/** The caller a verified token (or none: anonymous) stands for; HTTP requests and live sockets alike. */
export function callerFromToken(
  token: VerifiedToken | null,
  requestId: string,
  clientAddress: string | null,
): GatewayContext['caller'] {
  return {
    requestId,
    tenantId: token?.tenantId ?? null,
    userId: token?.userId ?? null,
    permissions: token?.permissions ?? [],
    issuedAt: Date.now(),
    operationName: null,
    clientAddress,
  };
}

/**
 * The caller a partner's verified API key stands for (`/public/graphql`): the key's tenant, no user,
 * the key's scopes as its permissions, and `apiKeyId` / `apiKeyLimits` for the per-key rate limits.
 */
export function callerFromApiKey(
  key: VerifiedApiKey,
  requestId: string,
  clientAddress: string | null,
): GatewayContext['caller'] {
  return {
    requestId,
    tenantId: key.tenantId,
    userId: null,
    permissions: [...key.scopes],
    issuedAt: Date.now(),
    operationName: null,
    clientAddress,
    apiKeyId: key.keyId,
    ...(Object.keys(key.limits).length > 0 ? { apiKeyLimits: key.limits } : {}),
  };
}
