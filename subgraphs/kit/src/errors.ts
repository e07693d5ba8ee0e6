import { GraphQLError } from 'graphql';

/**
 * Error codes every NEXORA service puts in `extensions.code`. Clients branch on these, never on
 * messages, so the list is closed and shared by the gateway and all subgraphs.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'COST_LIMIT_EXCEEDED'
  | 'RESPONSE_TOO_LARGE'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  COST_LIMIT_EXCEEDED: 400,
  RESPONSE_TOO_LARGE: 400,
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
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
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

/**
 * Raised when a request must be refused before GraphQL runs (bad signature, bad token). The HTTP
 * layer turns it into a 401/403 response with a GraphQL-shaped body.
 */
export class RequestRejectedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
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
