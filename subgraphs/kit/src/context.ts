import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type CallerContext, verifyCallerContext, type VerifyOptions } from './signed-context';
import { RequestDatabase } from './request-database';
import { LoaderRegistry } from './loaders';
import type { Logger } from './logger';
import type { OutboxHandle } from './outbox';

/** What every subgraph resolver receives as its GraphQL context. */
export interface SubgraphContext {
  caller: CallerContext;
  db: RequestDatabase;
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
}

type Headers = Record<string, string | string[] | undefined>;

/**
 * Builds the request context from HTTP headers. Production and tests call this same function, so a
 * test exercising it exercises the real trust boundary. Throws `RequestRejectedError` (401) when
 * the gateway's signature is missing, forged or stale.
 */
export function buildSubgraphContext(headers: Headers, deps: ContextDependencies): SubgraphContext {
  const caller = verifyCallerContext(headers, deps.verify);
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
  return {
    caller,
    db: new RequestDatabase(deps.dataSource, { tenantId: caller.tenantId, userId: caller.userId }, (error) =>
      logger.error({ err: error }, 'after-commit callback failed'),
    ),
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
