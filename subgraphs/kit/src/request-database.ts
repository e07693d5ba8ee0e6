import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { GraphQLError } from 'graphql';
import { cancelBackend } from './backend-cancel';
import { graphqlError } from './errors';
import { requestStoppedError, stopReasonOf, type RequestStopReason } from './request-lifetime';
import {
  inlineBinding,
  parameterizedBinding,
  START_TRANSACTION,
  type Actor,
  type TransactionBinding,
} from './transaction-binding';

export type { Actor } from './transaction-binding';

/**
 * Round trips to Postgres made by request transactions, per data source; read by tests and metrics.
 * Opening a transaction counts once: START TRANSACTION and the tenant binding travel together.
 */
const statementCounts = new WeakMap<DataSource, { value: number }>();

export function sqlStatementCount(dataSource: DataSource): number {
  return statementCounts.get(dataSource)?.value ?? 0;
}

function counterFor(dataSource: DataSource): { value: number } {
  let counter = statementCounts.get(dataSource);
  if (!counter) {
    counter = { value: 0 };
    statementCounts.set(dataSource, counter);
  }
  return counter;
}

/** How long a request may run and how it learns that nobody waits for it any more. */
export interface RequestBounds {
  /** Postgres `statement_timeout` for each statement of the request, set transaction-locally. */
  statementTimeoutMs?: number;
  /** Aborted with a `RequestStopReason` when the deadline passes or the caller goes away. */
  signal?: AbortSignal;
  /** The request's deadline, named in the TIMEOUT error. */
  timeoutMs?: number;
  /** Told when stopping could not cancel or release cleanly (the request has failed anyway). */
  onStopFailed?: (error: unknown) => void;
  /** Whether its statements count in `sqlStatementCount` (default true; background work: false). */
  counted?: boolean;
}

// What `QueryRunner.connect()` resolves to for Postgres: node-postgres's pooled client.
interface PooledBackend {
  processID: number | null;
  end(): Promise<void>;
}

/** SQLSTATE 57014: a statement cancelled, by statement_timeout or by pg_cancel_backend. */
function isQueryCanceled(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '57014';
}

const ROLLBACK = 'ROLLBACK';

/**
 * The one database handle a request gets. The first use opens a transaction and binds the caller's
 * tenant and user with transaction-local `set_config` (a session-level SET would leak to the next
 * request on the pooled connection), together with the request's statement timeout; every statement
 * of the request then runs on that connection and row-level security filters it. The request ends
 * with `finish`, which commits only if the request succeeded, so a failed mutation leaves nothing
 * half-written.
 *
 * One pooled connection per request: inside a request use this handle (or `ctx.autonomous` for the
 * little that must commit on its own), never `dataSource.createQueryRunner()` or
 * `dataSource.getRepository()`. A second connection taken from the same pool while this one is held
 * deadlocks the pool under concurrency (issue 5, defect 4).
 *
 * When `bounds.signal` aborts (deadline passed, caller gone), the request stops: the running
 * statement is cancelled, every further query is refused with TIMEOUT, the transaction rolls back
 * and the connection is released (destroyed if a cancel was sent, so that a late cancel can never
 * hit the next request on that connection).
 */
export class RequestDatabase {
  private runner: QueryRunner | null = null;
  private backend: PooledBackend | null = null;
  private opening: Promise<EntityManager> | null = null;
  private readonly afterCommitCallbacks: Array<() => void | Promise<void>> = [];
  private finished = false;
  private stopReason: RequestStopReason | null = null;
  private stopping: Promise<void> | null = null;
  /** Statements sent to Postgres and not yet answered (0 or 1: the queue below serializes them). */
  private running = 0;
  // Resolvers (and DataLoader batches) of one request run concurrently but share this one
  // connection; pg queues overlapping queries only as a deprecated behaviour, so queue them here.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private actor: Actor,
    /** Told about an after-commit callback that threw; the request still succeeds. */
    private readonly onAfterCommitError: (error: unknown) => void = () => undefined,
    private readonly bounds: RequestBounds = {},
  ) {
    const signal = bounds.signal;
    if (signal) {
      const reason = stopReasonOf(signal);
      if (reason) this.stop(reason);
      else
        signal.addEventListener('abort', () => this.stop(stopReasonOf(signal) ?? 'timeout'), { once: true });
    }
  }

  get tenantId(): string | null {
    return this.actor.tenantId;
  }

  /** Who the transaction acts for right now (after any `actAs`). */
  get currentActor(): Actor {
    return { ...this.actor };
  }

  /** The request's transactional EntityManager. Never use `dataSource.getRepository()` in a request. */
  manager(): Promise<EntityManager> {
    if (this.stopReason) return Promise.reject(this.stoppedError());
    if (this.finished) return Promise.reject(new Error('The request transaction has already finished.'));
    this.opening ??= this.open();
    return this.opening;
  }

  /** Runs `work` with the request's EntityManager. */
  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return work(await this.manager());
  }

  /**
   * Re-binds the transaction to another tenant or user. Only for flows that legitimately change who
   * is acting mid-request (sign-up creates the tenant it then writes into; login learns the user).
   */
  async actAs(actor: Actor): Promise<void> {
    this.actor = actor;
    if (this.runner) await this.bind(this.runner);
  }

  /** Runs `callback` after a successful commit (e.g. to publish events), never after a rollback. */
  afterCommit(callback: () => void | Promise<void>): void {
    this.afterCommitCallbacks.push(callback);
  }

  async finish(outcome: 'commit' | 'rollback'): Promise<void> {
    if (this.finished) {
      // A stopped request ends when its teardown has (the response waits for the release).
      await this.stopping;
      return;
    }
    this.finished = true;
    if (!this.opening) return;
    const runner = this.runner;
    try {
      await this.opening;
    } catch {
      // Opening failed: the error already reached the resolver; there is nothing to end.
      if (runner && !runner.isReleased) await runner.release();
      return;
    }
    if (!runner) return;
    try {
      if (outcome === 'commit') await runner.commitTransaction();
      else await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
    if (outcome === 'commit') {
      // The data is committed: a failing callback must not turn the response into an error that
      // claims nothing was written. Callbacks report their own failures; the outbox relay's poll
      // picks up anything a failed nudge left behind.
      for (const callback of this.afterCommitCallbacks) {
        try {
          await callback();
        } catch (error) {
          this.onAfterCommitError(error);
        }
      }
    }
  }

  private stoppedError(): GraphQLError {
    return requestStoppedError(this.stopReason ?? 'timeout', this.bounds.timeoutMs);
  }

  /**
   * Stops the request's work. A request already finishing (committing) is left to finish: its answer
   * is computed and its commit cannot be taken back halfway anyway.
   */
  private stop(reason: RequestStopReason): void {
    if (this.finished) return;
    this.finished = true;
    this.stopReason = reason;
    this.stopping = this.tearDown().catch((error: unknown) => this.bounds.onStopFailed?.(error));
  }

  private async tearDown(): Promise<void> {
    if (!this.opening) return;
    let cancelled = false;
    const pid = this.backend?.processID;
    if (this.running > 0 && typeof pid === 'number') {
      // The connection is still ours while we cancel, so the pid cannot belong to anyone else.
      cancelled = true;
      try {
        await cancelBackend(this.dataSource, pid);
      } catch (error) {
        // statement_timeout still ends the statement; the connection is destroyed below either way.
        this.bounds.onStopFailed?.(error);
      }
    }
    await this.opening.catch(() => undefined);
    await this.queue;
    const runner = this.runner;
    if (!runner || runner.isReleased) return;
    if (cancelled) {
      // Never hand back a connection a cancel was sent to: ending it also ends (rolls back) its
      // transaction on the server, and pg-pool discards a client that is ending.
      await this.backend?.end().catch(() => undefined);
    } else if (runner.isTransactionActive) {
      await runner.rollbackTransaction();
    }
    await runner.release();
  }

  private async open(): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    this.runner = runner;
    const counter = this.bounds.counted === false ? { value: 0 } : counterFor(this.dataSource);
    // SET TRANSACTION ISOLATION LEVEL must precede any query: then the binding cannot ride along.
    const isolationLevel = this.dataSource.options.isolationLevel;
    const query = runner.query.bind(runner) as (
      sql: string,
      parameters?: unknown[] | Record<string, unknown>,
      useStructuredResult?: boolean,
    ) => Promise<unknown>;
    let opening = true;
    let boundAtStart = false;
    runner.query = ((
      sql: string,
      parameters?: unknown[] | Record<string, unknown>,
      useStructuredResult?: boolean,
    ) => {
      const result = this.queue.then(async () => {
        // A stopped request sends nothing more, except the rollback that ends it.
        if (this.stopReason && sql !== ROLLBACK) throw this.stoppedError();
        counter.value += 1;
        let text = sql;
        // Read the actor now, not when open() began: actAs may have re-bound it meanwhile.
        const binding =
          opening && sql === START_TRANSACTION && parameters === undefined && !isolationLevel
            ? inlineBinding(this.binding())
            : null;
        if (binding !== null) {
          // One round trip instead of two. TypeORM still runs its own startTransaction, so its
          // bookkeeping (isTransactionActive, transactionDepth, transaction events) stays its own and
          // commitTransaction/rollbackTransaction work unchanged. set_config(..., true) stays
          // transaction-local: the transaction has begun when it runs.
          text = `${START_TRANSACTION}; ${binding}`;
          opening = false;
          boundAtStart = true;
        }
        this.running += 1;
        try {
          return await query(text, parameters, useStructuredResult);
        } catch (error) {
          throw this.explain(error);
        } finally {
          this.running -= 1;
        }
      });
      this.queue = result.catch(() => undefined);
      return result;
    }) as QueryRunner['query'];
    try {
      this.backend = (await runner.connect()) as PooledBackend;
      await runner.startTransaction();
      opening = false;
      // Fail closed: if TypeORM ever opens the transaction differently, bind with a statement of its own.
      if (!boundAtStart) await this.bind(runner);
    } catch (error) {
      // Never hand the pooled connection back inside a transaction left open (or aborted) here.
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
    return runner.manager;
  }

  /** A cancelled statement is the request's TIMEOUT, whether our stop or statement_timeout sent it. */
  private explain(error: unknown): unknown {
    if (this.stopReason) return this.stoppedError();
    if (isQueryCanceled(error)) {
      return graphqlError(
        'TIMEOUT',
        `A database statement ran longer than ${this.bounds.statementTimeoutMs ?? 'allowed'} ms and was stopped; nothing was written.`,
      );
    }
    return error;
  }

  private binding(): TransactionBinding {
    return { actor: this.actor, statementTimeoutMs: this.bounds.statementTimeoutMs };
  }

  private async bind(runner: QueryRunner): Promise<void> {
    const { sql, parameters } = parameterizedBinding(this.binding());
    await runner.query(sql, parameters);
  }
}
