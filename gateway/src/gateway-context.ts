import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { CallerContext } from '@nexora/kit';

/**
 * One line of the per-request log, filled in as the request moves through the gateway (token,
 * operation, errors) and written when the response has been sent.
 */
export interface RequestLogRecord {
  requestId: string;
  tenantId: string | null;
  userId: string | null;
  operationName: string | null;
  errorCodes: string[];
}

/** Per-key limits an API key carries (set by its tenant admin); either may be absent. */
export interface ApiKeyLimits {
  requestsPerMinute?: number;
  costPerMinute?: number;
}

/**
 * The verified caller. A partner's API key adds `apiKeyId` and, when the key has its own limits,
 * `apiKeyLimits`: the rate limiter applies those on top of the tenant's plan.
 */
export type GatewayCaller = Omit<CallerContext, 'audience'> & {
  apiKeyId?: string;
  apiKeyLimits?: ApiKeyLimits;
};

/**
 * The gateway's GraphQL context. A type alias (not an interface) because @apollo/gateway's data
 * sources require an index-signature-compatible context type.
 */
export type GatewayContext = {
  /**
   * The verified caller; `issuedAt` is replaced and `audience` (the subgraph) added per subgraph
   * fetch when the context is signed.
   */
  caller: GatewayCaller;
  log: RequestLogRecord;
};

// Upstream proxies may set one; accept it only if it cannot smuggle anything into logs or headers.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}
