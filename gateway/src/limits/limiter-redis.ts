import { Redis } from 'ioredis';
import type { Logger } from '@nexora/kit';

/** How long one rate-limit command may wait for Redis before the in-memory counters answer instead. */
export const DEFAULT_LIMITER_REDIS_TIMEOUT_MS = 100;

/**
 * A Redis connection for the rate limiter that never makes a request wait for Redis: commands time
 * out after `timeoutMs`, nothing is queued while disconnected (ioredis would otherwise hold commands
 * for as long as it reconnects), and reconnection goes on in the background. The limiter checks the
 * status before each command and counts in memory while it is not `ready`.
 */
export function connectLimiterRedis(url: string, timeoutMs: number, logger: Logger): Redis {
  const client = new Redis(url, {
    commandTimeout: timeoutMs,
    connectTimeout: 1_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    // On stop, a connection that cannot close cleanly (Redis gone) is destroyed after this long.
    disconnectTimeout: 200,
  });
  // One line when Redis goes away and one when it is back, not one per reconnection attempt.
  let reachable = true;
  client.on('error', (error: Error) => {
    if (!reachable) return;
    reachable = false;
    logger.warn(
      { err: error },
      'rate limits: Redis unreachable; each gateway process counts in memory until it is back',
    );
  });
  client.on('ready', () => {
    if (reachable) return;
    reachable = true;
    logger.info('rate limits: Redis is back; counting there again');
  });
  return client;
}

/**
 * Resolves once the connection is ready, or after `maxWaitMs` if it is not: a healthy deployment
 * counts in Redis from its first request, while a gateway whose Redis is down starts anyway.
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
