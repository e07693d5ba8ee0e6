import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { graphqlHandler, type Logger, type RouteHandler } from '@nexora/kit';
import { requestIdFor, type GatewayContext, type RequestLogRecord } from './gateway-context';
import { admitRequest, type RateLimiter } from './limits/rate-limiter';
import type { OperationHandling } from './operations/operation-pipeline';
import { resolveCaller, type CallerResolution } from './request-caller';
import { logWhenDone } from './request-logging';
import { runInRequestScope } from './request-scope';

export interface GraphQLRouteOptions extends CallerResolution {
  apollo: ApolloServer<GatewayContext>;
  logger: Logger;
  maxResponseBytes: number;
  /** Largest request body read; past it 413 before the rest is read. */
  maxBodyBytes: number;
  /** Per-minute request limits, checked once the caller is known (none: unlimited). */
  rateLimiter: RateLimiter | null;
  /** Persisted documents, the safelist and idempotent mutations in front of Apollo (none: Apollo alone). */
  operations?: OperationHandling | null;
  /** Who the caller is; the bearer access token (`resolveCaller`) unless given (the partner graph: API keys). */
  resolveCaller?: (
    req: IncomingMessage,
    res: ServerResponse,
    log: RequestLogRecord,
  ) => Promise<GatewayContext>;
}

export interface GraphQLRoute {
  handle: RouteHandler;
  /** From now on responses ask keep-alive clients to reconnect elsewhere (`connection: close`). */
  beginDrain(): void;
}

/**
 * `/graphql`: gives each request its id and log line, reads its body (up to `maxBodyBytes`), resolves
 * the caller (token → caller) and counts it against its per-minute limits, then hands it to Apollo
 * Server, where parsing (token limit), validation (shape limits), the introspection, cost (ceiling,
 * then budget) and access checks, planning and the signed subgraph fetches follow.
 */
export function createGraphQLRoute(options: GraphQLRouteOptions): GraphQLRoute {
  const { logger } = options;
  let draining = false;
  const inFlight = new Set<ServerResponse>();
  const pending = new WeakMap<object, { log: RequestLogRecord; res: ServerResponse }>();
  const graphql = graphqlHandler<GatewayContext>({
    server: options.operations ? options.operations.wrap(options.apollo) : options.apollo,
    logger,
    maxResponseBytes: options.maxResponseBytes,
    maxBodyBytes: options.maxBodyBytes,
    context: async (req) => {
      const state = pending.get(req);
      if (!state) throw new Error('request state missing');
      const context = options.resolveCaller
        ? await options.resolveCaller(req, state.res, state.log)
        : await resolveCaller(req, state.res, state.log, options);
      await admitRequest(options.rateLimiter, context);
      return context;
    },
  });
  return {
    handle: (req, res) => {
      const log: RequestLogRecord = {
        requestId: requestIdFor(req),
        tenantId: null,
        userId: null,
        operationName: null,
        errorCodes: [],
      };
      pending.set(req, { log, res });
      res.setHeader('x-request-id', log.requestId);
      // Tell keep-alive clients to reconnect elsewhere so the drain is not held open by idle sockets.
      if (draining) res.setHeader('connection', 'close');
      inFlight.add(res);
      res.once('close', () => inFlight.delete(res));
      logWhenDone(req, res, log, logger);
      return runInRequestScope(res, () => graphql(req, res));
    },
    beginDrain: () => {
      draining = true;
      // Responses still being computed close their socket when done instead of idling in keep-alive.
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    },
  };
}
