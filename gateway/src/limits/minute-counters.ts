import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Logger } from '@nexora/kit';

/** What the gateway counts per minute, each under its own Redis key prefix. */
export type CounterName =
  | 'address-requests'
  | 'address-connections'
  | 'tenant-requests'
  | 'tenant-cost'
  | 'key-requests'
  | 'key-cost';

const COUNTER_NAMES: readonly CounterName[] = [
  'address-requests',
  'address-connections',
  'tenant-requests',
  'tenant-cost',
  'key-requests',
  'key-cost',
];

export interface MinuteCount {
  /** Everything added under the key in its current minute, this addition included. */
  total: number;
  /** When the key's minute ends and its count starts again from zero. */
  msBeforeReset: number;
}

/** Fixed one-minute windows per key: the first addition starts the key's minute. */
export interface MinuteCounters {
  add(counter: CounterName, key: string, amount: number): Promise<MinuteCount>;
  /** Takes back an addition (a refused charge); best effort. */
  subtract(counter: CounterName, key: string, amount: number): Promise<void>;
}

const WINDOW_SECONDS = 60;
/**
 * rate-limiter-flexible is used as an atomic per-key counter with an expiring window and an
 * insurance store; whether a total is too much is decided by the caller, because limits differ per
 * plan and per API key while one counter serves them all.
 */
const NEVER_REJECT = Number.MAX_SAFE_INTEGER;

/** Counts in this process when Redis is down or too slow, and says so at most every 30 s. */
class InsuranceCounter extends RateLimiterMemory {
  private lastWarning = 0;

  constructor(
    keyPrefix: string,
    private readonly logger: Logger,
  ) {
    super({ keyPrefix, points: NEVER_REJECT, duration: WINDOW_SECONDS });
  }

  override consume(key: string | number, points?: number, options?: { [key: string]: unknown }) {
    const now = Date.now();
    if (now - this.lastWarning > 30_000) {
      this.lastWarning = now;
      this.logger.warn('rate limits: Redis is down or did not answer in time; counting in this process');
    }
    return super.consume(key, points, options);
  }
}

function counterFor(name: CounterName, keyPrefix: string, redis: Redis | null, logger: Logger) {
  const prefix = `${keyPrefix}:${name}`;
  if (!redis)
    return new RateLimiterMemory({ keyPrefix: prefix, points: NEVER_REJECT, duration: WINDOW_SECONDS });
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: prefix,
    points: NEVER_REJECT,
    duration: WINDOW_SECONDS,
    // Not connected (down, or still connecting): straight to the insurance, no wait at all.
    rejectIfRedisNotReady: true,
    insuranceLimiter: new InsuranceCounter(prefix, logger),
  });
}

/**
 * Per-minute counters in Redis, shared by every gateway replica, with an in-memory insurance
 * counter per process that answers whenever Redis is down or slower than its command timeout; or
 * in memory only when there is no Redis (all-in-one without REDIS_URL).
 */
export function createMinuteCounters(options: {
  redis: Redis | null;
  keyPrefix: string;
  logger: Logger;
}): MinuteCounters {
  const counters = new Map<CounterName, RateLimiterAbstract>(
    COUNTER_NAMES.map((name) => [name, counterFor(name, options.keyPrefix, options.redis, options.logger)]),
  );
  const counter = (name: CounterName) => counters.get(name)!;
  return {
    add: async (name, key, amount) => {
      const result = await counter(name)
        .consume(key, amount)
        .catch((rejection: unknown) => {
          // Only a total above NEVER_REJECT would be a rejection result; anything else is an error.
          if (rejection instanceof RateLimiterRes) return rejection;
          throw rejection;
        });
      return { total: result.consumedPoints, msBeforeReset: Math.max(result.msBeforeNext, 0) };
    },
    subtract: async (name, key, amount) => {
      await counter(name).reward(key, amount);
    },
  };
}
