import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** Statements run through request transactions, per data source; read by tests and metrics. */
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
      for (const callback of this.afterCommitCallbacks) await callback();
    }
  }

  private async open(): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    this.runner = runner;
    const counter = counterFor(this.dataSource);
    const query = runner.query.bind(runner);
    // Resolvers (and DataLoader batches) of one request run concurrently but share this one
    // connection; pg queues overlapping queries only as a deprecated behaviour, so queue them here.
    let queue: Promise<unknown> = Promise.resolve();
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      counter.value += 1;
      const result = queue.then(() => query(...args));
      queue = result.catch(() => undefined);
      return result;
    }) as QueryRunner['query'];
    await runner.connect();
    await runner.startTransaction();
    await this.bind(runner);
    return runner.manager;
  }

  private async bind(runner: QueryRunner): Promise<void> {
    await runner.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [
      this.actor.tenantId ?? '',
      this.actor.userId ?? '',
    ]);
  }
}
