import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { graphqlError } from './errors';
import type { Logger } from './logger';
import { requestStoppedError, stopReasonOf, type RequestLifetime } from './request-lifetime';
import { parameterizedBinding, type Actor } from './transaction-binding';

/**
 * Sizing of the pool behind `ctx.autonomous`. Work there is a few short statements (a throttle row,
 * an audit row), so a couple of connections serve many requests; what matters is that a request
 * never waits long for one while it holds its own request connection.
 */
export const DEFAULT_AUTONOMOUS_POOL_SIZE = 2;
/** A request holding its request connection waits at most this long, then gets TOO_MANY_REQUESTS. */
export const AUTONOMOUS_ACQUIRE_TIMEOUT_MS = 2_000;
/** Autonomous work is short by definition; a statement running longer is a bug or an attack. */
export const AUTONOMOUS_STATEMENT_TIMEOUT_MS = 2_000;

/**
 * Opens the small pool autonomous transactions use: the subgraph's own role and schema (so row-level
 * security applies exactly as in requests), separate from the request pool so that work started
 * inside a request never waits on the pool that request is holding a connection of.
 */
export async function openAutonomousPool(
  requestPool: DataSource,
  options: { size?: number; logger: Logger },
): Promise<DataSource> {
  const base = requestPool.options as PostgresDataSourceOptions;
  const pool = new DataSource({
    ...base,
    migrations: [],
    applicationName: `${base.applicationName ?? 'nexora'}-autonomous`,
    extra: {
      ...(base.extra as Record<string, unknown>),
      max: options.size ?? DEFAULT_AUTONOMOUS_POOL_SIZE,
      connectionTimeoutMillis: AUTONOMOUS_ACQUIRE_TIMEOUT_MS,
    },
    poolErrorHandler: (error: unknown) =>
      options.logger.warn({ err: error, schema: base.schema }, 'postgres autonomous pool client error'),
  });
  await pool.initialize();
  return pool;
}

// pg-pool's message when no client became free within connectionTimeoutMillis.
const POOL_WAIT_TIMEOUT = 'timeout exceeded when trying to connect';

const insideAutonomousWork = new AsyncLocalStorage<true>();

/**
 * Transactions that commit on their own, whatever becomes of the request transaction: records that
 * must survive a rollback (a login attempt counted up front, later audit rows). Each `run` takes a
 * connection from the autonomous pool (never the request pool), binds the request's current tenant
 * and user with transaction-local `set_config` like request transactions do, runs `work`, commits
 * and gives the connection back.
 *
 * Rules it enforces: a run waits at most AUTONOMOUS_ACQUIRE_TIMEOUT_MS for a connection and then
 * fails with TOO_MANY_REQUESTS (never an unbounded wait); a run inside another run is refused (it
 * would wait on the pool it occupies); a stopped request starts no new run.
 */
export class AutonomousTransactions {
  constructor(
    private readonly pool: DataSource | undefined,
    private readonly actor: () => Actor,
    private readonly lifetime?: RequestLifetime,
  ) {}

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.pool)
      throw new Error('This context has no autonomous pool; start the subgraph with startSubgraph.');
    if (insideAutonomousWork.getStore()) {
      throw new Error('Autonomous transactions cannot nest: do the inner work in the outer transaction.');
    }
    const reason = this.lifetime ? stopReasonOf(this.lifetime.signal) : null;
    if (reason) throw requestStoppedError(reason, this.lifetime?.timeoutMs);

    const runner = this.pool.createQueryRunner();
    try {
      await runner.connect();
    } catch (error) {
      await runner.release();
      if (error instanceof Error && error.message.includes(POOL_WAIT_TIMEOUT)) {
        throw graphqlError('TOO_MANY_REQUESTS', 'The service is busy; try again in a moment.', {
          retryAfterSeconds: 1,
        });
      }
      throw error;
    }
    let destroy = false;
    try {
      await runner.startTransaction();
      const { sql, parameters } = parameterizedBinding({
        actor: this.actor(),
        statementTimeoutMs: AUTONOMOUS_STATEMENT_TIMEOUT_MS,
      });
      await runner.query(sql, parameters);
      const result = await insideAutonomousWork.run(true, () => work(runner.manager));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) {
        await runner.rollbackTransaction().catch(() => {
          destroy = true;
        });
      }
      throw error;
    } finally {
      if (destroy) await endConnection(runner).catch(() => undefined);
      await runner.release();
    }
  }
}

/** A connection whose rollback failed may still be inside a transaction: end it rather than reuse it. */
async function endConnection(runner: { connect(): Promise<unknown> }): Promise<void> {
  // Resolves to the runner's own node-postgres client; pg-pool discards a client that is ending.
  const client = (await runner.connect()) as { end(): Promise<void> };
  await client.end();
}
