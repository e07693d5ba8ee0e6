import type { Redis } from 'ioredis';
import type { Logger } from '@nexora/kit';
import { connectFastRedis } from '../fast-redis';

/**
 * How long an APQ or idempotency command waits for Redis: an APQ miss then costs the client one
 * more round trip, an idempotency record falls back to this process's memory.
 */
export const OPERATION_REDIS_TIMEOUT_MS = 250;

/** The Redis connection of APQ documents and idempotency records (see connectFastRedis). */
export function connectOperationRedis(url: string, logger: Logger): Redis {
  return connectFastRedis(
    url,
    {
      timeoutMs: OPERATION_REDIS_TIMEOUT_MS,
      purpose: 'persisted operations and idempotency',
      whileDown: 'each gateway process keeps them in memory until it is back',
    },
    logger,
  );
}
