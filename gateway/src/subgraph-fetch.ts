import { EventEmitter } from 'node:events';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { graphqlError } from '@nexora/kit';
import type { GraphQLError } from 'graphql';
import { Agent, type Dispatcher } from 'undici';
import { DEFAULT_MAX_RESPONSE_BYTES } from './limits/response-size';
import { clientGoneSignal } from './request-scope';
import { SubgraphResponse, SubgraphResponseHeaders } from './subgraph-response';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/** A subgraph call that hit its deadline (`name` is what `isTimeout` and the logs look for). */
export class SubgraphTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

// undici's own inactivity limits, set to the deadline as a backstop; the per-call timer below
// normally fires first.
const UNDICI_TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * The HTTP client every data source of one gateway shares: a keep-alive connection pool per
 * subgraph origin. Close it when the gateway stops.
 */
export function createSubgraphAgent(timeoutMs: number): Agent {
  return new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
}

/**
 * Subgraph calls over undici's `request()` with a deadline per call. @apollo/gateway lets a data
 * source bring its own `fetcher`; its default (make-fetch-happen) has no per-request timeout, so a
 * hung subgraph would hold the client's request open forever. Node's global fetch did the job but
 * cost more than any other part of the gateway (WHATWG Request/Response/streams objects and an
 * `AbortSignal.timeout` per call); this path keeps the same guarantees with plain objects:
 * - the deadline (one timer) covers connecting, the headers AND reading the whole body, and maps
 *   to TIMEOUT through `isTimeout`;
 * - redirects are never followed (undici's `request()` does not follow them): a 3xx is a non-2xx
 *   answer, reported as SUBGRAPH_UNAVAILABLE, and the signed context never goes anywhere else;
 * - connection failures reject as before and become SUBGRAPH_UNAVAILABLE.
 */
export function subgraphFetcher(
  timeoutMs: number,
  dispatcher: Dispatcher,
  maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
): Fetcher {
  // A data source always calls its one URL: parse it once.
  let target: { url: string; origin: string; path: string } | null = null;
  return async (url, init) => {
    if (target?.url !== url) {
      const parsed = new URL(url);
      target = { url, origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    }
    // undici accepts an EventEmitter as its abort signal: lighter than an AbortController.
    const deadline = new EventEmitter();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      deadline.emit('abort');
    }, timeoutMs);
    // Nobody waits for the answer any more: closing the connection tells the subgraph to stop too.
    const clientGone = clientGoneSignal();
    if (clientGone?.aborted) {
      clearTimeout(timer);
      throw new ClientGoneError('the client closed its connection');
    }
    const abandon = () => deadline.emit('abort');
    clientGone?.addEventListener('abort', abandon, { once: true });
    try {
      const response = await dispatcher.request({
        origin: target.origin,
        path: target.path,
        method: (init?.method ?? 'POST') as Dispatcher.HttpMethod,
        headers: init?.headers,
        body: init?.body,
        signal: deadline,
      });
      const body = await readBounded(response.body, maxResponseBytes);
      return new SubgraphResponse(
        url,
        response.statusCode,
        response.statusText,
        new SubgraphResponseHeaders(response.headers),
        body,
      );
    } catch (error) {
      if (timedOut) throw new SubgraphTimeoutError(`no answer within ${timeoutMs} ms`, { cause: error });
      if (clientGone?.aborted)
        throw new ClientGoneError('the client closed its connection', { cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
      clientGone?.removeEventListener('abort', abandon);
    }
  };
}

/** The client went away mid-request: the subgraph call was given up (nobody sees the error). */
export class ClientGoneError extends Error {
  override readonly name = 'ClientGoneError';
}

/** A subgraph answer longer than the gateway will hold in memory for one request. */
export class SubgraphResponseTooLargeError extends Error {
  override readonly name = 'SubgraphResponseTooLargeError';
}

/** The body as text, or a SubgraphResponseTooLargeError as soon as it passes `maxBytes`. */
async function readBounded(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body.destroy();
      throw new SubgraphResponseTooLargeError(`subgraph answer larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function isTimeout(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return name === 'TimeoutError' || (typeof code === 'string' && UNDICI_TIMEOUT_CODES.has(code));
}

/**
 * The client-facing error for a failed subgraph call. Deliberately says nothing about which host,
 * port or library failed: those details go to the gateway log, keyed by request id.
 */
export function subgraphFailure(error: unknown): GraphQLError {
  if (error instanceof SubgraphResponseTooLargeError)
    return graphqlError(
      'RESPONSE_TOO_LARGE',
      'The answer to this request would be too large; ask for fewer fields or smaller pages.',
    );
  return isTimeout(error)
    ? graphqlError('TIMEOUT', 'A backing service did not answer in time; try again shortly.')
    : graphqlError('SUBGRAPH_UNAVAILABLE', 'A backing service is unavailable; try again shortly.');
}
