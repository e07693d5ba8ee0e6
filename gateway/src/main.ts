import { ConfigError, createLogger, exitGracefullyOnSignals, RedisEventBus } from '@nexora/kit';
import { loadGatewayConfig, type GatewayConfig } from './config';
import { createGateway, type RunningGateway } from './gateway';
import { gatewayOptionsFromConfig } from './start-from-config';

async function main(): Promise<void> {
  let config: GatewayConfig;
  try {
    config = loadGatewayConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`gateway: ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger('gateway', config.LOG_LEVEL);
  let gateway: RunningGateway;
  if (!config.REDIS_URL) logger.warn('REDIS_URL is not set: subscriptions are not served');
  const events = config.REDIS_URL ? new RedisEventBus(config.REDIS_URL, { logger }) : undefined;
  try {
    gateway = await createGateway({ ...gatewayOptionsFromConfig(config, logger), events });
  } catch (error) {
    logger.fatal({ err: error }, `gateway failed to start: ${(error as Error).message}`);
    process.exit(1);
  }
  logger.info({ url: gateway.url }, `NEXORA gateway ready at ${gateway.url}`);

  exitGracefullyOnSignals(async () => {
    await gateway.stop();
    await events?.close();
  }, logger);
}

void main();
