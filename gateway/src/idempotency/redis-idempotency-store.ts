import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '@nexora/kit';
import type { IdempotencyClaim, IdempotencyStore, StoredResponse } from './idempotency-store';

/**
 * How long a running record lives without its gateway renewing it (every third of that): a
 * gateway that dies mid-request frees the key after at most this long, a live one keeps it.
 */
export const RUNNING_RECORD_MS = 10_000;

/** Replace or delete the record only while it is still the one this request wrote. */
const REPLACE_IF_OURS = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) return 1 end return 0`;
const DELETE_IF_OURS = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
const RENEW_IF_OURS = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;

type RedisRecord =
  | { state: 'running'; fingerprint: string; owner: string }
  | { state: 'done'; fingerprint: string; response: StoredResponse };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Idempotency records in Redis, shared by every gateway replica. The first request of a key writes
 * a running record with `SET NX PX` (its owner id, the body's fingerprint); concurrent ones read
 * the record and poll it (10 ms, growing to 100 ms) until it is done, released or their wait is
 * over; `complete` replaces it with the response for the retention window, `release` deletes it,
 * both only if the record is still theirs (a Lua compare-and-set). A slow answer (a command past
 * the connection's timeout while connected) is waited for and tried again, never taken as leave
 * to run: the SET may have gone through. While Redis is disconnected, each gateway process keeps
 * its records in memory (`fallback`) until it is back.
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly retentionMs: number,
    private readonly fallback: IdempotencyStore,
    private readonly logger: Logger,
  ) {}

  async claim(scopedKey: string, fingerprint: string, waitMs: number): Promise<IdempotencyClaim> {
    if (this.redis.status !== 'ready') return this.fallback.claim(scopedKey, fingerprint, waitMs);
    const key = `${this.keyPrefix}:idempotency:${scopedKey}`;
    const running = JSON.stringify({
      state: 'running',
      fingerprint,
      owner: randomUUID(),
    } satisfies RedisRecord);
    const deadline = Date.now() + waitMs;
    let pause = 10;
    for (;;) {
      try {
        if ((await this.redis.set(key, running, 'PX', RUNNING_RECORD_MS, 'NX')) === 'OK')
          return this.begin(key, running);
        const stored = await this.redis.get(key);
        // Released or expired between the two commands: try again at once to be the one that runs it.
        if (stored === null) continue;
        // Our own SET, whose answer came too late the first time.
        if (stored === running) return this.begin(key, running);
        const record = JSON.parse(stored) as RedisRecord;
        if (record.fingerprint !== fingerprint) return { kind: 'reused' };
        if (record.state === 'done') return { kind: 'replay', response: record.response };
      } catch (error) {
        // Redis gone: this process's memory takes over. A slow answer is no outage: keep waiting.
        if (this.redis.status !== 'ready') {
          this.logger.warn({ err: error }, 'idempotency: Redis lost; this request is deduplicated in memory');
          return this.fallback.claim(scopedKey, fingerprint, Math.max(deadline - Date.now(), 0));
        }
      }
      const left = deadline - Date.now();
      if (left <= 0) return { kind: 'busy' };
      await sleep(Math.min(pause, left));
      pause = Math.min(pause * 1.5, 100);
    }
  }

  /** Runs `script` until Redis answers (a compare-and-set: running it twice does no harm), three tries. */
  private async evalOurs(script: string, args: Array<string | number>, what: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.redis.eval(script, 1, ...args);
        return;
      } catch (error) {
        if (attempt >= 3 || this.redis.status !== 'ready') {
          // The running record expires by itself; a retry after that runs the operation again.
          this.logger.warn({ err: error }, `idempotency: could not ${what} in Redis`);
          return;
        }
      }
    }
  }

  private begin(key: string, running: string): IdempotencyClaim {
    const renewal = setInterval(() => {
      this.redis.eval(RENEW_IF_OURS, 1, key, running, RUNNING_RECORD_MS).catch(() => undefined);
    }, RUNNING_RECORD_MS / 3);
    renewal.unref();
    const { fingerprint } = JSON.parse(running) as { fingerprint: string };
    return {
      kind: 'run',
      complete: async (response) => {
        clearInterval(renewal);
        const done = JSON.stringify({ state: 'done', fingerprint, response } satisfies RedisRecord);
        await this.evalOurs(REPLACE_IF_OURS, [key, running, done, this.retentionMs], 'store a response');
      },
      release: async () => {
        clearInterval(renewal);
        await this.evalOurs(DELETE_IF_OURS, [key, running], 'release a key');
      },
    };
  }

  async close(): Promise<void> {
    await this.fallback.close();
  }
}
