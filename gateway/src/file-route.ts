import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  deriveContextKey,
  RequestRejectedError,
  sendGraphQLError,
  type RejectionDetails,
  signCallerContext,
  streamBinding,
  type ContextKey,
  type Logger,
  type RouteHandler,
} from '@nexora/kit';
import type { Dispatcher } from 'undici';
import { requestIdFor, type RequestLogRecord } from './gateway-context';
import type { SubgraphEndpoint } from './health';
import type { RateLimiter } from './limits/rate-limiter';
import { refusalBeforeGraphQL } from './limits/rate-limit-refusal';
import { resolveCaller, type CallerResolution } from './request-caller';
import { logWhenDone } from './request-logging';
import { isTimeout } from './subgraph-fetch';

/** Largest upload forwarded to a subgraph by default (MAX_UPLOAD_BYTES). */
export const DEFAULT_MAX_UPLOAD_BYTES = 50_000_000;

export const FILE_ROUTE_PATH = '/files/*';

export interface FileRouteOptions extends CallerResolution {
  /** The supergraph's subgraphs and their URLs (filled when the supergraph loads). */
  subgraphs: ReadonlyMap<string, SubgraphEndpoint>;
  /** The master CONTEXT_SIGNING_SECRET; each subgraph's key is derived from it. */
  signingSecret: string;
  dispatcher: Dispatcher;
  /** Longest wait for the subgraph's answer to begin, and between two chunks of either body. */
  timeoutMs: number;
  maxUploadBytes: number;
  /** Per-minute request limits: a file request counts as one request of its tenant (none: unlimited). */
  rateLimiter: RateLimiter | null;
  logger: Logger;
}

// What a subgraph's answer may tell the client; everything else (servers, cookies) stays behind.
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-disposition', 'content-length', 'cache-control'];

const SUBGRAPH_NAME = /^[a-z][a-z0-9-]{0,62}$/;

class UploadTooLargeError extends Error {}

/**
 * `/files/<subgraph>/<path>`: the gateway's way for what GraphQL carries badly (CSV uploads past its
 * 1 MB body limit, exports of 100,000 rows). Generic: the gateway knows no route of any subgraph. It
 * verifies the access token as for /graphql and refuses anonymous callers (401); everything else
 * (tenant, permission, the path itself) is the subgraph's to check. The request body streams to
 * `<subgraph origin>/files/<path>` with the caller signed for that subgraph only, and the answer
 * streams back, so neither sits in the gateway's memory.
 */
export function createFileRoute(options: FileRouteOptions): RouteHandler {
  const keys = new Map<string, ContextKey>();
  const keyFor = (subgraph: string) => {
    let key = keys.get(subgraph);
    if (!key) keys.set(subgraph, (key = deriveContextKey(options.signingSecret, subgraph)));
    return key;
  };
  return async (req, res) => {
    const log: RequestLogRecord = {
      requestId: requestIdFor(req),
      tenantId: null,
      userId: null,
      operationName: null,
      errorCodes: [],
    };
    res.setHeader('x-request-id', log.requestId);
    logWhenDone(req, res, log, options.logger);
    const refuse = (status: number, code: string, message: string, details?: RejectionDetails) => {
      log.errorCodes.push(code);
      // Stop reading an upload nobody will forward; the client gets its answer right away.
      req.resume();
      if (!res.headersSent) sendGraphQLError(res, status, code, message, details);
      else res.destroy();
    };
    const url = new URL(req.url ?? '/', 'http://gateway');
    const [, , subgraph, ...rest] = url.pathname.split('/');
    const endpoint = SUBGRAPH_NAME.test(subgraph ?? '') ? options.subgraphs.get(subgraph) : undefined;
    if (!endpoint || rest.length === 0) return refuse(404, 'NOT_FOUND', 'There is no such file route.');
    let caller;
    try {
      ({ caller } = await resolveCaller(req, res, log, options));
    } catch (error) {
      if (error instanceof RequestRejectedError) return refuse(error.status, error.code, error.message);
      throw error;
    }
    if (!caller.tenantId && !caller.userId) {
      res.setHeader('www-authenticate', 'Bearer');
      return refuse(401, 'UNAUTHENTICATED', 'Sign in first: send your access token as a Bearer token.');
    }
    // One request of the caller's tenant, like a /graphql request; refused before the body moves.
    const limited = await options.rateLimiter?.countRequest(caller);
    if (limited) {
      const { status, code, message, details } = refusalBeforeGraphQL(limited);
      return refuse(status, code, message, details);
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > options.maxUploadBytes) return refuse(413, 'BAD_USER_INPUT', tooLarge(options));

    const target = new URL(`/files/${rest.join('/')}${url.search}`, endpoint.url);
    const method = req.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const forwarded: Record<string, string> = {};
    const contentType = req.headers['content-type'];
    if (contentType) forwarded['content-type'] = contentType;
    // Forwarded so the subgraph can check the length it was signed for (and reads exactly that many bytes).
    if (hasBody && req.headers['content-length'] !== undefined)
      forwarded['content-length'] = String(declared);
    // The body streams through without being held, so it cannot be hashed before it is sent: the
    // context is bound to the method, path and query, Content-Length and Content-Type instead
    // (`streamBinding`), which the subgraph checks against the request it receives.
    const signed = signCallerContext(
      { ...caller, audience: endpoint.name, issuedAt: Date.now(), operationName: null },
      streamBinding({
        method,
        target: `${target.pathname}${target.search}`,
        contentLength: forwarded['content-length'],
        contentType: forwarded['content-type'],
      }),
      keyFor(endpoint.name),
    );
    const gone = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const upload = hasBody ? req.pipe(byteLimit(options.maxUploadBytes)) : null;
    try {
      const answer = await options.dispatcher.request({
        origin: target.origin,
        path: `${target.pathname}${target.search}`,
        method: method as Dispatcher.HttpMethod,
        headers: { ...forwarded, ...signed },
        body: upload,
        signal: gone.signal,
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
      });
      const headers: Record<string, string> = {};
      for (const name of FORWARDED_RESPONSE_HEADERS) {
        const value = answer.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      res.writeHead(answer.statusCode, headers);
      await pipeline(answer.body, res);
    } catch (error) {
      if (gone.signal.aborted) return;
      if (error instanceof UploadTooLargeError || upload?.errored instanceof UploadTooLargeError)
        return refuse(413, 'BAD_USER_INPUT', tooLarge(options));
      options.logger.warn(
        { err: error, subgraph: endpoint.name, requestId: log.requestId },
        'file route request failed',
      );
      if (isTimeout(error))
        return refuse(504, 'TIMEOUT', 'A backing service did not answer in time; try again shortly.');
      return refuse(502, 'SUBGRAPH_UNAVAILABLE', 'A backing service is unavailable; try again shortly.');
    }
  };
}

function tooLarge({ maxUploadBytes }: FileRouteOptions): string {
  return `The upload is larger than ${maxUploadBytes} bytes; split it into smaller files.`;
}

/** Passes bytes through until `maxBytes`, then fails, which aborts the forwarded request. */
function byteLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      seen += chunk.length;
      if (seen > maxBytes) done(new UploadTooLargeError(`upload larger than ${maxBytes} bytes`));
      else done(null, chunk);
    },
  });
}
