import { AsyncLocalStorage } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';

interface RequestScope {
  /** Aborts when the client's connection closes before its response was sent. */
  clientGone: AbortSignal;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * Runs a client request's handling with a signal that fires if the client goes away first.
 * @apollo/gateway gives a data source's fetcher no handle on the incoming request, so the signal
 * travels in async context: every subgraph fetch made for this request can find it and give up,
 * which closes the subgraph connection, which makes the subgraph cancel its SQL.
 */
export function runInRequestScope<T>(res: ServerResponse, handle: () => T): T {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return scope.run({ clientGone: controller.signal }, handle);
}

/** The current client request's signal; undefined outside a request (health checks, schema loads). */
export function clientGoneSignal(): AbortSignal | undefined {
  return scope.getStore()?.clientGone;
}
