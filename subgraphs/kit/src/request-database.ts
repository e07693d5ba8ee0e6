import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

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

export interface Actor {
  tenantId: string | null;
  userId: string | null;
}

// What the signed context carries (zod uuid()); anything else is bound through parameters instead.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The tenant/user binding as SQL text with the values inline, or null when a value is not a plain
 * UUID. Inline values let the binding ride in the same simple-protocol message as START TRANSACTION
 * (a message with parameters can hold one statement only). Only the 36 characters [0-9a-f-] of a
 * validated UUID, or nothing, ever reach the text, so there is nothing to escape.
 */
function inlineBinding(actor: Actor): string | null {
  const tenantId = actor.tenantId ?? '';
  const userId = actor.userId ?? '';
  if ((tenantId !== '' && !UUID.test(tenantId)) || (userId !== '' && !UUID.test(userId))) return null;
  return `select set_config('app.tenant_id', '${tenantId}', true), set_config('app.user_id', '${userId}', true)`;
}

// TypeORM's PostgresQueryRunner.startTransaction sends exactly this for the outermost transaction.
const START_TRANSACTION = 'START TRANSACTION';

/**
 * The one database handle a request gets. The first use opens a transaction and binds the caller's
 * tenant and user with transaction-local `set_config` (a session-level SET would leak to the next
 * request on the pooled connection); every statement of the request then runs on that connection and
 * row-level security filters it. The request ends with `finish`, which commits only if the request
 * succeeded, so a failed mutation leaves nothing half-written.
 */
export class RequestDatabase {
  private runner: QueryRunner | null = null;
  private opening: Promise<EntityManager> | null = null;
  private readonly afterCommitCallbacks: Array<() => void | Promise<void>> = [];
  private finished = false;

  constructor(
    private readonly dataSource: DataSource,
    private actor: Actor,
    /** Told about an after-commit callback that threw; the request still succeeds. */
    private readonly onAfterCommitError: (error: unknown) => void = () => undefined,
  ) {}

  get tenantId(): string | null {
    return this.actor.tenantId;
  }

  /** The request's transactional EntityManager. Never use `dataSource.getRepository()` in a request. */
  manager(): Promise<EntityManager> {
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
    if (this.finished) return;
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

  private async open(): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    this.runner = runner;
    const counter = counterFor(this.dataSource);
    // SET TRANSACTION ISOLATION LEVEL must precede any query: then the binding cannot ride along.
    const isolationLevel = this.dataSource.options.isolationLevel;
    const query = runner.query.bind(runner) as (
      sql: string,
      parameters?: unknown[] | Record<string, unknown>,
      useStructuredResult?: boolean,
    ) => Promise<unknown>;
    let opening = true;
    let boundAtStart = false;
    // Resolvers (and DataLoader batches) of one request run concurrently but share this one
    // connection; pg queues overlapping queries only as a deprecated behaviour, so queue them here.
    let queue: Promise<unknown> = Promise.resolve();
    runner.query = ((
      sql: string,
      parameters?: unknown[] | Record<string, unknown>,
      useStructuredResult?: boolean,
    ) => {
      counter.value += 1;
      let text = sql;
      // Read the actor now, not when open() began: actAs may have re-bound it meanwhile.
      const binding =
        opening && sql === START_TRANSACTION && parameters === undefined && !isolationLevel
          ? inlineBinding(this.actor)
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
      const result = queue.then(() => query(text, parameters, useStructuredResult));
      queue = result.catch(() => undefined);
      return result;
    }) as QueryRunner['query'];
    try {
      await runner.connect();
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

  private async bind(runner: QueryRunner): Promise<void> {
    await runner.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [
      this.actor.tenantId ?? '',
      this.actor.userId ?? '',
    ]);
  }
}
