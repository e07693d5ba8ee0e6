import { ConfigError } from './config';
import { InProcessEventBus } from './event-bus';
import { RedisEventBus } from './redis-event-bus';
import { createLogger } from './logger';
import { hoursToMs, loadSubgraphConfig } from './service-config';
import { exitGracefullyOnSignals } from './shutdown';
import { startSubgraph } from './start-subgraph';
import type { SubgraphModule } from './subgraph-module';

/** The whole `main.ts` of a subgraph process: config, start, drain on SIGTERM/SIGINT. */
export async function runSubgraph(module: SubgraphModule): Promise<void> {
  let config;
  try {
    config = loadSubgraphConfig(module);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${module.name}: ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(module.name, config.LOG_LEVEL);
  if (!config.REDIS_URL) logger.warn('REDIS_URL is not set: events stay inside this process');
  const retentionMs = hoursToMs(config.EVENT_RETENTION_HOURS);
  const events = config.REDIS_URL
    ? new RedisEventBus(config.REDIS_URL, { logger, retentionMs })
    : new InProcessEventBus({ logger, retentionMs });
  const subgraph = await startSubgraph(module, {
    port: config.PORT,
    host: config.HOST,
    adminDatabaseUrl: config.DATABASE_URL,
    databaseRolePassword: config.DATABASE_ROLE_PASSWORD,
    contextKey: config.contextKey,
    contextMaxAgeMs: config.CONTEXT_MAX_AGE_MS,
    poolSize: config.DATABASE_POOL_SIZE,
    autonomousPoolSize: config.DATABASE_AUTONOMOUS_POOL_SIZE,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    outboxRetentionMs: hoursToMs(config.OUTBOX_RETENTION_HOURS),
    events,
    logger,
  });
  exitGracefullyOnSignals(async () => {
    await subgraph.stop();
    await events.close();
  }, logger);
}
