import { cacheExchange, Client, fetchExchange } from 'urql';

/** The GraphQL client: POST to the gateway (Apollo's CSRF rule refuses simple GETs), with the token. */
export function createApiClient(accessToken: string | null): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: (): RequestInit => {
      const headers: Record<string, string> = {};
      if (accessToken) headers.authorization = `Bearer ${accessToken}`;
      return { headers };
    },
  });
}
