import { GraphQLError } from 'graphql';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { graphqlError, signCallerContext, type Logger } from '@nexora/kit';
import type { Dispatcher } from 'undici';
import type { GatewayContext } from './gateway-context';
import { isTimeout, subgraphFailure, subgraphFetcher } from './subgraph-fetch';

type SubgraphResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

export interface SignedDataSourceOptions {
  name: string;
  url: string;
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
 * Calls one subgraph with the verified caller as an HMAC-signed context and nothing else from the
 * client: every header the client sent (Authorization, x-tenant-id, forged x-nexora-*) is dropped.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly options: SignedDataSourceOptions) {
    super({
      url: options.url,
      fetcher: subgraphFetcher(options.timeoutMs, options.dispatcher, options.maxResponseBytes),
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
    const signed = signCallerContext(
      // Bound to this subgraph so the context cannot be replayed against another one.
      { ...caller, audience: this.options.name, issuedAt: Date.now(), operationName },
      this.options.signingSecret,
    );
    for (const [name, value] of Object.entries(signed)) headers.set(name, value);
  }

  /** A non-2xx answer is the subgraph's or the deployment's problem, never something to show as-is. */
  override async errorFromResponse(response: SubgraphResponse): Promise<GraphQLError> {
    const body = await response.text().catch(() => '');
    const details = { subgraph: this.options.name, status: response.status, body: body.slice(0, 500) };
    if (response.status === 401) {
      // Kit subgraphs answer 401 only for a missing, forged, stale or wrong-audience signed context.
      this.options.logger.error(
        details,
        'subgraph refused the signed context; check CONTEXT_SIGNING_SECRET, clocks and that the supergraph names the subgraph as it names itself',
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
