import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { RequestRejectedError } from './errors';

/**
 * The caller's identity as verified by the gateway. It crosses the gateway→subgraph hop as a
 * base64url JSON payload plus an HMAC over exactly those bytes, so a subgraph trusts nothing the
 * client could have set itself.
 */
export interface CallerContext {
  requestId: string;
  /**
   * The subgraph the gateway signed this context for (its module name, e.g. "crm"). Without it a
   * context captured on its way to one subgraph could be replayed against another.
   */
  audience: string;
  tenantId: string | null;
  userId: string | null;
  permissions: string[];
  /** Milliseconds since the epoch when the gateway signed the context. */
  issuedAt: number;
  /** The operation name the client sent, for logs. */
  operationName?: string | null;
  /**
   * The client's network address as the gateway determined it (the socket peer, or a trusted
   * proxy's X-Forwarded-For entry). Throttles key on it; null for platform-internal work.
   */
  clientAddress?: string | null;
}

export const CONTEXT_HEADER = 'x-nexora-context';
export const SIGNATURE_HEADER = 'x-nexora-signature';

/** How long a signed context stays valid; covers clock skew between hosts and slow subgraph hops. */
export const DEFAULT_CONTEXT_MAX_AGE_MS = 30_000;

const uuid = z.string().uuid();
const callerContextSchema = z.object({
  requestId: z.string().min(1).max(200),
  audience: z.string().min(1).max(100),
  tenantId: uuid.nullable(),
  userId: uuid.nullable(),
  permissions: z.array(z.string().max(200)).max(500),
  issuedAt: z.number().int().positive(),
  operationName: z.string().max(500).nullable().optional(),
  clientAddress: z.string().max(100).nullable().optional(),
});

function hmac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signCallerContext(context: CallerContext, secret: string): Record<string, string> {
  const payload = Buffer.from(JSON.stringify(context)).toString('base64url');
  return {
    [CONTEXT_HEADER]: payload,
    [SIGNATURE_HEADER]: hmac(secret, payload).toString('base64url'),
  };
}

export interface VerifyOptions {
  secret: string;
  /** The verifying subgraph's name; a context signed for any other audience is refused. */
  audience: string;
  maxAgeMs?: number;
  now?: number;
}

type HeaderValue = string | string[] | undefined;

function single(value: HeaderValue): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

/**
 * Verifies a signed caller context from request headers. Throws `RequestRejectedError`
 * (UNAUTHENTICATED, HTTP 401) for a missing, forged, malformed or stale context, or one signed for
 * another subgraph.
 */
export function verifyCallerContext(
  headers: Record<string, HeaderValue>,
  { secret, audience, maxAgeMs = DEFAULT_CONTEXT_MAX_AGE_MS, now = Date.now() }: VerifyOptions,
): CallerContext {
  const payload = single(headers[CONTEXT_HEADER]);
  const signature = single(headers[SIGNATURE_HEADER]);
  if (!payload || !signature) {
    throw new RequestRejectedError(
      'UNAUTHENTICATED',
      'This service only accepts requests signed by the gateway.',
    );
  }
  const expected = hmac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new RequestRejectedError('UNAUTHENTICATED', 'The request signature is not valid.');
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new RequestRejectedError('UNAUTHENTICATED', 'The signed context is malformed.');
  }
  const parsed = callerContextSchema.safeParse(decoded);
  if (!parsed.success) {
    throw new RequestRejectedError('UNAUTHENTICATED', 'The signed context is malformed.');
  }
  if (parsed.data.audience !== audience) {
    throw new RequestRejectedError('UNAUTHENTICATED', 'The signed context was issued for another service.');
  }
  const age = now - parsed.data.issuedAt;
  // A context from the future beyond the window is as suspicious as a stale one.
  if (age > maxAgeMs || age < -maxAgeMs) {
    throw new RequestRejectedError('UNAUTHENTICATED', 'The signed context has expired.');
  }
  return parsed.data;
}
