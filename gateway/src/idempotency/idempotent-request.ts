import { createHash } from 'node:crypto';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { getOperationAST, parse, type OperationTypeNode } from 'graphql';
import { RequestRejectedError } from '@nexora/kit';
import type { GatewayCaller } from '../gateway-context';
import type { ResolvedRequest } from '../persisted/persisted-request';
import { IDEMPOTENCY_KEY_HEADER, parseIdempotencyKey } from './idempotency-key';
import type { IdempotencyStore, StoredResponse } from './idempotency-store';

/** Marks a response sent again from the store (the IETF draft and Stripe name it so). */
export const REPLAYED_HEADER = 'idempotent-replayed';

export interface IdempotencyOptions {
  store: IdempotencyStore;
  /** How long a retry waits for the first request with its key before 409 IDEMPOTENCY_KEY_IN_USE. */
  waitMs: number;
  /** The parser's token limit, for telling mutations from queries. */
  maxTokens: number;
}

function operationTypeOf(request: ResolvedRequest, maxTokens: number): OperationTypeNode | null {
  if (request.query === null) return null;
  try {
    const document = parse(request.query, { noLocation: true, maxTokens });
    return getOperationAST(document, request.operationName)?.operation ?? null;
  } catch {
    // Apollo Server answers the syntax error itself; nothing to deduplicate.
    return null;
  }
}

/** JSON with object keys sorted, so `{"a":1,"b":2}` and `{"b":2,"a":1}` are the same variables. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Whose key it is: the route, the tenant and the user (a partner's API key, or for anonymous
 * callers their address), so two callers never share a key, whatever they send.
 */
function scopedKey(route: string, caller: GatewayCaller, key: string): string {
  const principal = caller.userId
    ? `user:${caller.userId}`
    : caller.apiKeyId
      ? `api-key:${caller.apiKeyId}`
      : `address:${caller.clientAddress ?? 'unknown'}`;
  return sha256(JSON.stringify([route, caller.tenantId ?? null, principal, key]));
}

/**
 * A response is kept when the operation ran and produced data (a 2xx with `data`): then it may
 * have had effects, and a retry must get it back. Anything else (a refusal, a timeout, a 5xx, an
 * error that left `data` null) wrote nothing, since a subgraph commits only a response without
 * errors, so the key is released and a retry runs again.
 */
function keptResponse(response: HTTPGraphQLResponse): StoredResponse | null {
  const status = response.status ?? 200;
  if (status < 200 || status > 299 || response.body.kind !== 'complete') return null;
  let data: unknown;
  try {
    data = (JSON.parse(response.body.string) as { data?: unknown }).data;
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  return { status, headers: [...response.headers], body: response.body.string };
}

function replayed(response: StoredResponse): HTTPGraphQLResponse {
  const headers = new HeaderMap(response.headers);
  headers.set(REPLAYED_HEADER, 'true');
  return { status: response.status, headers, body: { kind: 'complete', string: response.body } };
}

/**
 * Runs a POSTed mutation carrying `Idempotency-Key` at most once per (route, tenant, caller, key)
 * within the retention window (README, "Idempotent mutations"): the first request runs, retries
 * with the same body get its response (waiting for it while it runs), the key with another body is
 * 422 IDEMPOTENCY_KEY_REUSED. Queries, GETs and requests without the header just run.
 */
export async function runIdempotently(
  request: ResolvedRequest,
  route: string,
  caller: GatewayCaller,
  execute: () => Promise<HTTPGraphQLResponse>,
  options: IdempotencyOptions,
): Promise<HTTPGraphQLResponse> {
  const header = request.request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (header === undefined || request.request.method !== 'POST') return execute();
  if (operationTypeOf(request, options.maxTokens) !== 'mutation') return execute();
  const key = parseIdempotencyKey(header);
  // What the request asks for: the document, the operation and the variables (absent ones = {}).
  const fingerprint = sha256(canonicalJson([request.query, request.operationName, request.variables ?? {}]));
  const claim = await options.store.claim(scopedKey(route, caller, key), fingerprint, options.waitMs);
  switch (claim.kind) {
    case 'reused':
      throw new RequestRejectedError(
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was already used for another operation or other variables; use a new key for a new request.',
      );
    case 'busy':
      throw new RequestRejectedError(
        'IDEMPOTENCY_KEY_IN_USE',
        'The first request with this Idempotency-Key is still running; retry in a moment to get its response.',
        { extensions: { retryAfter: 1 }, headers: { 'retry-after': '1' } },
      );
    case 'replay':
      return replayed(claim.response);
    case 'run': {
      let response: HTTPGraphQLResponse;
      try {
        response = await execute();
      } catch (error) {
        await claim.release();
        throw error;
      }
      const kept = keptResponse(response);
      if (kept) await claim.complete(kept);
      else await claim.release();
      return response;
    }
  }
}
