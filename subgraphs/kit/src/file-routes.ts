import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { buildSubgraphContext, type ContextDependencies, type SubgraphContext } from './context';
import { httpStatusFor, isErrorCode, RequestRejectedError } from './errors';
import { sendGraphQLError, sendJson, type RouteHandler } from './http';
import type { Logger } from './logger';
import { streamBinding } from './signed-context';
import { watchRequestLifetime } from './request-lifetime';
import type { SubgraphRuntime } from './subgraph-module';

/**
 * Where file routes live on a subgraph; the gateway serves each one at `/files/<subgraph>/<path>`.
 * Files (CSV imports and exports) do not fit GraphQL: uploads pass its 1 MB body limit and a
 * 100,000-row export must stream instead of being built as one 10 MB answer.
 */
export const FILE_ROUTE_PREFIX = '/files/';

/** What a file route answers when it does not stream: a JSON body with a status. */
export interface FileRouteAnswer {
  status: number;
  body: unknown;
}

/** What a file route's handler receives: the same tenant transaction a GraphQL request gets. */
export interface FileRouteRequest {
  /** The verified caller's context; `ctx.db` is the request's tenant transaction. */
  ctx: SubgraphContext;
  /** The request body, streamed (uploads). Whatever the handler leaves unread is drained. */
  body: IncomingMessage;
  /** The query string of the request. */
  query: URLSearchParams;
  /** Write a streamed answer here yourself, or return a `FileRouteAnswer`. */
  response: ServerResponse;
  /** For work that continues after the answer (`runtime.runInBackground`, `runtime.systemContext`). */
  runtime: SubgraphRuntime;
}

/**
 * An authenticated HTTP route a module declares (`defineModule({ files: [...] })`). The kit verifies
 * the gateway's signature, requires a tenant and `permission`, opens the tenant transaction exactly
 * as for GraphQL, and commits it when the handler succeeds (a returned status below 400, or a
 * streamed answer that ended), rolling it back otherwise.
 */
export interface FileRoute {
  method: 'GET' | 'POST';
  /** Below `/files/`, e.g. `companies/import`. */
  path: string;
  /** The permission of the catalogue the caller must hold, e.g. `crm.company:write`. */
  permission: string;
  /** What it does, for logs and docs. */
  description: string;
  handle(request: FileRouteRequest): Promise<FileRouteAnswer | void>;
}

export interface FileRouteDependencies extends Omit<ContextDependencies, 'lifetime'> {
  runtime: SubgraphRuntime;
  logger: Logger;
}

const SAFE_PATH = /^[a-z0-9][a-z0-9/_-]*$/;

/** The subgraph's routes for its modules' file routes, keyed by full path (`/files/<path>`). */
export function fileRouteHandlers(
  routes: readonly FileRoute[],
  deps: FileRouteDependencies,
): Record<string, RouteHandler> {
  const byPath = new Map<string, FileRoute[]>();
  for (const route of routes) {
    if (!SAFE_PATH.test(route.path)) throw new Error(`File route path "${route.path}" must be a-z0-9/_-`);
    const path = `${FILE_ROUTE_PREFIX}${route.path}`;
    const same = byPath.get(path) ?? [];
    if (same.some((other) => other.method === route.method))
      throw new Error(`File route ${route.method} ${path} is declared twice`);
    byPath.set(path, [...same, route]);
  }
  return Object.fromEntries(
    [...byPath].map(([path, declared]) => [
      path,
      (req: IncomingMessage, res: ServerResponse) => {
        const route = declared.find((candidate) => candidate.method === req.method);
        if (!route) {
          res.setHeader('allow', declared.map((candidate) => candidate.method).join(', '));
          return drainThen(req, () => sendGraphQLError(res, 405, 'BAD_USER_INPUT', 'Method not allowed.'));
        }
        return serveFileRoute(route, req, res, deps);
      },
    ]),
  );
}

async function serveFileRoute(
  route: FileRoute,
  req: IncomingMessage,
  res: ServerResponse,
  deps: FileRouteDependencies,
): Promise<void> {
  // No overall deadline: a large transfer may take long. Each statement keeps its statement_timeout,
  // and a caller that goes away stops the work (the gateway closes the connection).
  const lifetime = watchRequestLifetime(res);
  let ctx: SubgraphContext | null = null;
  try {
    ctx = buildSubgraphContext(req.headers, receivedStreamBinding(req), { ...deps, lifetime });
    assertCallerMay(ctx, route.permission);
    const query = new URL(req.url ?? '/', 'http://subgraph').searchParams;
    const answer = await route.handle({ ctx, body: req, query, response: res, runtime: deps.runtime });
    const succeeded = answer ? answer.status < 400 : res.writableFinished || res.writableEnded;
    await ctx.db.finish(succeeded ? 'commit' : 'rollback');
    if (answer) await drainThen(req, () => sendJson(res, answer.status, answer.body));
    else if (!res.writableEnded) res.end();
  } catch (error) {
    await ctx?.db.finish('rollback').catch(() => undefined);
    await answerFailure(error, req, res, deps.logger);
  } finally {
    lifetime.dispose();
  }
}

/**
 * What a file route's context must have been signed for. The gateway streams uploads through without
 * holding them, so it cannot hash the body before sending it: it binds the context to the method,
 * path and query string, Content-Length and Content-Type instead (`streamBinding`). A replay within
 * the signature's window must repeat all of them, and the HTTP server reads exactly Content-Length
 * bytes; what it cannot rule out is another body of the very same length and type to the same route.
 */
function receivedStreamBinding(req: IncomingMessage): string {
  return streamBinding({
    method: req.method ?? 'GET',
    target: req.url ?? '/',
    contentLength: req.headers['content-length'],
    contentType: req.headers['content-type'],
  });
}

function assertCallerMay(ctx: SubgraphContext, permission: string): void {
  const { caller } = ctx;
  if (!caller.tenantId && !caller.userId)
    throw new RequestRejectedError('UNAUTHENTICATED', 'You must be signed in to do this.');
  if (!caller.tenantId)
    throw new RequestRejectedError('FORBIDDEN', 'This needs a current tenant; sign in to a tenant first.');
  if (!caller.permissions.includes(permission))
    throw new RequestRejectedError('FORBIDDEN', `This requires the "${permission}" permission.`);
}

/** Refusals carry their code and status; anything else is an internal error that reveals nothing. */
async function answerFailure(
  error: unknown,
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger,
): Promise<void> {
  if (res.headersSent) {
    // A streamed answer cannot change its status any more: cut it, so the client sees it incomplete.
    logger.warn({ err: error }, 'file route failed while streaming');
    res.destroy();
    return;
  }
  if (error instanceof RequestRejectedError)
    return drainThen(req, () => sendGraphQLError(res, error.status, error.code, error.message));
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
    const refusal = error as GraphQLError;
    return drainThen(req, () =>
      sendJson(res, httpStatusFor(code), {
        errors: [{ message: refusal.message, extensions: refusal.extensions }],
      }),
    );
  }
  logger.error({ err: error }, 'file route failed');
  return drainThen(req, () => sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.'));
}

/**
 * Answers only once the request body has been read to its end: an answer sent while the client is
 * still uploading makes some HTTP clients fail the exchange instead of reading the answer.
 */
async function drainThen(req: IncomingMessage, answer: () => void): Promise<void> {
  if (!req.readableEnded && !req.destroyed) {
    try {
      for await (const _chunk of req) {
        // discarded
      }
    } catch {
      // the caller went away; nobody reads the answer
    }
  }
  answer();
}
