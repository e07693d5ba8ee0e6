import type { ApolloServerPlugin } from '@apollo/server';
import { httpStatusFor, isErrorCode } from '@nexora/kit';
import type { GatewayContext } from './gateway-context';

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
          // An internal error keeps 200 with data null: its status would tell a client nothing more.
          if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
            response.http.status = httpStatusFor(code);
          }
        },
      };
    },
  };
}
