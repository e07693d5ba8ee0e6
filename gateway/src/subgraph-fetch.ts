import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { graphqlError } from '@nexora/kit';
import type { GraphQLError } from 'graphql';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * Node's fetch with a deadline per subgraph call. @apollo/gateway lets a data source bring its own
 * `fetcher`; the default (make-fetch-happen) has no per-request timeout, so a hung subgraph would
 * hold the client's request open forever. The signal also covers reading the response body.
 */
export function subgraphFetcher(timeoutMs: number): Fetcher {
  return async (url, init) => {
    const response = await fetch(url, {
      method: init?.method,
      headers: init?.headers,
      // RemoteGraphQLDataSource always sends a JSON string; a Buffer would only come from a custom caller.
      body: Buffer.isBuffer(init?.body) ? init.body.toString('utf8') : init?.body,
      // A subgraph never redirects; following one would send the signed context somewhere else.
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The DOM lib types lack the iterable half of Headers that Node's implementation has.
    return response as unknown as Awaited<ReturnType<Fetcher>>;
  };
}

export function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'TimeoutError';
}

/**
 * The client-facing error for a failed subgraph call. Deliberately says nothing about which host,
 * port or library failed: those details go to the gateway log, keyed by request id.
 */
export function subgraphFailure(error: unknown): GraphQLError {
  return isTimeout(error)
    ? graphqlError('TIMEOUT', 'A backing service did not answer in time; try again shortly.')
    : graphqlError('SUBGRAPH_UNAVAILABLE', 'A backing service is unavailable; try again shortly.');
}
