import path from 'node:path';
import {
  ConfigError,
  createLogger,
  exitGracefullyOnSignals,
  hoursToMs,
  InProcessEventBus,
  RedisEventBus,
  type EventBus,
} from '@nexora/kit';
import { operationOptions, publicGraphOptions, requestLimitOptions } from '@nexora/gateway';
import { loadAllInOneConfig, type AllInOneConfig } from './all-in-one-config';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemoTenant } from './demo-seed';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { ensureWebBuild, WEB_DIST, webAppRoutes } from './web-app';
import { startPlatform, type RunningPlatform } from './platform';

function readConfig(): AllInOneConfig {
  try {
    return loadAllInOneConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`nexora: ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/**
 * `npm start`: the whole platform in one process. Uses DATABASE_URL / REDIS_URL when set, otherwise
 * a real embedded Postgres under .nexora/ and an in-process event bus.
 */
async function main(): Promise<void> {
  const config = readConfig();
  // Mails link to the app this process serves (identity reads it at start), unless told otherwise.
  process.env.WEB_APP_URL ??= `http://localhost:${config.PORT}`;
  // Sign-in providers return to that app's callback page, so OIDC_PROVIDERS alone turns them on here.
  process.env.OIDC_REDIRECT_URIS ??= `${process.env.WEB_APP_URL.replace(/\/+$/, '')}/sign-in/callback`;
  const logger = createLogger('all-in-one', config.LOG_LEVEL);
  let embedded: EmbeddedPostgres | null = null;
  let platform: RunningPlatform | null = null;
  let events: EventBus | null = null;

  const exit = exitGracefullyOnSignals(async () => {
    await platform?.stop();
    await events?.close();
    await embedded?.stop();
  }, logger);

  try {
    let adminDatabaseUrl = config.DATABASE_URL;
    if (!adminDatabaseUrl) {
      embedded = await startEmbeddedPostgres({
        dataDir: path.join(config.NEXORA_DATA_DIR, 'postgres'),
        port: config.EMBEDDED_POSTGRES_PORT,
        logger,
      });
      adminDatabaseUrl = embedded.adminUrl;
    }
    const webBuilt = await ensureWebBuild(logger);
    const retentionMs = hoursToMs(config.EVENT_RETENTION_HOURS);
    events = config.REDIS_URL
      ? new RedisEventBus(config.REDIS_URL, { logger, retentionMs })
      : new InProcessEventBus({ logger, retentionMs });
    platform = await startPlatform({
      adminDatabaseUrl,
      databaseRolePassword: config.DATABASE_ROLE_PASSWORD,
      signingSecret: config.CONTEXT_SIGNING_SECRET,
      events,
      loggerFor: (service) => createLogger(service, config.LOG_LEVEL),
      gatewayPort: config.PORT,
      subgraphPorts: config.subgraphPorts,
      host: config.HOST,
      outboxRetentionMs: hoursToMs(config.OUTBOX_RETENTION_HOURS),
      routes: webBuilt ? webAppRoutes(WEB_DIST) : undefined,
      gateway: { ...requestLimitOptions(config), ...publicGraphOptions(config), ...operationOptions(config) },
    });
    const seeded = config.SEED_DEMO === 'true' ? await seedDemoTenant(platform.gateway.url) : null;
    printBanner(config, platform, embedded, seeded?.created ?? false);
  } catch (error) {
    logger.fatal({ err: error }, `NEXORA failed to start: ${(error as Error).message}`);
    await exit(1, 'start failed');
  }
}

function printBanner(
  config: AllInOneConfig,
  platform: RunningPlatform,
  embedded: EmbeddedPostgres | null,
  seededNow: boolean,
): void {
  const lines = [
    '',
    `NEXORA is running: ${platform.gateway.url}`,
    ...Object.values(platform.subgraphs).map(
      (subgraph) => `  subgraph ${subgraph.name.padEnd(9)} ${subgraph.url}`,
    ),
    `  database           ${embedded ? `embedded Postgres on 127.0.0.1:${embedded.port} (data in ${embedded.dataDir})` : 'DATABASE_URL'}`,
    `  events             ${config.REDIS_URL ? 'Redis (REDIS_URL)' : 'in-process bus'}`,
    // Identity's own settings (read from the same environment by the identity subgraph).
    `  mail               ${process.env.SMTP_URL ? 'SMTP (SMTP_URL)' : 'dev mailbox: each mail is logged by identity with its links ("dev mailbox: mail kept")'}; e-mail verification ${process.env.EMAIL_VERIFICATION ?? 'off'}`,
    `  rate limits        ${config.RATE_LIMITS ? (config.REDIS_URL ? 'counted in Redis (REDIS_URL)' : 'counted in memory') : 'off (RATE_LIMITS=false)'}`,
  ];
  if (config.SEED_DEMO === 'true') {
    lines.push(
      '',
      `Demo tenant ${seededNow ? 'created' : 'ready'}: log in with ${DEMO_EMAIL} / ${DEMO_PASSWORD}`,
      `  curl -s ${platform.gateway.url} -H 'content-type: application/json' \\`,
      `    -d '{"query":"mutation { login(input: {email: \\"${DEMO_EMAIL}\\", password: \\"${DEMO_PASSWORD}\\"}) { session { accessToken } userErrors { message } } }"}'`,
    );
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

void main();
