import { authExchange } from '@urql/exchange-auth';
import { cacheExchange, Client, type CombinedError, fetchExchange } from 'urql';
import { graphql } from './__generated__';
import type { Session } from './session';

const RefreshSession = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      session {
        accessToken
        refreshToken
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

/**
 * The GraphQL client: POST to the gateway (Apollo's CSRF rule refuses simple GETs), the access token
 * on every operation; on UNAUTHENTICATED it refreshes the session once and retries, and signs out
 * when the refresh is refused.
 */
export function createApiClient(session: SessionAccess): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const current = session.current();
          // The refresh itself carries no access token: the expired one would be refused first.
          if (!current || operation.query === RefreshSession) return operation;
          return utils.appendHeaders(operation, { authorization: `Bearer ${current.accessToken}` });
        },
        didAuthError: isAuthError,
        async refreshAuth() {
          const current = session.current();
          if (!current) return;
          const result = await utils.mutate(RefreshSession, {
            input: { refreshToken: current.refreshToken },
          });
          const renewed = result.data?.refreshSession.session;
          if (renewed) session.renewed({ ...current, ...renewed });
          else session.expired();
        },
      })),
      fetchExchange,
    ],
  });
}
