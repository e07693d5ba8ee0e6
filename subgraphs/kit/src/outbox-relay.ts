import type { DataSource, QueryRunner } from 'typeorm';
import { assertSchemaName } from './database';
import type { DomainEvent, EventBus } from './event-bus';
import type { Logger } from './logger';
import type { OutboxHandle } from './outbox';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  /** The subgraph's schema; its `outbox` table is relayed. */
  schema: string;
  events: EventBus;
  logger: Logger;
  /** How often to look for rows nobody nudged about (a crashed replica's, another replica's). */
  pollIntervalMs?: number;
  batchSize?: number;
  /** First delay after a failed publish; doubles per consecutive failure up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** Published rows are deleted once older than this (default 7 days); the bus keeps the event log. */
  retentionMs?: number;
  /** How often published rows past the retention are deleted (default 10 minutes). */
  pruneIntervalMs?: number;
}

export const DEFAULT_OUTBOX_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** Rows deleted per statement when pruning, so no prune holds many row locks for long. */
const PRUNE_BATCH = 5_000;

interface OutboxRow {
  id: string;
  tenantId: string;
  type: string;
  payload: unknown;
  occurredAt: Date;
}

/**
 * Publishes committed outbox rows to the event bus, oldest first, and marks them published.
 *
 * Each batch is one transaction: lock pending rows (`for update skip locked`, so replicas share the
 * work instead of publishing the same rows), publish them in order, mark what was published,
 * commit. A publish failure stops the batch: the rows published so far are marked, the rest stay
 * pending and are retried with exponential backoff, so nothing is lost. A crash between publishing
 * and committing publishes those rows again later: delivery is at least once, and consumers
 * deduplicate by event id (`dedupeById`). Order holds within one relay; with several replicas
 * running, events of different batches may interleave.
 *
 * The relay runs when nudged (after each commit that emitted events) and on a poll interval (rows
 * whose nudge was lost, e.g. a replica that crashed right after committing).
 */
export class OutboxRelay implements OutboxHandle {
  readonly table: string;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private pollTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private requested = false;
  private started = false;
  private stopped = false;
  private stopping: Promise<void> | null = null;
  private failures = 0;
  private readonly retentionMs: number;
  private readonly pruneIntervalMs: number;
  private lastPrune = 0;
  private pruning: Promise<void> | null = null;

  constructor(private readonly options: OutboxRelayOptions) {
    assertSchemaName(options.schema);
    this.table = `${options.schema}.outbox`;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.batchSize = options.batchSize ?? 100;
    this.retryDelayMs = options.retryDelayMs ?? 250;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 15_000;
    this.retentionMs = options.retentionMs ?? DEFAULT_OUTBOX_RETENTION_MS;
    this.pruneIntervalMs = options.pruneIntervalMs ?? 10 * 60 * 1000;
  }

  /** Starts polling and publishes whatever is already pending (rows left by a previous run). */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.pollTimer = setInterval(() => {
      this.nudge();
      this.pruneWhenDue();
    }, this.pollIntervalMs);
    // A pending poll must not keep a process alive that has nothing else to do.
    this.pollTimer.unref();
    this.nudge();
  }

  nudge(): void {
    this.requested = true;
    // Before start the request is remembered; during a retry delay the retry timer runs it.
    if (!this.started || this.stopped || this.running || this.retryTimer) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      // A nudge that arrived after the last batch but before this callback would otherwise wait
      // for the next poll.
      if (this.requested && !this.retryTimer) this.nudge();
    });
  }

  /**
   * Stops polling, waits for the batch in progress and, if commits asked for more meanwhile and the
   * bus is healthy, publishes one last batch. Whatever is left stays in the table for the next
   * start or another replica. Call before closing the pool.
   */
  stop(): Promise<void> {
    this.stopping ??= this.shutdown();
    return this.stopping;
  }

  private async shutdown(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.pollTimer = null;
    this.retryTimer = null;
    await this.running;
    await this.pruning;
    if (this.started && this.requested && this.failures === 0) {
      await this.publishBatch().catch((error: unknown) =>
        this.options.logger.warn(
          { err: error, table: this.table },
          'outbox relay: last batch failed at stop',
        ),
      );
    }
  }

  /** Deletes published rows older than the retention, in batches; returns how many. */
  async prune(): Promise<number> {
    let deleted = 0;
    for (;;) {
      const count = await this.inRelayTransaction(async (runner) => {
        // A select around the delete: typeorm answers a bare DELETE with [rows, count].
        const [{ count }]: Array<{ count: number }> = await runner.query(
          `with deleted as (
             delete from ${this.table} where id in (
               select id from ${this.table} where published_at < now() - make_interval(secs => $1) limit $2
             ) returning 1
           ) select count(*)::int as count from deleted`,
          [this.retentionMs / 1000, PRUNE_BATCH],
        );
        return count;
      });
      deleted += count;
      if (count < PRUNE_BATCH || this.stopped) return deleted;
    }
  }

  private pruneWhenDue(): void {
    if (this.pruning || this.stopped || Date.now() - this.lastPrune < this.pruneIntervalMs) return;
    this.lastPrune = Date.now();
    this.pruning = this.prune()
      .then((deleted) => {
        if (deleted > 0)
          this.options.logger.info({ table: this.table, deleted }, 'outbox: pruned published rows');
      })
      .catch((error: unknown) =>
        this.options.logger.warn({ err: error, table: this.table }, 'outbox prune failed'),
      )
      .finally(() => {
        this.pruning = null;
      });
  }

  private async inRelayTransaction<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = this.options.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`select set_config('app.outbox_relay', 'on', true)`);
      const result = await work(runner);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async drain(): Promise<void> {
    while (this.requested && !this.stopped) {
      this.requested = false;
      try {
        const published = await this.publishBatch();
        this.failures = 0;
        // A full batch means there may be more behind it.
        if (published === this.batchSize) this.requested = true;
      } catch (error) {
        this.failures += 1;
        const delay = Math.min(this.retryDelayMs * 2 ** (this.failures - 1), this.maxRetryDelayMs);
        this.options.logger.warn(
          { err: error, table: this.table, failures: this.failures, retryInMs: delay },
          'outbox relay could not publish; will retry',
        );
        this.requested = true;
        if (!this.stopped) {
          this.retryTimer = setTimeout(() => {
            this.retryTimer = null;
            this.nudge();
          }, delay);
          this.retryTimer.unref();
        }
        return;
      }
    }
  }

  private async publishBatch(): Promise<number> {
    const runner = this.options.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`select set_config('app.outbox_relay', 'on', true)`);
      const rows: OutboxRow[] = await runner.query(
        `select id, tenant_id as "tenantId", type, payload, occurred_at as "occurredAt" from ${this.table}
         where published_at is null order by sequence limit $1 for update skip locked`,
        [this.batchSize],
      );
      const published: string[] = [];
      let failure: unknown = null;
      for (const row of rows) {
        try {
          await this.options.events.publish(toDomainEvent(row));
          published.push(row.id);
        } catch (error) {
          failure = error;
          break;
        }
      }
      // Marking what did go out keeps those from being published twice; the rest stays pending.
      if (published.length > 0) {
        await runner.query(`update ${this.table} set published_at = now() where id = any($1::uuid[])`, [
          published,
        ]);
      }
      await runner.commitTransaction();
      if (failure) throw failure;
      return published.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

function toDomainEvent(row: OutboxRow): DomainEvent {
  return {
    id: row.id,
    type: row.type,
    tenantId: row.tenantId,
    occurredAt: row.occurredAt.toISOString(),
    payload: row.payload,
  };
}
