import { ConfigError, createLogger } from '@nexora/kit';
import { loadGatewayConfig, type GatewayConfig } from './config';
import { createGateway, type RunningGateway } from './gateway';
import { gatewayOptionsFromConfig } from './start-from-config';

/** How long a drain may take before the process gives up on slow clients and exits anyway. */
const DRAIN_DEADLINE_MS = 30_000;

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
  try {
    gateway = await createGateway(gatewayOptionsFromConfig(config, logger));
  } catch (error) {
    logger.fatal({ err: error }, `gateway failed to start: ${(error as Error).message}`);
    process.exit(1);
  }
  logger.info({ url: gateway.url }, `NEXORA gateway ready at ${gateway.url}`);

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'draining in-flight requests');
    setTimeout(() => {
      logger.error('drain deadline passed; exiting with requests still open');
      process.exit(1);
    }, DRAIN_DEADLINE_MS).unref();
    gateway
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main();
