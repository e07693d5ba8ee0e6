import {
  startSubgraph,
  type EventBus,
  type Logger,
  type RunningSubgraph,
  type SubgraphModule,
} from '@nexora/kit';
import { SUBGRAPHS } from '@nexora/schema';
import {
  createGateway,
  DEFAULT_SUPERGRAPH_PATH,
  readSupergraph,
  type GatewayOptions,
  type RunningGateway,
} from '@nexora/gateway';

export interface PlatformOptions {
  adminDatabaseUrl: string;
  databaseRolePassword: string;
  signingSecret: string;
  events: EventBus;
  /** One logger per service, so every JSON line names the service it came from. */
  loggerFor: (service: string) => Logger;
  /** Gateway port; 0 picks a free one. */
  gatewayPort: number;
  /** Per-subgraph ports; a subgraph not listed uses its default port, 0 picks a free one. */
  subgraphPorts?: Partial<Record<string, number>>;
  host?: string;
  issuer?: string;
  audience?: string;
  subgraphTimeoutMs?: number;
  supergraphPath?: string;
  poolSize?: number;
  /** Published outbox rows older than this are deleted (default 7 days). */
  outboxRetentionMs?: number;
  routes?: GatewayOptions['routes'];
  /** Gateway options beyond the ones above (limits, trusted proxies, introspection). */
  gateway?: Partial<
    Omit<GatewayOptions, 'supergraphSdl' | 'subgraphUrls' | 'jwks' | 'signingSecret' | 'port' | 'logger'>
  >;
  /** The subgraphs to run; the registry's by default. */
  modules?: readonly SubgraphModule[];
}

export interface RunningPlatform {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  stop(): Promise<void>;
}

/**
 * Runs every subgraph (each its own HTTP server, exactly as in production) and the gateway in this
 * process. Used by `npm start`, the integration tests and the benchmark.
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const subgraphs: Record<string, RunningSubgraph> = {};
  const stopAll = async () => {
    const running = Object.values(subgraphs).reverse();
    // Every subgraph stops taking requests and flushes its outbox while all consumers still listen.
    for (const subgraph of running) await subgraph.drain();
    for (const subgraph of running) await subgraph.stop();
  };
  try {
    for (const module of options.modules ?? SUBGRAPHS) {
      subgraphs[module.name] = await startSubgraph(module, {
        port: options.subgraphPorts?.[module.name] ?? module.defaultPort,
        host: options.host ?? '127.0.0.1',
        adminDatabaseUrl: options.adminDatabaseUrl,
        databaseRolePassword: options.databaseRolePassword,
        signingSecret: options.signingSecret,
        events: options.events,
        logger: options.loggerFor(module.name),
        poolSize: options.poolSize,
        outboxRetentionMs: options.outboxRetentionMs,
        startOutboxRelay: false,
      });
    }
    // Only now is every consumer subscribed to the shared bus.
    for (const subgraph of Object.values(subgraphs)) subgraph.outbox?.start();
    const gateway = await createGateway({
      supergraphSdl: readSupergraph(options.supergraphPath ?? DEFAULT_SUPERGRAPH_PATH),
      subgraphUrls: Object.fromEntries(
        Object.values(subgraphs).map((subgraph) => [subgraph.name, subgraph.url]),
      ),
      jwks: `http://127.0.0.1:${subgraphs.identity.port}/.well-known/jwks.json`,
      issuer: options.issuer ?? process.env.JWT_ISSUER ?? 'nexora-identity',
      audience: options.audience ?? process.env.JWT_AUDIENCE ?? 'nexora-api',
      signingSecret: options.signingSecret,
      timeoutMs: options.subgraphTimeoutMs,
      port: options.gatewayPort,
      host: options.host,
      logger: options.loggerFor('gateway'),
      routes: options.routes,
      // A browser opening /graphql gets the bundled explorer when the web app provides one.
      explorerPath: options.routes?.['/explorer'] ? '/explorer' : undefined,
      events: options.events,
      ...options.gateway,
    });
    return {
      gateway,
      subgraphs,
      stop: async () => {
        await gateway.stop();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
