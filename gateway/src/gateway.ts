import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  createLogger,
  graphqlHandler,
  RequestRejectedError,
  serveHttp,
  type HttpService,
  type Logger,
  type RouteHandler,
} from '@nexora/kit';
import { accessControlPlugin } from './access-plugin';
import { AccessRuleMap } from './access-rules';
import { createTokenVerifier, type JwksSource } from './auth/verify-token';
import { formatGatewayError } from './error-formatting';
import { requestIdFor, type GatewayContext, type RequestLogRecord } from './gateway-context';
import { healthRoute, readyRoute, type SubgraphEndpoint } from './health';
import { logWhenDone, requestLoggingPlugin } from './request-logging';
import { DEFAULT_OPERATION_LIMITS, operationLimitsRule, type OperationLimits } from './operation-limits';
import { refusedRequestStatusPlugin } from './refused-request-status';
import { SignedDataSource } from './signed-data-source';
import { createSubgraphAgent } from './subgraph-fetch';

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
  /** Schema introspection for typed-query tooling (default true). */
  introspection?: boolean;
  /** Largest operation shape accepted (depth, aliases, fields); see DEFAULT_OPERATION_LIMITS. */
  limits?: Partial<OperationLimits>;
  /**
   * Extra routes (exact paths), e.g. the web app and an explorer in all-in-one mode. They may
   * replace `/`, but never `/graphql`, `/health` or `/ready`.
   */
  routes?: Record<string, RouteHandler>;
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

const RESERVED_ROUTES = ['/graphql', '/health', '/ready'];

function unknownOverrides(
  overrides: Record<string, string>,
  subgraphs: ReadonlyMap<string, SubgraphEndpoint>,
): string[] {
  return Object.keys(overrides).filter((name) => !subgraphs.has(name));
}

/** Starts the NEXORA gateway: token verification, directive checks, signed subgraph calls, health. */
export async function createGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('gateway');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const overrides = options.subgraphUrls ?? {};
  const verifyToken = createTokenVerifier({
    jwks: options.jwks,
    issuer: options.issuer,
    audience: options.audience,
  });
  const reserved = Object.keys(options.routes ?? {}).filter((path) => RESERVED_ROUTES.includes(path));
  if (reserved.length > 0) throw new Error(`Extra routes cannot replace ${reserved.join(', ')}.`);

  const subgraphs = new Map<string, SubgraphEndpoint>();
  const subgraphAgent = createSubgraphAgent(timeoutMs);
  const apolloGateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const target = overrides[name] ?? url;
      if (!target) {
        throw new Error(`Subgraph "${name}" has no URL in the supergraph and none was configured.`);
      }
      subgraphs.set(name, { name, url: target });
      return new SignedDataSource({
        name,
        url: target,
        signingSecret: options.signingSecret,
        timeoutMs,
        dispatcher: subgraphAgent,
        logger,
      });
    },
  });

  let rules: AccessRuleMap | null = null;
  apolloGateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    try {
      rules = AccessRuleMap.fromSupergraph(coreSupergraphSdl);
      if (!rules.linksTenancy) {
        logger.warn(
          'the supergraph does not link the tenancy directives: every field is public at the gateway',
        );
      }
    } catch (error) {
      rules = null;
      logger.error({ err: error }, 'cannot read access rules from the supergraph; refusing all operations');
    }
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway: apolloGateway,
    introspection: options.introspection ?? true,
    validationRules: [operationLimitsRule({ ...DEFAULT_OPERATION_LIMITS, ...options.limits })],
    includeStacktraceInErrorResponses: false,
    formatError: formatGatewayError(logger),
    plugins: [accessControlPlugin(() => rules), refusedRequestStatusPlugin(), requestLoggingPlugin()],
    logger,
    // main.ts drains on signals itself; Apollo's own handler would stop the server mid-drain.
    stopOnTerminationSignals: false,
  });
  try {
    await apollo.start();
  } catch (error) {
    await subgraphAgent.close();
    throw error;
  }
  const startupProblem = !rules
    ? 'The supergraph’s access rules could not be read.'
    : unknownOverrides(overrides, subgraphs).length > 0
      ? `Subgraph URL overrides name unknown subgraphs: ${unknownOverrides(overrides, subgraphs).join(', ')} (known: ${[...subgraphs.keys()].join(', ')}).`
      : null;
  if (startupProblem) {
    await apollo.stop();
    await subgraphAgent.close();
    throw new Error(startupProblem);
  }

  let draining = false;
  const inFlight = new Set<ServerResponse>();
  const requests = new WeakMap<IncomingMessage, { log: RequestLogRecord; res: ServerResponse }>();
  const graphql = graphqlHandler<GatewayContext>({
    server: apollo,
    logger,
    context: async (req) => {
      const state = requests.get(req);
      if (!state) throw new Error('request state missing');
      let token;
      try {
        token = await verifyToken(req.headers.authorization);
      } catch (error) {
        if (error instanceof RequestRejectedError) {
          state.log.errorCodes.push(error.code);
          if (error.code === 'UNAUTHENTICATED')
            state.res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
        }
        throw error;
      }
      state.log.tenantId = token?.tenantId ?? null;
      state.log.userId = token?.userId ?? null;
      return {
        caller: {
          requestId: state.log.requestId,
          tenantId: token?.tenantId ?? null,
          userId: token?.userId ?? null,
          permissions: token?.permissions ?? [],
          issuedAt: Date.now(),
          operationName: null,
        },
        log: state.log,
      };
    },
  });
  const graphqlRoute: RouteHandler = (req, res) => {
    const log: RequestLogRecord = {
      requestId: requestIdFor(req),
      tenantId: null,
      userId: null,
      operationName: null,
      errorCodes: [],
    };
    requests.set(req, { log, res });
    res.setHeader('x-request-id', log.requestId);
    // Tell keep-alive clients to reconnect elsewhere so the drain is not held open by idle sockets.
    if (draining) res.setHeader('connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    logWhenDone(req, res, log, logger);
    return graphql(req, res);
  };

  let http: HttpService;
  try {
    http = await serveHttp({
      port: options.port ?? 4000,
      host: options.host,
      logger,
      routes: {
        '/': graphqlRoute,
        ...options.routes,
        '/graphql': graphqlRoute,
        '/health': healthRoute,
        '/ready': readyRoute({
          subgraphs: () => [...subgraphs.values()],
          draining: () => draining,
          timeoutMs: options.readinessTimeoutMs ?? 2_000,
        }),
      },
    });
  } catch (error) {
    // A taken port must not leave the gateway's planner and timers running.
    await apollo.stop();
    await subgraphAgent.close();
    throw error;
  }
  logger.info({ port: http.port, subgraphs: [...subgraphs.keys()] }, 'gateway listening');

  let stopping: Promise<void> | null = null;
  return {
    url: `${http.url}/graphql`,
    origin: http.url,
    port: http.port,
    stop: () =>
      (stopping ??= (async () => {
        draining = true;
        // Responses still being computed close their socket when done instead of idling in keep-alive.
        for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
        await http.close();
        await apollo.stop();
        // After the drain nothing calls subgraphs any more: close the pooled keep-alive connections.
        await subgraphAgent.close();
      })()),
  };
}
