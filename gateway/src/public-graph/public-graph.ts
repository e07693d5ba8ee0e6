import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { sendGraphQLError, type EventBus, type Logger } from '@nexora/kit';
import type { Dispatcher } from 'undici';
import type { ValidationRule } from 'graphql';
import { resolveApiKeyCaller } from '../api-keys/api-key-caller';
import { ApiKeyVerifier, DEFAULT_API_KEY_CACHE_TTL_MS } from '../api-keys/api-key-verifier';
import { identityKeyCheck } from '../api-keys/identity-key-check';
import type { GatewayContext } from '../gateway-context';
import { createGraphQLRoute, type GraphQLRoute, type GraphQLRouteOptions } from '../graphql-route';
import type { SupergraphExecutor } from '../supergraph-executor';
import { contractGateway, type GatewayInterface } from './contract-gateway';
import { contractOperationTypeRule, introspectionApartRule } from './public-graph-rules';

export const PUBLIC_GRAPH_PATH = '/public/graphql';

/** Settings of the partner graph (GatewayOptions.publicGraph). */
export interface PublicGraphSettings {
  /** Introspection and "did you mean" suggestions on `/public/graphql` (PUBLIC_GRAPH_INTROSPECTION; default off). */
  introspection?: boolean;
  /** How long a checked API key is trusted (API_KEY_CACHE_TTL_MS; default 5 s, at most 10 s, 0: never). */
  apiKeyCacheTtlMs?: number;
}

/** What the partner graph's Apollo Server has beyond the main one's (same limits, plugins and order). */
export interface ApolloSurface {
  gateway: GatewayInterface;
  validationRules: ValidationRule[];
  plugins: Array<ApolloServerPlugin<GatewayContext>>;
}

export interface PublicGraphOptions extends PublicGraphSettings {
  executor: SupergraphExecutor;
  /** Builds an Apollo Server exactly as the main one, with `surface` added (gateway.ts). */
  apolloServer(surface: ApolloSurface, introspection: boolean): ApolloServer<GatewayContext>;
  /** The route options of `/graphql` that apply here too (limits, logging, rate limiter). */
  route: Omit<GraphQLRouteOptions, 'apollo' | 'resolveCaller'>;
  signingSecret: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
  events?: EventBus;
  logger: Logger;
}

export interface PublicGraph {
  route: GraphQLRoute;
  /** After the main Apollo Server has started (the contract is derived from its supergraph). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * `/public/graphql`, the partner graph (issue 9): the `@tag(name: "public")` contract of the
 * supergraph, served by the same process and the same plan executor as `/graphql`, for API keys
 * only. A request meets the same route (body limit, request id, per-minute limits) and the same
 * Apollo Server pipeline (token, shape, cost and access checks, signed fetches) as on `/graphql`;
 * what differs is who the caller is (`resolveApiKeyCaller`: the key's tenant and scopes), the
 * schema operations are validated against (`contractGateway`) and that schema details stay private
 * (introspection and suggestions off) unless configured otherwise.
 */
export function createPublicGraph(options: PublicGraphOptions): PublicGraph {
  const introspection = options.introspection ?? false;
  const apiKeys = new ApiKeyVerifier({
    check: identityKeyCheck({
      subgraphs: options.executor.subgraphs,
      signingSecret: options.signingSecret,
      dispatcher: options.dispatcher,
      timeoutMs: options.timeoutMs,
      logger: options.logger,
    }),
    cacheTtlMs: options.apiKeyCacheTtlMs ?? DEFAULT_API_KEY_CACHE_TTL_MS,
    events: options.events,
    logger: options.logger,
  });
  const gateway = contractGateway(options.executor.gateway, options.logger);
  const apollo = options.apolloServer(
    {
      gateway,
      validationRules: [contractOperationTypeRule, introspectionApartRule],
      plugins: introspection ? [] : [ApolloServerPluginDisableSuggestions()],
    },
    introspection,
  );
  const route = createGraphQLRoute({
    ...options.route,
    apollo,
    resolveCaller: (req, res, log) =>
      resolveApiKeyCaller(req, res, log, { apiKeys, trustedProxyCount: options.route.trustedProxyCount }),
  });
  let served = false;
  return {
    route: {
      ...route,
      handle: (req, res) =>
        served
          ? route.handle(req, res)
          : sendGraphQLError(res, 404, 'NOT_FOUND', 'This gateway serves no partner graph.'),
    },
    start: async () => {
      // A supergraph without `@tag(name: "public")` fields (or whose tags form no valid schema) has no
      // partner graph; the rest of the gateway is served as usual.
      const problem = gateway.problem();
      if (problem) {
        options.logger.warn({ problem }, `no partner graph at ${PUBLIC_GRAPH_PATH}`);
        return;
      }
      await apollo.start();
      served = true;
    },
    stop: async () => {
      if (served) await apollo.stop();
      served = false;
      apiKeys.close();
    },
  };
}
