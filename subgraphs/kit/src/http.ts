import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { RequestRejectedError, type RejectionDetails } from './errors';
import type { Logger } from './logger';
import {
  requestStoppedError,
  stopReasonOf,
  watchRequestLifetime,
  type RequestLifetime,
} from './request-lifetime';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** Largest request body accepted by default; GraphQL documents and variables are small. */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(
      `The request body is larger than ${limit.toLocaleString('en')} bytes; send a smaller document or fewer variables.`,
    );
  }
}

/**
 * Reads a body of at most `limit` bytes. A declared `Content-Length` above it is refused before a
 * byte is read; an undeclared (chunked) one as soon as it passes the limit, so at most `limit` bytes
 * plus one chunk are ever held. The rest of a refused body is discarded as it arrives, never kept,
 * so the refusal can still be answered on the same connection.
 */
export async function readBody(req: IncomingMessage, limit = DEFAULT_MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    throw new BodyTooLargeError(limit);
  }
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: () => void) => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      chunks.length = 0;
      settle(() => reject(new BodyTooLargeError(limit)));
      req.resume();
    };
    const onEnd = () => settle(() => resolve(Buffer.concat(chunks).toString('utf8')));
    const onError = (error: Error) => settle(() => reject(error));
    const onClose = () => settle(() => reject(new Error('The client closed the connection mid-body.')));
    req.on('data', onData).once('end', onEnd).once('error', onError).once('close', onClose);
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

/** A GraphQL-shaped error response for requests refused before GraphQL runs. */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  { extensions = {}, headers = {} }: RejectionDetails = {},
) {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...extensions } }] }, headers);
}

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  /** Apollo Server, or a wrapper in front of it (the gateway's persisted operations and idempotency). */
  server: Pick<ApolloServer<TContext>, 'executeHTTPGraphQLRequest'>;
  /**
   * Builds the context or throws `RequestRejectedError` to refuse the request. `lifetime` aborts
   * when the deadline passes or the caller closes the connection; work should stop then. `body` is
   * the request body as read ('' without one): what the signed context is bound to.
   */
  context: (req: IncomingMessage, lifetime: RequestLifetime, body: string) => Promise<TContext>;
  logger: Logger;
  /** The request's deadline, from its arrival; none when unset. */
  requestTimeoutMs?: number;
  /**
   * Largest response body sent; a larger one is replaced by a RESPONSE_TOO_LARGE error (HTTP 400),
   * so one request cannot make the service push hundreds of megabytes. None when unset.
   */
  maxResponseBytes?: number;
  /** Largest request body read (default 1 MB); a larger one is answered 413 `BAD_USER_INPUT`. */
  maxBodyBytes?: number;
}

/**
 * How long after the deadline the handler waits for the stopped work to produce its own (TIMEOUT)
 * answer before answering TIMEOUT itself: work the kit stops (SQL) ends within a round trip, work it
 * cannot reach (a resolver awaiting something else) must not keep the caller waiting.
 */
const STOPPED_ANSWER_GRACE_MS = 1_000;

function afterStop(
  lifetime: RequestLifetime,
  graceMs: number,
): { gaveUp: Promise<'gave-up'>; cancel(): void } {
  let timer: NodeJS.Timeout | null = null;
  let onAbort: (() => void) | null = null;
  const gaveUp = new Promise<'gave-up'>((resolve) => {
    onAbort = () => {
      // An abandoned request has nobody to answer; its stopped work ends on its own.
      if (stopReasonOf(lifetime.signal) === 'timeout') timer = setTimeout(() => resolve('gave-up'), graceMs);
    };
    if (lifetime.signal.aborted) onAbort();
    else lifetime.signal.addEventListener('abort', onAbort, { once: true });
  });
  return {
    gaveUp,
    cancel: () => {
      if (timer) clearTimeout(timer);
      if (onAbort) lifetime.signal.removeEventListener('abort', onAbort);
    },
  };
}

/** Whether anyone can still receive a response on `res`. */
function canAnswer(res: ServerResponse): boolean {
  return !res.writableEnded && !res.destroyed;
}

/**
 * Adapts a Node request to Apollo Server's HTTP contract (no framework needed). Each request has a
 * lifetime: past `requestTimeoutMs`, or once the caller has closed the connection, the context's
 * work is told to stop, and a caller still listening gets a TIMEOUT error.
 */
export function graphqlHandler<TContext extends BaseContext>({
  server,
  context,
  logger,
  requestTimeoutMs,
  maxResponseBytes,
  maxBodyBytes,
}: GraphQLHandlerOptions<TContext>): RouteHandler {
  return async (req, res) => {
    const lifetime = watchRequestLifetime(res, requestTimeoutMs);
    try {
      await answerGraphQL(req, res, { server, context, logger, maxResponseBytes, maxBodyBytes }, lifetime);
    } finally {
      lifetime.dispose();
    }
  };
}

async function answerGraphQL<TContext extends BaseContext>(
  req: IncomingMessage,
  res: ServerResponse,
  {
    server,
    context,
    logger,
    maxResponseBytes,
    maxBodyBytes,
  }: Omit<GraphQLHandlerOptions<TContext>, 'requestTimeoutMs'>,
  lifetime: RequestLifetime,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  let bodyText = '';
  if (req.method === 'POST') {
    let text: string;
    try {
      text = await readBody(req, maxBodyBytes);
      bodyText = text;
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        return sendGraphQLError(res, 413, 'BAD_USER_INPUT', error.message, {
          extensions: { limit: 'bodySize', maximum: error.limit },
        });
      throw error;
    }
    const contentType = headers.get('content-type') ?? '';
    if (contentType.includes('application/json')) {
      try {
        body = text.length > 0 ? JSON.parse(text) : {};
      } catch {
        return sendGraphQLError(res, 400, 'BAD_USER_INPUT', 'The request body is not valid JSON.');
      }
    } else {
      body = text;
    }
  }
  const search = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
  const execution = (async () => {
    // The context is built first so a refused caller never reaches GraphQL execution at all.
    const requestContext = await context(req, lifetime, bodyText);
    return server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: async () => requestContext,
    });
  })();
  const stopped = afterStop(lifetime, STOPPED_ANSWER_GRACE_MS);
  let response;
  try {
    response = await Promise.race([execution, stopped.gaveUp]);
  } catch (error) {
    if (error instanceof RequestRejectedError) {
      return sendGraphQLError(res, error.status, error.code, error.message, error.details);
    }
    logger.error({ err: error }, 'graphql request failed');
    return sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
  } finally {
    stopped.cancel();
  }
  if (response === 'gave-up') {
    // The work was told to stop; whatever it still produces is nobody's answer any more.
    execution.catch((error: unknown) => logger.warn({ err: error }, 'stopped request failed late'));
    if (canAnswer(res)) {
      sendGraphQLError(res, 504, 'TIMEOUT', requestStoppedError('timeout', lifetime.timeoutMs).message);
    }
    return;
  }
  // The caller went away: there is nobody to write to.
  if (!canAnswer(res)) return;
  if (
    maxResponseBytes !== undefined &&
    response.body.kind === 'complete' &&
    Buffer.byteLength(response.body.string) > maxResponseBytes
  ) {
    logger.warn({ bytes: Buffer.byteLength(response.body.string), maxResponseBytes }, 'response too large');
    return sendGraphQLError(
      res,
      400,
      'RESPONSE_TOO_LARGE',
      `The response would be larger than ${maxResponseBytes} bytes; ask for fewer fields or smaller pages.`,
    );
  }
  const outHeaders: Record<string, string> = {};
  for (const [key, value] of response.headers) outHeaders[key] = value;
  res.writeHead(response.status ?? 200, outHeaders);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export interface HttpService {
  server: Server;
  port: number;
  url: string;
  /** Stops accepting connections and resolves once in-flight requests have finished. */
  close(): Promise<void>;
}

/** The handler for `path`: an exact route, else the longest `<prefix>/*` route that `path` starts with. */
function routeFor(routes: Record<string, RouteHandler>, path: string): RouteHandler | undefined {
  if (Object.prototype.hasOwnProperty.call(routes, path)) return routes[path];
  let found: { prefix: string; handler: RouteHandler } | undefined;
  for (const [key, handler] of Object.entries(routes)) {
    if (!key.endsWith('/*')) continue;
    const prefix = key.slice(0, -1);
    if (path.startsWith(prefix) && path.length > prefix.length && prefix.length > (found?.prefix.length ?? 0))
      found = { prefix, handler };
  }
  return found?.handler;
}

/**
 * Serves `routes` (exact path match, or a `<prefix>/*` key for everything below a prefix; the query
 * string is ignored). Unknown paths get 404, and an
 * exception in a handler is logged and answered with a 500 that reveals nothing internal.
 */
export async function serveHttp(options: {
  port: number;
  host?: string;
  routes: Record<string, RouteHandler>;
  logger: Logger;
}): Promise<HttpService> {
  const { routes, logger } = options;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const handler = routeFor(routes, path);
    if (!handler) return sendJson(res, 404, { error: 'Not found' });
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      logger.error({ err: error, path }, 'http handler failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
      else res.end();
    });
  });
  // Keep-alive sockets would otherwise hold `close()` open long after the last request.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${options.port} on ${options.host ?? '0.0.0.0'} is already in use; stop what uses it or choose another port.`,
            )
          : error,
      ),
    );
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.removeAllListeners('error');
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
