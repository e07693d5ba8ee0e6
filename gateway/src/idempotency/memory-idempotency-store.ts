import { LRUCache } from 'lru-cache';
import type { IdempotencyClaim, IdempotencyStore, StoredResponse } from './idempotency-store';

type MemoryRecord =
  | { state: 'running'; fingerprint: string; settled: Promise<void> }
  | { state: 'done'; fingerprint: string; response: StoredResponse };

/** Most records one gateway process keeps, and most bytes of kept responses. */
const MAX_RECORDS = 10_000;
const MAX_BYTES = 64 * 1024 * 1024;

function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, Math.max(ms, 0));
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Idempotency records in this process (no Redis, or Redis unreachable): a running record holds a
 * promise its waiters await, a done one the response, kept for `retentionMs`. Bounded: the least
 * recently used records go first past 10,000 records or 64 MB of responses.
 */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly records = new LRUCache<string, MemoryRecord>({
    max: MAX_RECORDS,
    maxSize: MAX_BYTES,
    sizeCalculation: (record) => (record.state === 'done' ? record.response.body.length + 200 : 200),
  });

  constructor(private readonly retentionMs: number) {}

  async claim(scopedKey: string, fingerprint: string, waitMs: number): Promise<IdempotencyClaim> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const record = this.records.get(scopedKey);
      if (!record) return this.begin(scopedKey, fingerprint);
      if (record.fingerprint !== fingerprint) return { kind: 'reused' };
      if (record.state === 'done') return { kind: 'replay', response: record.response };
      const left = deadline - Date.now();
      if (left <= 0) return { kind: 'busy' };
      await waitAtMost(record.settled, left);
    }
  }

  private begin(scopedKey: string, fingerprint: string): IdempotencyClaim {
    let settle!: () => void;
    const settled = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const running: MemoryRecord = { state: 'running', fingerprint, settled };
    this.records.set(scopedKey, running);
    const ours = () => this.records.peek(scopedKey) === running;
    return {
      kind: 'run',
      complete: async (response) => {
        this.records.set(scopedKey, { state: 'done', fingerprint, response }, { ttl: this.retentionMs });
        settle();
      },
      release: async () => {
        if (ours()) this.records.delete(scopedKey);
        settle();
      },
    };
  }

  async close(): Promise<void> {
    this.records.clear();
  }
}
