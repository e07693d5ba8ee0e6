import { authExchange } from '@urql/exchange-auth';
import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createLiveClient, type Client as LiveClient } from 'graphql-ws';
import { Client, type CombinedError, fetchExchange, type OperationResult, subscriptionExchange } from 'urql';
import type { RefreshSessionMutation, RefreshSessionMutationVariables } from './__generated__/graphql';
import { graphql } from './__generated__';
import { cacheConfig } from './cache';
import type { Session } from './session';

const RefreshSession = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      session {
        accessToken
        refreshToken
        permissions
      }
    }
  }
`);

export interface SessionAccess {
  current(): Session | null;
  /** A refresh renewed the tokens. */
  renewed(session: Session): void;
  /** The refresh token no longer works: sign out. */
  expired(): void;
}

function isAuthError(error: CombinedError): boolean {
  return (
    error.response?.status === 401 ||
    error.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED')
  );
}

/** Close codes of the gateway's live socket that a new access token cures (none, invalid, expired). */
const TOKEN_CLOSE_CODES = new Set([4401, 4440]);

type Mutate = (
  query: typeof RefreshSession,
  variables: RefreshSessionMutationVariables,
) => PromiseLike<OperationResult<RefreshSessionMutation>>;

export interface ApiClient {
  client: Client;
  /** Closes the live socket (sign out, tenant switch). */
  dispose(): void;
}

/**
 * The GraphQL client: POST to the gateway (Apollo's CSRF rule refuses simple GETs) through a
 * normalized cache (cache.ts), the access token on every operation; on UNAUTHENTICATED it refreshes
 * the session once and retries, and signs out when the refresh is refused. Subscriptions go over one
 * graphql-ws socket, opened when the first one starts, with the current token in its connection
 * params; a socket closed for its token is reopened after a refresh.
 */
export function createApiClient(session: SessionAccess): ApiClient {
  let refreshing: Promise<void> | null = null;
  // One refresh at a time, whoever asks (an operation refused, or the live socket closed for its token).
  const refresh = (mutate: Mutate) =>
    (refreshing ??= (async () => {
      const current = session.current();
      if (!current) return;
      const result = await mutate(RefreshSession, { input: { refreshToken: current.refreshToken } });
      const renewed = result.data?.refreshSession.session;
      if (renewed) session.renewed({ ...current, ...renewed });
      else session.expired();
    })().finally(() => {
      refreshing = null;
    }));

  const live: LiveClient = createLiveClient({
    url: () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    connectionParams: () => {
      const current = session.current();
      return current ? { authorization: `Bearer ${current.accessToken}` } : {};
    },
    shouldRetry: () => true,
    retryAttempts: 20,
    on: {
      closed: (event) => {
        const code = (event as { code?: number }).code;
        if (code !== undefined && TOKEN_CLOSE_CODES.has(code))
          void refresh((query, variables) => client.mutation(query, variables).toPromise());
      },
    },
  });

  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    // First-party: the gateway may hold this client to its safelist (codegen's persisted documents).
    fetchOptions: { headers: { 'x-nexora-client': 'web' } },
    exchanges: [
      cacheExchange(cacheConfig),
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const current = session.current();
          // The refresh itself carries no access token: the expired one would be refused first.
          if (!current || operation.query === RefreshSession || operation.kind === 'subscription') {
            return operation;
          }
          return utils.appendHeaders(operation, { authorization: `Bearer ${current.accessToken}` });
        },
        didAuthError: isAuthError,
        refreshAuth: () => refresh((query, variables) => utils.mutate(query, variables)),
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = live.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { client, dispose: () => void live.dispose() };
}
