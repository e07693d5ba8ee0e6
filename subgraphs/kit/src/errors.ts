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
  SUBGRAPH_UNAVAILABLE: 502,
  TIMEOUT: 504,
  INTERNAL_SERVER_ERROR: 500,
};

export function httpStatusFor(code: ErrorCode): number {
  return HTTP_STATUS[code];
}

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
