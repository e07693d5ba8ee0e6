import type { ApolloServerPlugin } from '@apollo/server';
import { httpStatusFor, type ErrorCode } from '@nexora/kit';
import type { GatewayContext } from './gateway-context';

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SUBGRAPH_UNAVAILABLE',
  'TIMEOUT',
]);

/**
 * When a subgraph refuses the whole request (`data` is null, e.g. a throttled login), answer with
 * the matching HTTP status (429, 403, 502...) instead of 200, so HTTP clients, proxies and retry
 * policies see the refusal too. Partial results keep 200: part of the request succeeded.
 */
export function refusedRequestStatusPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== null || !errors?.length) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          const code = errors[0].extensions?.code;
          if (typeof code === 'string' && KNOWN_CODES.has(code)) {
            response.http.status = httpStatusFor(code as ErrorCode);
          }
        },
      };
    },
  };
}
