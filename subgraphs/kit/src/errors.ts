import { GraphQLError } from 'graphql';

/**
 * Error codes every NEXORA service puts in `extensions.code`. Clients branch on these, never on
 * messages, so the list is closed and shared by the gateway and all subgraphs.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  /** A valid signed context presented with another body than the one it was signed for. */
  | 'CONTEXT_BODY_MISMATCH'
  /** The partner graph takes API keys only: none was sent, or a user's access token was. */
  | 'API_KEY_REQUIRED'
  /** An API key that is malformed, unknown or whose secret does not match. */
  | 'API_KEY_INVALID'
  | 'API_KEY_REVOKED'
  | 'API_KEY_EXPIRED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'RATE_LIMITED'
  | 'BUDGET_EXCEEDED'
  | 'COST_LIMIT_EXCEEDED'
  | 'RESPONSE_TOO_LARGE'
  /** A `documentId` (or APQ hash) the gateway has no document for. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** An `extensions.persistedQuery` of a version other than 1. */
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  /** A document sent with a persisted-query hash or `documentId` that is not its hash. */
  | 'PERSISTED_QUERY_HASH_MISMATCH'
  /** A first-party client's document that is not on the safelist (SAFELIST_MODE=enforce). */
  | 'PERSISTED_QUERY_NOT_ALLOWED'
  /** An `Idempotency-Key` already used by this caller for another operation or other variables. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The first request with this `Idempotency-Key` is still running after the wait. */
  | 'IDEMPOTENCY_KEY_IN_USE'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  CONTEXT_BODY_MISMATCH: 401,
  API_KEY_REQUIRED: 401,
  API_KEY_INVALID: 401,
  API_KEY_REVOKED: 401,
  API_KEY_EXPIRED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  RATE_LIMITED: 429,
  BUDGET_EXCEEDED: 429,
  COST_LIMIT_EXCEEDED: 400,
  RESPONSE_TOO_LARGE: 400,
  PERSISTED_QUERY_NOT_FOUND: 404,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  PERSISTED_QUERY_HASH_MISMATCH: 400,
  PERSISTED_QUERY_NOT_ALLOWED: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_KEY_IN_USE: 409,
  SUBGRAPH_UNAVAILABLE: 502,
  TIMEOUT: 504,
  INTERNAL_SERVER_ERROR: 500,
};

export function httpStatusFor(code: ErrorCode): number {
  return HTTP_STATUS[code];
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(HTTP_STATUS, value);
}

/** Codes whose message a service wrote for the client: about the request itself, safe to show as-is. */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'API_KEY_REQUIRED',
  'API_KEY_INVALID',
  'API_KEY_REVOKED',
  'API_KEY_EXPIRED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'RATE_LIMITED',
  'BUDGET_EXCEEDED',
  'COST_LIMIT_EXCEEDED',
  'RESPONSE_TOO_LARGE',
]);

/** Codes Apollo Server gives a malformed or unresolvable request; also safe to show as-is. */
export const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** A GraphQL error whose code a client can rely on. */
export function graphqlError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = (message = 'You must be signed in to do this.') =>
  graphqlError('UNAUTHENTICATED', message);

export const forbidden = (message = 'You do not have permission to do this.') =>
  graphqlError('FORBIDDEN', message);

export const notFound = (what: string, id: string) =>
  graphqlError('NOT_FOUND', `${what} ${id} was not found.`);

export const badUserInput = (message: string, field?: string) =>
  graphqlError('BAD_USER_INPUT', message, field ? { field } : {});

/** What a refusal before GraphQL adds to its answer, e.g. `retryAfter` and a `Retry-After` header. */
export interface RejectionDetails {
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * Raised when a request must be refused before GraphQL runs (bad signature, bad token, rate limit).
 * The HTTP layer turns it into a 401/403/429 response with a GraphQL-shaped body.
 */
export class RequestRejectedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: RejectionDetails = {},
  ) {
    super(message);
    this.name = 'RequestRejectedError';
  }

  get status(): number {
    return httpStatusFor(this.code);
  }
}

/** An expected failure of a mutation, reported in the payload's `userErrors` rather than thrown. */
export interface UserError {
  field: string[] | null;
  message: string;
  code: string;
}

export function userError(code: string, message: string, field?: string[]): UserError {
  return { code, message, field: field ?? null };
}
