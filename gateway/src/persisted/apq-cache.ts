import {
  InMemoryLRUCache,
  type KeyValueCache,
  type KeyValueCacheSetOptions,
} from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';
import { RedisKeyValueCache } from './redis-key-value-cache';

/**
 * The prefix Apollo Server puts before every APQ hash in the cache it is given
 * (`PrefixingKeyValueCache(cache, 'apq:')` in @apollo/server's ApolloServer.ts); the persisted-request
 * step reads the same entries (`gateway/test/persisted-operations.test.ts` keeps both in step).
 */
export const APQ_KEY_PREFIX = 'apq:';

/** Largest amount of APQ document text held in each gateway process's memory. */
export const APQ_MEMORY_BYTES = 32 * 1024 * 1024;

/** Hot documents stay in process memory in front of Redis: a hit costs no round trip. */
const LOCAL_FRONT_BYTES = 4 * 1024 * 1024;

/**
 * Redis first, each process's LRU in front of it: `get` tries the LRU, then Redis (and keeps what
 * it found); `set` writes both. With Redis unreachable the LRU still answers what this process has
 * seen, and a miss is the protocol's PERSISTED_QUERY_NOT_FOUND, after which the client sends the
 * text again: APQ degrades to full documents, never to an error.
 */
class TieredCache implements KeyValueCache<string> {
  constructor(
    private readonly local: InMemoryLRUCache<string>,
    private readonly shared: KeyValueCache<string>,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const local = await this.local.get(key);
    if (local !== undefined) return local;
    const shared = await this.shared.get(key);
    if (shared !== undefined) await this.local.set(key, shared);
    return shared;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.local.set(key, value, options);
    await this.shared.set(key, value, options);
  }

  async delete(key: string): Promise<boolean> {
    await this.local.delete(key);
    return (await this.shared.delete(key)) === true;
  }
}

/**
 * The cache Apollo Server keeps APQ documents in (`persistedQueries.cache`): bounded either way,
 * in Redis (`<keyPrefix>:` keys, each with the TTL) when the gateway has one, so a document
 * registered through one replica is found through every other, else in this process's memory
 * (an LRU of at most 32 MB).
 */
export function createApqCache(redis: Redis | null, keyPrefix: string): KeyValueCache<string> {
  if (!redis) return new InMemoryLRUCache<string>({ maxSize: APQ_MEMORY_BYTES });
  return new TieredCache(
    new InMemoryLRUCache<string>({ maxSize: LOCAL_FRONT_BYTES }),
    new RedisKeyValueCache(redis, `${keyPrefix}:`),
  );
}
