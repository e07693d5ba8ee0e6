import { Redis } from 'ioredis';
import type { Logger } from '@nexora/kit';

/**
 * How long an APQ or idempotency command waits for Redis: an APQ miss then costs the client one
 * more round trip, an idempotency record falls back to this process's memory.
 */
export const OPERATION_REDIS_TIMEOUT_MS = 250;

/**
 * The Redis connection of APQ documents and idempotency records, shaped like the rate limiter's
 * (limits/limiter-redis.ts): commands time out fast, nothing is queued while disconnected, and it
 * reconnects in the background, logging once when Redis goes away and once when it is back.
 */
export function connectOperationRedis(url: string, logger: Logger): Redis {
  const client = new Redis(url, {
    commandTimeout: OPERATION_REDIS_TIMEOUT_MS,
    connectTimeout: 1_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    disconnectTimeout: 200,
  });
  let reachable = true;
  client.on('error', (error: Error) => {
    if (!reachable) return;
    reachable = false;
    logger.warn(
      { err: error },
      'persisted operations and idempotency: Redis unreachable; each gateway process keeps them in memory until it is back',
    );
  });
  client.on('ready', () => {
    if (reachable) return;
    reachable = true;
    logger.info('persisted operations and idempotency: Redis is back');
  });
  return client;
}
