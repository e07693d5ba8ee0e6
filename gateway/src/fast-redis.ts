import { Redis } from 'ioredis';
import type { Logger } from '@nexora/kit';

/**
 * A Redis connection that never makes a request wait for Redis: commands time out after
 * `timeoutMs`, nothing is queued while disconnected (ioredis would otherwise hold commands for as
 * long as it reconnects), and reconnection goes on in the background. Callers check the status (or
 * catch the timeout) and fall back to this process's memory. It logs once when Redis goes away and
 * once when it is back, not once per reconnection attempt. Used by the rate limiter, APQ documents
 * and idempotency records.
 */
export function connectFastRedis(
  url: string,
  options: { timeoutMs: number; purpose: string; whileDown: string },
  logger: Logger,
): Redis {
  const client = new Redis(url, {
    commandTimeout: options.timeoutMs,
    connectTimeout: 1_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    // On stop, a connection that cannot close cleanly (Redis gone) is destroyed after this long.
    disconnectTimeout: 200,
  });
  let reachable = true;
  client.on('error', (error: Error) => {
    if (!reachable) return;
    reachable = false;
    logger.warn({ err: error }, `${options.purpose}: Redis unreachable; ${options.whileDown}`);
  });
  client.on('ready', () => {
    if (reachable) return;
    reachable = true;
    logger.info(`${options.purpose}: Redis is back`);
  });
  return client;
}

/**
 * Resolves once the connection is ready, or after `maxWaitMs` if it is not: a healthy deployment
 * uses Redis from its first request, while a gateway whose Redis is down starts anyway.
 */
export function readyOrGiveUp(client: Redis, maxWaitMs: number): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, maxWaitMs);
    client.once('ready', done);
  });
}
