import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  createLogger,
  DEFAULT_MAX_BODY_BYTES,
  type EventBus,
  serveHttp,
  type HttpService,
  type Logger,
  type RouteHandler,
} from '@nexora/kit';
import { LiveHub } from './live/live-hub';
import { LivePlanner } from './live/live-planner';
import { LiveResolver } from './live/live-resolver';
import { attachLiveServer, type LiveServer } from './live/live-server';
import { subscriptionCaches } from './live/subscription-checks';
import { accessControlPlugin } from './access-plugin';
import { createTokenVerifier, type JwksSource } from './auth/verify-token';
import { formatGatewayError } from './error-formatting';
import type { GatewayContext } from './gateway-context';
import { createFileRoute, DEFAULT_MAX_UPLOAD_BYTES, FILE_ROUTE_PATH } from './file-route';
import { createGraphQLRoute } from './graphql-route';
import { healthRoute, readyRoute } from './health';
import { introspectionPolicyPlugin, type IntrospectionPolicy } from './limits/introspection-policy';
import { createLiveLimits } from './limits/live-limits';
import { operationCostPlugin } from './limits/operation-cost-plugin';
import { startRateLimits, type RateLimitOptions } from './limits/rate-limit-setup';
import {
  startOperations,
  type OperationOptions,
  type RunningOperations,
} from './operations/operation-pipeline';
import type { RateLimiter } from './limits/rate-limiter';
import {
  DEFAULT_OPERATION_LIMITS,
  operationLimitsRule,
  type OperationLimits,
} from './limits/operation-limits';
import { DEFAULT_MAX_RESPONSE_BYTES } from './limits/response-size';
import {
  DEFAULT_SUBSCRIPTION_LIMITS,
  SubscriptionSlots,
  type SubscriptionLimits,
} from './limits/subscription-slots';
import {
  createPublicGraph,
  PUBLIC_GRAPH_PATH,
  type ApolloSurface,
  type PublicGraphSettings,
} from './public-graph/public-graph';
import { refusedRequestStatusPlugin } from './refused-request-status';
import { requestLoggingPlugin } from './request-logging';
import { createSubgraphAgent } from './subgraph-fetch';
import { createSupergraphExecutor, type SupergraphExecutor } from './supergraph-executor';

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql), including the tenancy directives. */
  supergraphSdl: string;
  /** Per-subgraph GraphQL URLs overriding those in the supergraph, e.g. `{ crm: 'http://crm:4003/graphql' }`. */
  subgraphUrls?: Record<string, string>;
  /** Identity's JWKS URL, or a local key set / key resolver (tests). */
  jwks: JwksSource;
  issuer: string;
  audience: string;
  /** HMAC secret shared with every subgraph for the signed caller context. */
  signingSecret: string;
  /** Deadline for each subgraph fetch (default 10 s). */
  timeoutMs?: number;
  /** Deadline for each subgraph /health probe behind /ready (default 2 s). */
  readinessTimeoutMs?: number;
  /** Listening port; 0 picks a free one (default 4000). */
  port?: number;
  host?: string;
  logger?: Logger;
  /** Who may introspect the schema: everyone, nobody, or (default) signed-in callers only. */
  introspection?: IntrospectionPolicy;
  /** Largest operation accepted (tokens, depth, aliases, fields, cost...); see DEFAULT_OPERATION_LIMITS. */
  limits?: Partial<OperationLimits>;
  /** Largest response sent to a client or read from a subgraph (default 10 MB). */
  maxResponseBytes?: number;
  /** Largest upload forwarded through `/files/<subgraph>/...` (default 50 MB). */
  maxUploadBytes?: number;
  /** Largest request body read on `/graphql` (default 1 MB); past it 413. */
  maxBodyBytes?: number;
  /**
   * Per-minute request limits and cost budgets (per client address, tenant plan and API key), in
   * Redis when `redisUrl` is given, else in memory; on by default, `false` turns them off.
   */
  rateLimits?: RateLimitOptions | false;
  /**
   * Open subscriptions per graphql-ws connection and per tenant in this process (default 100 and
   * 5,000); applied whether or not `rateLimits` is on.
   */
  subscriptionLimits?: Partial<SubscriptionLimits>;
  /**
   * Automatic persisted queries (on), the first-party safelist (off) and `Idempotency-Key` on
   * mutations (on), stored in Redis when `operations.redisUrl` is given, else in memory.
   */
  operations?: OperationOptions;
  /** The partner graph at `/public/graphql` (API keys only; on by default, `false` turns it off). */
  publicGraph?: PublicGraphSettings | false;
  /** Reverse proxies in front of the gateway whose X-Forwarded-For entries are trusted (default 0). */
  trustedProxyCount?: number;
  /**
   * Extra routes (exact paths), e.g. the web app and an explorer in all-in-one mode. They may
   * replace `/`, but never `/graphql`, `/health` or `/ready`.
   */
  routes?: Record<string, RouteHandler>;
  /** Where a browser opening `/graphql` is sent (e.g. `/explorer`, one of `routes`). */
  explorerPath?: string;
  /**
   * Where the subgraphs' events are (the platform's bus). With it the gateway serves the
   * supergraph's `@liveEvents` subscriptions over graphql-ws and SSE on `/graphql`.
   */
  events?: EventBus;
}

export interface RunningGateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Scheme, host and port, for /health and /ready. */
  origin: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish, then stops the gateway. */
  stop(): Promise<void>;
}

/**
 * A request for GraphQL over SSE asks for `text/event-stream` and not for JSON: clients such as urql
 * list `text/event-stream` among the types they accept for incremental delivery on ordinary queries.
 */
export function wantsEventStream(accept: string | undefined): boolean {
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  return (
    types.includes('text/event-stream') &&
    !types.some((type) => type === 'application/json' || type === 'application/graphql-response+json')
  );
}

/** A browser opening the endpoint (a page load asks for HTML, a GraphQL client never does). */
export function wantsPage(method: string | undefined, accept: string | undefined): boolean {
  return (method === 'GET' || method === 'HEAD') && /\btext\/html\b/i.test(accept ?? '');
}

/**
 * What a browser gets at `/graphql`: the explorer when the gateway serves one (all-in-one), else a
 * short page on how to call the endpoint. Never Apollo's landing page, which loads from a CDN.
 */
function endpointPage(explorerPath: string | undefined): RouteHandler {
  return (_req, res) => {
    if (explorerPath) {
      res.writeHead(302, { location: explorerPath, 'cache-control': 'no-cache' }).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff' })
      .end(
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>NEXORA GraphQL</title>' +
          '<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">' +
          '<h1>NEXORA GraphQL endpoint</h1><p>POST GraphQL requests here as JSON ' +
          '(<code>{"query": "..."}</code>) with <code>Authorization: Bearer &lt;access token&gt;</code>; ' +
          'subscriptions use graphql-ws or SSE on this same path. The schema is ' +
          '<code>schema/api.graphql</code> in the repository.</p></body></html>',
      );
  };
}

const RESERVED_ROUTES = ['/graphql', '/health', '/ready', FILE_ROUTE_PATH, PUBLIC_GRAPH_PATH];

/**
 * Apollo Server over the supergraph, in the order a request meets it: the parser's token limit,
 * validation with the shape limits, then before planning the introspection policy, the cost
 * ceiling and per-minute budget and the access check (each refusal a 4xx with a code, no subgraph
 * called), then the plan. The partner graph's server is the same with its `surface` (its contract
 * schema, one more rule, no suggestions).
 */
function createApolloServer(
  executor: SupergraphExecutor,
  limits: OperationLimits,
  introspection: IntrospectionPolicy,
  rateLimiter: RateLimiter | null,
  persistedQueries: RunningOperations['persistedQueries'],
  logger: Logger,
  surface?: ApolloSurface,
): ApolloServer<GatewayContext> {
  return new ApolloServer<GatewayContext>({
    gateway: surface?.gateway ?? executor.gateway,
    introspection: introspection !== false,
    parseOptions: { maxTokens: limits.maxTokens },
    // APQ (extensions.persistedQuery) with a bounded cache: Redis or this process's LRU.
    persistedQueries,
    validationRules: [operationLimitsRule(limits), ...(surface?.validationRules ?? [])],
    includeStacktraceInErrorResponses: false,
    formatError: formatGatewayError(logger),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      introspectionPolicyPlugin(introspection),
      operationCostPlugin(limits, rateLimiter),
      accessControlPlugin(executor.rules),
      refusedRequestStatusPlugin(),
      requestLoggingPlugin(),
      ...(surface?.plugins ?? []),
    ],
    logger,
    // main.ts drains on signals itself; Apollo's own handler would stop the server mid-drain.
    stopOnTerminationSignals: false,
  });
}

/**
 * Starts the NEXORA gateway. A request's path through it (README, "Follow one request"):
 * `createGraphQLRoute` → `resolveCaller` (token → caller) → Apollo Server (`operationLimitsRule`,
 * `introspectionPolicyPlugin`, `operationCostPlugin`, `accessControlPlugin`) → the plan →
 * `SignedDataSource.willSendRequest` (signed context) → `subgraphFetcher`.
 */
export async function createGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('gateway');
  const limits: OperationLimits = { ...DEFAULT_OPERATION_LIMITS, ...options.limits };
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const reserved = Object.keys(options.routes ?? {}).filter((path) => RESERVED_ROUTES.includes(path));
  if (reserved.length > 0) throw new Error(`Extra routes cannot replace ${reserved.join(', ')}.`);
  const verifyToken = createTokenVerifier({
    jwks: options.jwks,
    issuer: options.issuer,
    audience: options.audience,
  });

  const subgraphAgent = createSubgraphAgent(timeoutMs);
  const executor = createSupergraphExecutor({
    supergraphSdl: options.supergraphSdl,
    subgraphUrls: options.subgraphUrls ?? {},
    signingSecret: options.signingSecret,
    timeoutMs,
    maxResponseBytes,
    dispatcher: subgraphAgent,
    logger,
  });
  const rateLimits =
    options.rateLimits === false ? null : await startRateLimits(options.rateLimits ?? {}, logger);
  const introspection = options.introspection ?? 'authenticated';
  let operations: RunningOperations;
  try {
    operations = await startOperations(options.operations ?? {}, limits, logger);
  } catch (error) {
    await subgraphAgent.close();
    await rateLimits?.close();
    throw error;
  }
  const apollo = createApolloServer(
    executor,
    limits,
    introspection,
    rateLimits?.limiter ?? null,
    operations.persistedQueries,
    logger,
  );
  // Created before the main server starts: its contract follows the supergraph the main gateway loads.
  const publicGraph =
    options.publicGraph === false
      ? null
      : createPublicGraph({
          ...options.publicGraph,
          executor,
          apolloServer: (surface, partnerIntrospection) =>
            createApolloServer(
              executor,
              limits,
              partnerIntrospection,
              rateLimits?.limiter ?? null,
              operations.persistedQueries,
              logger,
              surface,
            ),
          route: {
            logger,
            verifyToken,
            trustedProxyCount: options.trustedProxyCount ?? 0,
            maxResponseBytes,
            maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
            rateLimiter: rateLimits?.limiter ?? null,
            operations: operations.forRoute('public', false),
          },
          signingSecret: options.signingSecret,
          dispatcher: subgraphAgent,
          timeoutMs,
          events: options.events,
          logger,
        });
  try {
    await apollo.start();
  } catch (error) {
    await subgraphAgent.close();
    await rateLimits?.close();
    await operations.close();
    throw error;
  }
  const startupProblem = executor.startupProblem();
  if (startupProblem) {
    await apollo.stop();
    await subgraphAgent.close();
    await rateLimits?.close();
    await operations.close();
    throw new Error(startupProblem);
  }
  try {
    await publicGraph?.start();
  } catch (error) {
    await apollo.stop();
    await subgraphAgent.close();
    await rateLimits?.close();
    await operations.close();
    throw error;
  }

  let draining = false;
  let live: LiveServer | null = null;
  const graphqlRoute = createGraphQLRoute({
    apollo,
    logger,
    verifyToken,
    trustedProxyCount: options.trustedProxyCount ?? 0,
    maxResponseBytes,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    rateLimiter: rateLimits?.limiter ?? null,
    operations: operations.forRoute('graphql', true),
  });
  const page = endpointPage(options.explorerPath);
  const graphql = {
    ...graphqlRoute,
    // Subscriptions over SSE share /graphql with queries: the Accept header tells them apart.
    handle: ((req, res) => {
      if (wantsPage(req.method, req.headers.accept)) return page(req, res);
      return live && wantsEventStream(req.headers.accept)
        ? live.handleSse(req, res)
        : graphqlRoute.handle(req, res);
    }) as RouteHandler,
  };
  let http: HttpService;
  try {
    http = await serveHttp({
      port: options.port ?? 4000,
      host: options.host,
      logger,
      routes: {
        ...options.routes,
        // An extra '/' route (the web app) answers page loads; GraphQL posted to '/' still works.
        '/': options.routes?.['/']
          ? (req, res) =>
              req.method === 'GET' || req.method === 'HEAD'
                ? options.routes!['/'](req, res)
                : graphql.handle(req, res)
          : graphql.handle,
        '/graphql': graphql.handle,
        ...(publicGraph ? { [PUBLIC_GRAPH_PATH]: publicGraph.route.handle } : {}),
        [FILE_ROUTE_PATH]: createFileRoute({
          subgraphs: executor.subgraphs,
          signingSecret: options.signingSecret,
          dispatcher: subgraphAgent,
          timeoutMs,
          maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
          rateLimiter: rateLimits?.limiter ?? null,
          verifyToken,
          trustedProxyCount: options.trustedProxyCount ?? 0,
          logger,
        }),
        '/health': healthRoute,
        '/ready': readyRoute({
          subgraphs: () => [...executor.subgraphs.values()],
          draining: () => draining,
          timeoutMs: options.readinessTimeoutMs ?? 2_000,
        }),
      },
    });
  } catch (error) {
    // A taken port must not leave the gateway's planner and timers running.
    await publicGraph?.stop();
    await apollo.stop();
    await subgraphAgent.close();
    await rateLimits?.close();
    await operations.close();
    throw error;
  }
  if (options.events) {
    const planner = new LivePlanner(options.supergraphSdl);
    const hub = new LiveHub(options.events, new LiveResolver(planner, executor.dataSources, logger), logger);
    live = attachLiveServer({
      server: http.server,
      hub,
      checks: { planner, rules: executor.rules, limits, ...subscriptionCaches() },
      verifyToken,
      trustedProxyCount: options.trustedProxyCount ?? 0,
      limits: createLiveLimits(
        rateLimits?.limiter ?? null,
        new SubscriptionSlots({ ...DEFAULT_SUBSCRIPTION_LIMITS, ...options.subscriptionLimits }),
      ),
      logger,
    });
  }
  logger.info({ port: http.port, subgraphs: [...executor.subgraphs.keys()] }, 'gateway listening');

  let stopping: Promise<void> | null = null;
  return {
    url: `${http.url}/graphql`,
    origin: http.url,
    port: http.port,
    stop: () =>
      (stopping ??= (async () => {
        draining = true;
        graphql.beginDrain();
        publicGraph?.route.beginDrain();
        await live?.close();
        await http.close();
        await publicGraph?.stop();
        await apollo.stop();
        // After the drain nothing calls subgraphs any more: close the pooled keep-alive connections.
        await subgraphAgent.close();
        await rateLimits?.close();
        await operations.close();
      })()),
  };
}
