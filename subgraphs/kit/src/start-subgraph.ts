import type { IncomingMessage } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';
import { startEventConsumers } from './event-consumers';
import { buildSubgraphContext, contextForCaller, systemCaller, type SubgraphContext } from './context';
import { deriveContextKey, type ContextKey } from './context-keys';
import { openAutonomousPool } from './autonomous-transaction';
import { openSubgraphDatabase } from './database';
import { CLIENT_ERROR_CODES, REQUEST_ERROR_CODES } from './errors';
import { type EventBus } from './event-bus';
import { fileRouteHandlers } from './file-routes';
import { graphqlHandler, sendJson, serveHttp, type HttpService, type RouteHandler } from './http';
import type { Logger } from './logger';
import { OutboxRelay } from './outbox-relay';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './request-lifetime';
import type { SubgraphModule, SubgraphRuntime } from './subgraph-module';
import { bodyBinding, streamBinding } from './signed-context';
import { enforceTenancyDirectives } from './tenancy-directives';

export interface StartSubgraphOptions {
  port: number;
  host?: string;
  adminDatabaseUrl: string;
  databaseRolePassword: string;
  /**
   * The master CONTEXT_SIGNING_SECRET: the subgraph derives its own key from it
   * (`deriveContextKey`). Ignored when `contextKey` is given.
   */
  signingSecret?: string;
  /** The subgraph's own key (CONTEXT_SIGNING_KEY_<NAME>), for a subgraph not given the master. */
  contextKey?: ContextKey;
  contextMaxAgeMs?: number;
  events: EventBus;
  logger: Logger;
  poolSize?: number;
  /** Connections behind `ctx.autonomous` (default 2). */
  autonomousPoolSize?: number;
  /**
   * Each request's deadline and its SQL's statement_timeout (default 11 s: a little above the
   * gateway's per-subgraph timeout, so the gateway gives up, and stops the work, first).
   */
  requestTimeoutMs?: number;
  /** How often the outbox relay looks for events nobody nudged it about (default 1 s). */
  outboxPollIntervalMs?: number;
  /** Published outbox rows older than this are deleted (default 7 days). */
  outboxRetentionMs?: number;
  /**
   * Start publishing the outbox once listening (default true). A platform starting several
   * subgraphs on one in-process bus passes false and calls `outbox.start()` when all of them are
   * up: an event published before its consumer subscribed would reach no one.
   */
  startOutboxRelay?: boolean;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  dataSource: DataSource;
  /** The pool behind `ctx.autonomous`. */
  autonomousPool: DataSource;
  runtime: SubgraphRuntime;
  /** Publishes the subgraph's outbox to `events`; null when its schema has no outbox table. */
  outbox: OutboxRelay | null;
  /**
   * First half of `stop`: stops taking requests, lets in-flight requests and background work finish,
   * then publishes what the outbox still holds. Event consumers keep running, so a platform drains
   * every subgraph before stopping any: events one publishes while draining still reach the others.
   */
  drain(): Promise<void>;
  /**
   * Drains (if not done yet), waits for the events already delivered to be handled, unsubscribes the
   * consumers, then closes the database pools.
   */
  stop(): Promise<void>;
}

/**
 * Codes a client may see with their own message; anything else is reported as an internal error.
 * TIMEOUT is the kit's own answer for a request it stopped at its deadline.
 */
const PUBLIC_CODES = new Set([...CLIENT_ERROR_CODES, ...REQUEST_ERROR_CODES, 'TIMEOUT']);

export function formatSubgraphError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: error }, 'unexpected resolver error');
    return {
      message: 'Internal server error.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Ends each request's transaction: commit when the response has no errors, roll back otherwise. */
function requestTransactionPlugin(): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, errors }) {
          const failed =
            (errors?.length ?? 0) > 0 ||
            (response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0);
          try {
            await contextValue.db.finish(failed ? 'rollback' : 'commit');
          } catch (error) {
            contextValue.logger.error({ err: error }, 'request transaction failed to finish');
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                {
                  message: 'The change could not be saved; nothing was written.',
                  extensions: { code: 'INTERNAL_SERVER_ERROR' },
                },
              ];
            }
          }
        },
      };
    },
  };
}

/** Starts one subgraph: database (role, schema, migrations), schema with enforced directives, HTTP. */
export async function startSubgraph(
  module: SubgraphModule,
  options: StartSubgraphOptions,
): Promise<RunningSubgraph> {
  const logger = options.logger;
  const dataSource = await openSubgraphDatabase({
    schema: module.database.schema,
    adminUrl: options.adminDatabaseUrl,
    rolePassword: options.databaseRolePassword,
    entities: module.database.entities,
    migrations: module.database.migrations,
    poolSize: options.poolSize,
    logger,
  });
  let autonomousPool: DataSource | null = null;
  try {
    autonomousPool = await openAutonomousPool(dataSource, { size: options.autonomousPoolSize, logger });
    return await serveSubgraph(module, options, { dataSource, autonomousPool });
  } catch (error) {
    // A subgraph that cannot start (port taken, onStart failed) must not keep its pools open.
    if (autonomousPool?.isInitialized) await autonomousPool.destroy();
    await dataSource.destroy();
    throw error;
  }
}

async function serveSubgraph(
  module: SubgraphModule,
  options: StartSubgraphOptions,
  { dataSource, autonomousPool }: { dataSource: DataSource; autonomousPool: DataSource },
): Promise<RunningSubgraph> {
  const logger = options.logger;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const outbox = (await hasOutboxTable(dataSource, module.database.schema))
    ? new OutboxRelay({
        dataSource,
        schema: module.database.schema,
        events: options.events,
        logger,
        pollIntervalMs: options.outboxPollIntervalMs,
        retentionMs: options.outboxRetentionMs,
      })
    : null;
  const background = new Set<Promise<void>>();
  const runtime: SubgraphRuntime = {
    dataSource,
    logger,
    events: options.events,
    systemContext: (tenantId) =>
      contextForCaller(systemCaller(module.name, tenantId), {
        dataSource,
        logger,
        outbox: outbox ?? undefined,
        autonomousPool,
        background: true,
      }),
    runInBackground: (label, work) => {
      const running = work()
        .catch((error: unknown) => logger.error({ err: error, work: label }, 'background work failed'))
        .finally(() => background.delete(running));
      background.add(running);
    },
  };
  await module.onStart?.(runtime);
  const stopConsumers = await startEventConsumers({
    schema: module.database.schema,
    events: options.events,
    consumers: module.consumers ?? [],
    contextFor: (tenantId) => runtime.systemContext(tenantId),
    logger,
  });

  const schema = enforceTenancyDirectives(
    buildSubgraphSchema([{ typeDefs: module.typeDefs, resolvers: module.resolvers }]),
  );
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError: formatSubgraphError(logger),
    // Traces are for Apollo's hosted studio, which NEXORA does not report to.
    plugins: [requestTransactionPlugin(), ApolloServerPluginInlineTraceDisabled()],
    // The gateway is the only client and never needs the landing page.
    introspection: true,
    // The process owner drains and stops on signals; Apollo's own handler would re-raise the signal
    // and kill the process mid-drain (and orphan an embedded Postgres).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  // Only contexts the gateway signed for this subgraph, with its own key and for the very request
  // they arrive with: one captured on its way elsewhere, or replayed with another body, is refused.
  const verify = {
    key: contextKeyOf(module, options),
    audience: module.name,
    maxAgeMs: options.contextMaxAgeMs,
  };
  const graphql = graphqlHandler<SubgraphContext>({
    server: apollo,
    logger,
    requestTimeoutMs,
    context: async (req, lifetime, body) =>
      buildSubgraphContext(req.headers, receivedGraphQLBinding(req, body), {
        dataSource,
        logger,
        verify,
        outbox: outbox ?? undefined,
        autonomousPool,
        lifetime,
        statementTimeoutMs: requestTimeoutMs,
      }),
  });
  const routes: Record<string, RouteHandler> = {
    '/health': (_req, res) => sendJson(res, 200, { status: 'ok', service: module.name }),
    '/ready': async (_req, res) => {
      try {
        await dataSource.query('select 1');
        sendJson(res, 200, { status: 'ready', service: module.name });
      } catch {
        sendJson(res, 503, { status: 'unavailable', service: module.name, reason: 'database unreachable' });
      }
    },
    '/graphql': graphql,
    '/': graphql,
    ...fileRouteHandlers(module.files ?? [], {
      dataSource,
      logger,
      verify,
      outbox: outbox ?? undefined,
      autonomousPool,
      statementTimeoutMs: requestTimeoutMs,
      runtime,
    }),
    ...(module.routes?.(runtime) ?? {}),
  };
  let http: HttpService;
  try {
    http = await serveHttp({ port: options.port, host: options.host, routes, logger });
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  logger.info({ port: http.port, subgraph: module.name }, 'subgraph listening');
  // Also publishes what an earlier run committed but did not get to publish.
  if (options.startOutboxRelay ?? true) outbox?.start();

  let draining: Promise<void> | null = null;
  const drain = () =>
    (draining ??= (async () => {
      await http.close();
      await apollo.stop();
      // Jobs still running finish (or fail) before their pools close.
      while (background.size > 0) await Promise.all([...background]);
      // After the last request (its events are nudged), before the pool the relay uses closes.
      await outbox?.stop();
    })());
  let stopping: Promise<void> | null = null;
  return {
    name: module.name,
    url: `${http.url}/graphql`,
    port: http.port,
    dataSource,
    autonomousPool,
    runtime,
    outbox,
    drain,
    stop: () =>
      (stopping ??= (async () => {
        await drain();
        // What the relay just published (in-process: to this subgraph too) is handled first.
        await options.events.idle();
        await stopConsumers();
        await autonomousPool.destroy();
        await dataSource.destroy();
      })()),
  };
}

function contextKeyOf(module: SubgraphModule, options: StartSubgraphOptions): ContextKey {
  if (options.contextKey) return options.contextKey;
  if (options.signingSecret) return deriveContextKey(options.signingSecret, module.name);
  throw new Error(`Subgraph ${module.name} needs signingSecret or contextKey to verify the gateway.`);
}

/**
 * What a GraphQL request's context must have been signed for: a POST's body as read; anything else
 * (a GET carries its operation in the query string) its request line, so the query string cannot
 * be swapped under a signature either.
 */
function receivedGraphQLBinding(req: IncomingMessage, body: string): string {
  if (req.method === 'POST') return bodyBinding(body);
  return streamBinding({
    method: req.method ?? 'GET',
    target: req.url ?? '/',
    contentLength: req.headers['content-length'],
    contentType: req.headers['content-type'],
  });
}

/** Subgraphs opt into events by migrating an outbox table (`createOutboxMigration`). */
async function hasOutboxTable(dataSource: DataSource, schema: string): Promise<boolean> {
  const rows: Array<{ table: string | null }> = await dataSource.query(
    `select to_regclass($1)::text as "table"`,
    [`${schema}.outbox`],
  );
  return rows[0]?.table != null;
}
