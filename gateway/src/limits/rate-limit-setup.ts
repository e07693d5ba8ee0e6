import type { Logger } from '@nexora/kit';
import { readyOrGiveUp } from '../fast-redis';
import { connectLimiterRedis, DEFAULT_LIMITER_REDIS_TIMEOUT_MS } from './limiter-redis';
import { createMinuteCounters } from './minute-counters';
import { DEFAULT_RATE_LIMIT_SETTINGS, planProblems, type RateLimitSettings } from './rate-limit-plans';
import { createRateLimiter, type RateLimiter } from './rate-limiter';

export interface RateLimitOptions extends Partial<RateLimitSettings> {
  /**
   * Where the counters live, shared by every gateway replica. Without it each gateway process
   * counts on its own, in memory (all-in-one without Redis).
   */
  redisUrl?: string;
  /** How long a rate-limit command may wait for Redis before the in-memory insurance answers (100 ms). */
  redisTimeoutMs?: number;
  /** Prefix of every counter key in Redis (default `nexora:limits`); tests use one of their own. */
  keyPrefix?: string;
}

export interface RunningRateLimits {
  limiter: RateLimiter;
  close(): Promise<void>;
}

/**
 * The gateway's rate limiter as configured, once its Redis connection is ready (waiting at most a
 * second: without Redis the gateway starts counting in memory); throws on a plan table that names
 * unknown plans.
 */
export async function startRateLimits(options: RateLimitOptions, logger: Logger): Promise<RunningRateLimits> {
  const settings: RateLimitSettings = {
    anonymousRequestsPerMinute:
      options.anonymousRequestsPerMinute ?? DEFAULT_RATE_LIMIT_SETTINGS.anonymousRequestsPerMinute,
    connectionAttemptsPerMinute:
      options.connectionAttemptsPerMinute ?? DEFAULT_RATE_LIMIT_SETTINGS.connectionAttemptsPerMinute,
    plans: options.plans ?? DEFAULT_RATE_LIMIT_SETTINGS.plans,
    tenantPlans: options.tenantPlans ?? DEFAULT_RATE_LIMIT_SETTINGS.tenantPlans,
    defaultPlan: options.defaultPlan ?? DEFAULT_RATE_LIMIT_SETTINGS.defaultPlan,
  };
  const problems = planProblems(settings);
  if (problems.length > 0) throw new Error(`Rate limit plans: ${problems.join('; ')}.`);
  const redis = options.redisUrl
    ? connectLimiterRedis(
        options.redisUrl,
        options.redisTimeoutMs ?? DEFAULT_LIMITER_REDIS_TIMEOUT_MS,
        logger,
      )
    : null;
  if (redis) await readyOrGiveUp(redis, 1_000);
  const counters = createMinuteCounters({ redis, keyPrefix: options.keyPrefix ?? 'nexora:limits', logger });
  return {
    limiter: createRateLimiter(counters, settings, logger),
    close: async () => {
      redis?.disconnect();
    },
  };
}
