import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { createLogger, type EventBus, InProcessEventBus, RedisEventBus, testDatabaseUrl } from '@nexora/kit';
import { startPlatform } from '../src/platform';
import { runBenchServer } from './bench-server.lifecycle';

/**
 * Live benchmark child: the whole platform (gateway with subscriptions, every subgraph) in this
 * process, as `npm start` runs it, on free ports. With BENCH_LIVE_REDIS=1 events go through Redis
 * Streams (REDIS_URL) instead of the in-process bus. `GET /__bench/memory` answers this process's
 * memory after a full GC (run with --expose-gc), so the driver can measure memory per connection.
 * Prints `{ url }` (the gateway's GraphQL URL) when ready.
 */
runBenchServer('live platform', async () => {
  const events: EventBus =
    process.env.BENCH_LIVE_REDIS === '1'
      ? new RedisEventBus(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
          logger: createLogger('event-bus', 'silent'),
        })
      : new InProcessEventBus({ logger: createLogger('event-bus', 'silent') });
  const platform = await startPlatform({
    adminDatabaseUrl: testDatabaseUrl(),
    databaseRolePassword: process.env.DATABASE_ROLE_PASSWORD ?? 'nexora-dev-role-password',
    signingSecret: randomBytes(32).toString('base64url'),
    events,
    loggerFor: (service) => createLogger(service, process.env.LOG_LEVEL ?? 'silent'),
    gatewayPort: 0,
    subgraphPorts: { identity: 0, crm: 0, erp: 0, analytics: 0 },
    host: '127.0.0.1',
    // Every benchmark client connects from this machine's one address, far past the per-address
    // limit on websocket connection attempts meant for the internet (WEBSOCKET_CONNECTIONS_PER_MINUTE).
    gateway: { rateLimits: { connectionAttemptsPerMinute: 1_000_000 } },
    routes: {
      '/__bench/memory': (_req, res: ServerResponse) => {
        const gc = (globalThis as { gc?: () => void }).gc;
        gc?.();
        gc?.();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ...process.memoryUsage(), gc: Boolean(gc) }));
      },
    },
  });
  return {
    ready: { url: platform.gateway.url, origin: platform.gateway.origin },
    stop: async () => {
      await platform.stop();
      await events.close();
    },
  };
});
