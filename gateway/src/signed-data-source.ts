import { GraphQLError } from 'graphql';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  bodyBinding,
  CONTEXT_HEADER,
  contextKeyVariable,
  deriveContextKey,
  encodeCallerContext,
  graphqlError,
  signEncodedContext,
  type ContextKey,
  type Logger,
} from '@nexora/kit';
import type { Dispatcher } from 'undici';
import type { GatewayContext } from './gateway-context';
import { isTimeout, subgraphFailure, subgraphFetcher } from './subgraph-fetch';

type SubgraphResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];
type Fetcher = RemoteGraphQLDataSource['fetcher'];

export interface SignedDataSourceOptions {
  name: string;
  url: string;
  /** The master CONTEXT_SIGNING_SECRET; this subgraph's own key is derived from it. */
  signingSecret: string;
  timeoutMs: number;
  /** Largest subgraph answer read; a larger one fails the fetch with RESPONSE_TOO_LARGE. */
  maxResponseBytes?: number;
  /** The gateway's shared keep-alive HTTP client (see `createSubgraphAgent`). */
  dispatcher: Dispatcher;
  logger: Logger;
}

// The kit's signed-context schema caps the operation name; a longer client name must not turn into
// a subgraph 401.
const MAX_OPERATION_NAME = 200;

/**
 * Completes the context `willSendRequest` encoded, once the exact body is known: @apollo/gateway
 * serializes the request after `willSendRequest`, so only the fetcher sees the bytes that go out.
 * The signature, with the subgraph's own key, covers the context and the SHA-256 of that body.
 */
function signingFetcher(fetcher: Fetcher, key: ContextKey): Fetcher {
  return (url, init) => {
    const payload = init?.headers?.[CONTEXT_HEADER];
    if (!init || payload === undefined) return fetcher(url, init);
    const signed = signEncodedContext(payload, bodyBinding(init.body ?? ''), key);
    return fetcher(url, { ...init, headers: { ...init.headers, ...signed } });
  };
}

/**
 * Calls one subgraph with the verified caller as an HMAC-signed context and nothing else from the
 * client: every header the client sent (Authorization, x-tenant-id, forged x-nexora-*) is dropped.
 * The context is signed for this subgraph only (its name as audience, its own derived key) and for
 * this request only (the hash of its body), so it cannot be replayed elsewhere or with another body.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly options: SignedDataSourceOptions) {
    super({
      url: options.url,
      fetcher: signingFetcher(
        subgraphFetcher(options.timeoutMs, options.dispatcher, options.maxResponseBytes),
        deriveContextKey(options.signingSecret, options.name),
      ),
    });
  }

  override willSendRequest(request: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.request.http?.headers;
    if (!headers) return;
    for (const [name] of Array.from(headers)) {
      if (name.toLowerCase() !== 'content-type') headers.delete(name);
    }
    // Health checks and schema loads carry no caller; the subgraph refuses them unsigned, as it should.
    if (request.kind !== 'incoming operation') return;
    const { caller } = request.incomingRequestContext.context;
    const operationName = request.incomingRequestContext.operationName?.slice(0, MAX_OPERATION_NAME) ?? null;
    // Bound to this subgraph so the context cannot be replayed against another one; the fetcher
    // signs it with the body (`signingFetcher`).
    headers.set(
      CONTEXT_HEADER,
      encodeCallerContext({ ...caller, audience: this.options.name, issuedAt: Date.now(), operationName }),
    );
  }

  /** A non-2xx answer is the subgraph's or the deployment's problem, never something to show as-is. */
  override async errorFromResponse(response: SubgraphResponse): Promise<GraphQLError> {
    const body = await response.text().catch(() => '');
    const details = { subgraph: this.options.name, status: response.status, body: body.slice(0, 500) };
    if (response.status === 401) {
      // Kit subgraphs answer 401 only for a missing, forged, stale or wrong-audience signed context.
      this.options.logger.error(
        details,
        `subgraph refused the signed context; check CONTEXT_SIGNING_SECRET (or the subgraph's ${contextKeyVariable(this.options.name)}), clocks and that the supergraph names the subgraph as it names itself`,
      );
    } else {
      this.options.logger.warn(details, 'subgraph answered with an HTTP error');
    }
    if (response.status === 429)
      return graphqlError('TOO_MANY_REQUESTS', 'Too many requests; slow down and retry.');
    return graphqlError(
      'SUBGRAPH_UNAVAILABLE',
      'A backing service could not answer this request; try again shortly.',
    );
  }

  override didEncounterError(
    error: Error,
    _request?: unknown,
    _response?: unknown,
    context?: GatewayContext,
  ): never {
    if (error instanceof GraphQLError) throw error;
    this.options.logger.warn(
      {
        err: error,
        subgraph: this.options.name,
        url: this.options.url,
        requestId: context?.log.requestId,
        timeout: isTimeout(error),
      },
      'subgraph request failed',
    );
    throw subgraphFailure(error);
  }
}
