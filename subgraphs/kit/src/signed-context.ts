import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { ContextKey } from './context-keys';
import { RequestRejectedError } from './errors';

/**
 * The caller's identity as verified by the gateway. It crosses the gateway→subgraph hop as a
 * base64url JSON payload, bound to the one request it travels with and signed with the receiving
 * subgraph's own key, so a subgraph trusts nothing the client could have set itself.
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
  /** The client's User-Agent header (at most 512 characters), for the audit log; null when none was sent. */
  userAgent?: string | null;
}

export const CONTEXT_HEADER = 'x-nexora-context';
/** What the context is bound to (`bodyBinding` / `streamBinding`); covered by the signature. */
export const REQUEST_BINDING_HEADER = 'x-nexora-request';
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
  userAgent: z.string().max(512).nullable().optional(),
});

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('base64url');
}

/**
 * Binds a context to a request body: `body:` and the SHA-256 (base64url) of its bytes. The gateway
 * signs every GraphQL POST with the hash of the exact bytes it sends; the subgraph hashes what it
 * received, so a captured context replayed with another body is refused before anything runs.
 */
export function bodyBinding(body: string | Uint8Array): string {
  return `body:${sha256(body)}`;
}

/** A request whose body streams past the gateway (file routes), described by what precedes its body. */
export interface StreamedRequest {
  method: string;
  /** Path and query string, exactly as in the request line (`/files/companies/import?skipBadRows=true`). */
  target: string;
  /** The Content-Length header; absent for a chunked body. */
  contentLength?: string | number | null;
  contentType?: string | null;
}

/**
 * Binds a context to a streamed request: `stream:` and the SHA-256 of its method, target,
 * Content-Length and Content-Type. A streamed body cannot be hashed before it is sent without
 * holding it whole in the gateway (uploads reach 50 MB), so such a context is bound to what
 * precedes the body: a replay must repeat the route, its query and the exact length and type.
 */
export function streamBinding({ method, target, contentLength, contentType }: StreamedRequest): string {
  const length = contentLength === undefined || contentLength === null ? null : Number(contentLength);
  return `stream:${sha256(JSON.stringify([method.toUpperCase(), target, length, contentType ?? null]))}`;
}

function mac(key: ContextKey, payload: string, binding: string): Buffer {
  // base64url never contains '.', so `payload.binding` is unambiguous.
  return createHmac('sha256', key).update(`${payload}.${binding}`).digest();
}

/** The context as it travels in `x-nexora-context`: base64url JSON. */
export function encodeCallerContext(context: CallerContext): string {
  return Buffer.from(JSON.stringify(context)).toString('base64url');
}

/**
 * The headers that complete an encoded context for one request: its binding and the HMAC-SHA256,
 * with the receiving subgraph's key, over both. The gateway's GraphQL data sources encode the
 * context when the plan names the fetch and sign here once the exact body is known.
 */
export function signEncodedContext(
  payload: string,
  binding: string,
  key: ContextKey,
): Record<string, string> {
  return {
    [CONTEXT_HEADER]: payload,
    [REQUEST_BINDING_HEADER]: binding,
    [SIGNATURE_HEADER]: mac(key, payload, binding).toString('base64url'),
  };
}

/** Signed headers for `context`, bound to `binding`, for the subgraph whose key `key` is. */
export function signCallerContext(
  context: CallerContext,
  binding: string,
  key: ContextKey,
): Record<string, string> {
  return signEncodedContext(encodeCallerContext(context), binding, key);
}

export interface VerifyOptions {
  /** The verifying subgraph's own key. */
  key: ContextKey;
  /** The verifying subgraph's name; a context signed for any other audience is refused. */
  audience: string;
  maxAgeMs?: number;
  now?: number;
}

type HeaderValue = string | string[] | undefined;

function single(value: HeaderValue): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

/** The audience a payload claims, read without trusting it: only to word a refusal. */
function claimedAudience(payload: string): unknown {
  try {
    return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { audience?: unknown })
      ?.audience;
  } catch {
    return undefined;
  }
}

/**
 * Verifies a signed caller context from request headers, for the request whose binding as received
 * is `received` (`bodyBinding` of the body read, or `streamBinding` of the request line and
 * headers). Throws `RequestRejectedError`: UNAUTHENTICATED (401) for a missing, forged, malformed or
 * stale context, or one signed for another subgraph; CONTEXT_BODY_MISMATCH (401) for a valid
 * context that was signed for another request.
 */
export function verifyCallerContext(
  headers: Record<string, HeaderValue>,
  received: string,
  { key, audience, maxAgeMs = DEFAULT_CONTEXT_MAX_AGE_MS, now = Date.now() }: VerifyOptions,
): CallerContext {
  const payload = single(headers[CONTEXT_HEADER]);
  const binding = single(headers[REQUEST_BINDING_HEADER]);
  const signature = single(headers[SIGNATURE_HEADER]);
  if (!payload || !binding || !signature) {
    throw new RequestRejectedError(
      'UNAUTHENTICATED',
      'This service only accepts requests signed by the gateway.',
    );
  }
  const expected = mac(key, payload, binding);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    // Each subgraph has its own key, so a context for another subgraph fails here; say so, since
    // that is a routing mistake (or a replay), not a wrong secret. Both answers refuse.
    const claimed = claimedAudience(payload);
    throw new RequestRejectedError(
      'UNAUTHENTICATED',
      typeof claimed === 'string' && claimed !== audience
        ? 'The signed context was issued for another service.'
        : 'The request signature is not valid.',
    );
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
  if (binding !== received) {
    throw new RequestRejectedError(
      'CONTEXT_BODY_MISMATCH',
      'The signed context was issued for another request: the body (for a file transfer, its route, length or type) is not the one the gateway signed.',
    );
  }
  return parsed.data;
}
