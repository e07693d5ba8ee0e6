import type { ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { graphqlHandler, type Logger, type RouteHandler } from '@nexora/kit';
import { requestIdFor, type GatewayContext, type RequestLogRecord } from './gateway-context';
import { resolveCaller, type CallerResolution } from './request-caller';
import { logWhenDone } from './request-logging';
import { runInRequestScope } from './request-scope';

export interface GraphQLRouteOptions extends CallerResolution {
  apollo: ApolloServer<GatewayContext>;
  logger: Logger;
  maxResponseBytes: number;
}

export interface GraphQLRoute {
  handle: RouteHandler;
  /** From now on responses ask keep-alive clients to reconnect elsewhere (`connection: close`). */
  beginDrain(): void;
}

/**
 * `/graphql`: gives each request its id and log line, resolves the caller (token → caller), then
 * hands it to Apollo Server, where parsing (token limit), validation (shape limits), the
 * introspection, cost and access checks, planning and the signed subgraph fetches follow.
 */
export function createGraphQLRoute(options: GraphQLRouteOptions): GraphQLRoute {
  const { logger } = options;
  let draining = false;
  const inFlight = new Set<ServerResponse>();
  const pending = new WeakMap<object, { log: RequestLogRecord; res: ServerResponse }>();
  const graphql = graphqlHandler<GatewayContext>({
    server: options.apollo,
    logger,
    maxResponseBytes: options.maxResponseBytes,
    context: async (req) => {
      const state = pending.get(req);
      if (!state) throw new Error('request state missing');
      return resolveCaller(req, state.res, state.log, options);
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
