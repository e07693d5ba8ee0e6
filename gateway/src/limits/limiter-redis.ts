import type { Redis } from 'ioredis';
import type { Logger } from '@nexora/kit';
import { connectFastRedis } from '../fast-redis';

/** How long one rate-limit command may wait for Redis before the in-memory counters answer instead. */
export const DEFAULT_LIMITER_REDIS_TIMEOUT_MS = 100;

/**
 * The rate limiter's Redis connection (see connectFastRedis). The limiter checks the status before
 * each command and counts in memory while it is not `ready`.
 */
export function connectLimiterRedis(url: string, timeoutMs: number, logger: Logger): Redis {
  return connectFastRedis(
    url,
    {
      timeoutMs,
      purpose: 'rate limits',
      whileDown: 'each gateway process counts in memory until it is back',
    },
    logger,
  );
}
