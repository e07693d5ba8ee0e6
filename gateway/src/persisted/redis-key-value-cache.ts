import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';

/**
 * Apollo's KeyValueCache over ioredis (what @apollo/utils.keyvadapter + @keyv/redis would give,
 * without two more packages): strings under `<prefix><key>`, with the TTL Apollo asks for, in
 * seconds. Redis trouble is a miss (or a skipped write), never a failed request: nothing is sent
 * while the connection is not ready, a command waits at most the connection's `commandTimeout`,
 * and the connection itself logs when Redis goes away and comes back (operation-redis.ts).
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    if (this.redis.status !== 'ready') return undefined;
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (this.redis.status !== 'ready') return;
    const ttl = options?.ttl;
    try {
      if (typeof ttl === 'number' && ttl > 0)
        await this.redis.set(this.prefix + key, value, 'EX', Math.ceil(ttl));
      else await this.redis.set(this.prefix + key, value);
    } catch {
      // Not shared this time: the document stays in this process's LRU and is registered again later.
    }
  }

  async delete(key: string): Promise<boolean> {
    if (this.redis.status !== 'ready') return false;
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch {
      return false;
    }
  }
}
