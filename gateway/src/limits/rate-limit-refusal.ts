import { HeaderMap } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { graphqlError, RequestRejectedError } from '@nexora/kit';

/** What `extensions.limit` names in a RATE_LIMITED or BUDGET_EXCEEDED refusal. */
export type RateLimitName =
  'addressRequests' | 'addressConnections' | 'tenantRequests' | 'keyRequests' | 'tenantCost' | 'keyCost';

/** The per-minute figures a refusal reports; `cost` and `remaining` only for a budget. */
export interface RefusalDetails {
  retryAfter: number;
  limit: RateLimitName;
  maximum: number;
  cost?: number;
  remaining?: number;
}

/**
 * The rate limiter's verdict on one request, subscribe, upload or connection attempt, before any
 * transport has shaped it: HTTP answers it with a 429 and `Retry-After`, graphql-ws with an `error`
 * message, the upgrade of a websocket with a 429 before the handshake. The figures and the message
 * are the same everywhere, so a client handles them once.
 */
export interface RateLimitRefusal {
  code: 'RATE_LIMITED' | 'BUDGET_EXCEEDED';
  message: string;
  details: RefusalDetails;
}

/** The `Retry-After` header of a refusal. */
export const retryAfterHeader = (refusal: RateLimitRefusal): Record<string, string> => ({
  'retry-after': String(refusal.details.retryAfter),
});

/**
 * A refusal before GraphQL runs (/graphql and /public/graphql before parsing, /files before the body
 * is forwarded): the HTTP layer answers it 429 with the details in `extensions` and `Retry-After`.
 */
export function refusalBeforeGraphQL(refusal: RateLimitRefusal): RequestRejectedError {
  return new RequestRejectedError(refusal.code, refusal.message, {
    extensions: { ...refusal.details },
    headers: retryAfterHeader(refusal),
  });
}

/**
 * A refusal as a GraphQL error: inside Apollo Server's pipeline (`http`: its 429 and header), or as
 * what a graphql-ws `error` message carries (no `http`: the socket stays open for other operations).
 */
export function refusalAsGraphQLError(refusal: RateLimitRefusal, { http }: { http: boolean }): GraphQLError {
  return graphqlError(refusal.code, refusal.message, {
    ...refusal.details,
    ...(http
      ? {
          http: {
            status: 429,
            headers: new HeaderMap(Object.entries(retryAfterHeader(refusal))),
          },
        }
      : {}),
  });
}
