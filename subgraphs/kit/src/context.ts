import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type CallerContext, verifyCallerContext, type VerifyOptions } from './signed-context';
import { AutonomousTransactions } from './autonomous-transaction';
import { RequestDatabase } from './request-database';
import type { RequestLifetime } from './request-lifetime';
import { LoaderRegistry } from './loaders';
import type { Logger } from './logger';
import type { OutboxHandle } from './outbox';

/**
 * What every subgraph resolver receives as its GraphQL context.
 *
 * The kit's rule, one pooled connection per request: inside a request, SQL goes through `db` (the
 * request transaction) or, for the little that must commit whatever the request's outcome,
 * `autonomous` (its own small pool). Never `dataSource.createQueryRunner()` or
 * `dataSource.getRepository()`: a second connection from the request pool, taken while the request
 * holds one, deadlocks the pool once enough requests do it at the same time.
 */
export interface SubgraphContext {
  caller: CallerContext;
  db: RequestDatabase;
  /** Short transactions that commit independently of `db` (throttle rows, audit rows). */
  autonomous: AutonomousTransactions;
  loaders: LoaderRegistry;
  logger: Logger;
  /** The subgraph's outbox, where `emitEvent` records events; absent when it has no outbox table. */
  outbox?: OutboxHandle;
}

export interface ContextDependencies {
  dataSource: DataSource;
  logger: Logger;
  verify: VerifyOptions;
  outbox?: OutboxHandle;
  /** The pool behind `ctx.autonomous`; without it `ctx.autonomous.run` refuses. */
  autonomousPool?: DataSource;
  /** The HTTP request's deadline and abandonment; none for work the platform starts itself. */
  lifetime?: RequestLifetime;
  /** Postgres statement_timeout of the request transaction (the request's deadline, usually). */
  statementTimeoutMs?: number;
  /**
   * Work no client request waits for (event consumers, background jobs): its statements are not
   * counted in `sqlStatementCount`, which measures what requests cost.
   */
  background?: boolean;
}

type Headers = Record<string, string | string[] | undefined>;

/**
 * Builds the request context from HTTP headers. Production and tests call this same function, so a
 * test exercising it exercises the real trust boundary. `received` is the request's binding as it
 * arrived (`bodyBinding` of the body read, `streamBinding` for a file route). Throws
 * `RequestRejectedError` (401) when the gateway's signature is missing, forged or stale, or was
 * made for another request (CONTEXT_BODY_MISMATCH).
 */
export function buildSubgraphContext(
  headers: Headers,
  received: string,
  deps: ContextDependencies,
): SubgraphContext {
  const caller = verifyCallerContext(headers, received, deps.verify);
  return contextForCaller(caller, deps);
}

/** A context for an already-verified caller (in-process event handlers, seeds). */
export function contextForCaller(
  caller: CallerContext,
  deps: Omit<ContextDependencies, 'verify'>,
): SubgraphContext {
  const logger = deps.logger.child({
    requestId: caller.requestId,
    tenantId: caller.tenantId,
    userId: caller.userId,
    operationName: caller.operationName ?? undefined,
  });
  const db = new RequestDatabase(
    deps.dataSource,
    { tenantId: caller.tenantId, userId: caller.userId },
    (error) => logger.error({ err: error }, 'after-commit callback failed'),
    {
      statementTimeoutMs: deps.statementTimeoutMs,
      signal: deps.lifetime?.signal,
      timeoutMs: deps.lifetime?.timeoutMs,
      onStopFailed: (error) => logger.warn({ err: error }, 'stopping an abandoned or late request failed'),
      counted: !deps.background,
    },
  );
  return {
    caller,
    db,
    autonomous: new AutonomousTransactions(deps.autonomousPool, () => db.currentActor, deps.lifetime),
    loaders: new LoaderRegistry(caller.tenantId),
    logger,
    outbox: deps.outbox,
  };
}

/**
 * A caller context for work the platform does itself (seeding, background jobs) inside subgraph
 * `audience`; it is never signed or sent over HTTP.
 */
export function systemCaller(
  audience: string,
  tenantId: string | null,
  permissions: string[] = [],
): CallerContext {
  return {
    requestId: `system-${randomUUID()}`,
    audience,
    tenantId,
    userId: null,
    permissions,
    issuedAt: Date.now(),
  };
}
