import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { type Logger, RequestRejectedError } from '@nexora/kit';
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Response as SseResponse } from 'graphql-sse';
import { createHandler as createSseHandler } from 'graphql-sse/lib/use/http';
import { CloseCode, type Context, handleProtocols, makeServer } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { TokenVerifier, VerifiedToken } from '../auth/verify-token';
import { clientAddressOf } from '../client-address';
import type { LiveLimits } from '../limits/live-limits';
import { retryAfterHeader, type RateLimitRefusal } from '../limits/rate-limit-refusal';
import { holdingSlot, type ConnectionSlots, type SubscriptionSlot } from '../limits/subscription-slots';
import { callerFromToken } from '../request-caller';
import type { LiveHub } from './live-hub';
import type { LiveCaller } from './live-resolver';
import { checkSubscription, type SubscriptionChecks, type SubscriptionRequest } from './subscription-checks';

/** Close codes a client may see (4400-4499 are the protocol's application range). */
export const LIVE_CLOSE = {
  /** No token, or one that is not valid. */
  UNAUTHORIZED: CloseCode.Unauthorized,
  /** The token expired while the socket was open: refresh it and reconnect. */
  TOKEN_EXPIRED: 4440,
  /** The client read too slowly; messages were dropped rather than buffered without bound. */
  TOO_SLOW: 4413,
} as const;

export interface LiveServerOptions {
  server: Server;
  hub: LiveHub;
  checks: SubscriptionChecks;
  verifyToken: TokenVerifier;
  trustedProxyCount: number;
  /** Rate limits, budgets and open-subscription bounds every connection and subscribe meets. */
  limits: LiveLimits;
  logger: Logger;
  /** Largest message a client may send (default 1 MB, as for HTTP bodies). */
  maxPayloadBytes?: number;
}

export interface LiveServer {
  /** `/graphql` with `Accept: text/event-stream`: GraphQL over Server-Sent Events. */
  handleSse(req: IncomingMessage, res: ServerResponse): Promise<void>;
  close(): Promise<void>;
}

interface SocketExtra {
  socket: WebSocket;
  /** Read while connecting, then dropped: an open socket keeps none of its upgrade request. */
  clientAddress: string | null;
}

interface LiveContext {
  caller: LiveCaller;
  request: SubscriptionRequest;
  after: string | null;
  onSlow(): void;
  checked: Extract<ReturnType<typeof checkSubscription>, { ok: true }>;
  /** Its place among the open subscriptions, given back when it ends. */
  slot: SubscriptionSlot;
}

/** Codes of the limits' refusals; over SSE they are answered 429 instead of inside the stream. */
const LIMIT_CODES = new Set(['RATE_LIMITED', 'BUDGET_EXCEEDED', 'TOO_MANY_REQUESTS']);

/**
 * An SSE subscribe refused by a limit, answered as HTTP answers it (429, `Retry-After`) rather than
 * as an event in a stream that would be opened only to say so; null for any other refusal.
 */
function sseLimitRefusal(errors: readonly GraphQLError[]): SseResponse | null {
  const { code, retryAfter } = errors[0]?.extensions ?? {};
  if (!LIMIT_CODES.has(String(code))) return null;
  return [
    JSON.stringify({ errors: errors.map((error) => error.toJSON()) }),
    {
      status: 429,
      statusText: 'Too Many Requests',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...(typeof retryAfter === 'number' ? { 'retry-after': String(retryAfter) } : {}),
      },
    },
  ];
}

/**
 * Refuses a websocket upgrade over a rate limit with an HTTP 429 before the handshake, in the
 * same JSON shape (and `Retry-After`) as a refused HTTP request; no socket is opened.
 */
function refuseUpgrade(socket: Duplex, refusal: RateLimitRefusal): void {
  const body = JSON.stringify({
    errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.details } }],
  });
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    ...retryAfterHeader(refusal),
    connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 429 Too Many Requests\r\n${head.join('')}\r\n${body}`);
}

const callerOf = (token: VerifiedToken, clientAddress: string | null): LiveCaller =>
  callerFromToken(token, randomUUID(), clientAddress);

/** The position a client resumes after: `extensions.lastEventId`, or SSE's `Last-Event-ID` header. */
function resumePosition(extensions: unknown, header?: string | string[]): string | null | GraphQLError {
  const given = (extensions as { lastEventId?: unknown } | null | undefined)?.lastEventId ?? header ?? null;
  if (given === null) return null;
  if (typeof given !== 'string' || !/^\d{1,15}-\d{1,15}$/.test(given))
    return new GraphQLError('"lastEventId" is not an event id this API sent.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return given;
}

/**
 * Subscriptions on `/graphql`: graphql-ws over WebSocket (the access token in `connectionParams`,
 * as `authorization: "Bearer …"` or `accessToken`) and GraphQL over SSE for clients without
 * websockets (`Authorization` header). Both meet the same checks as queries (limits, access rules,
 * cost) and read from the same `LiveHub`. A socket closes with `TOKEN_EXPIRED` when its token does.
 */
export function attachLiveServer(options: LiveServerOptions): LiveServer {
  const { hub, checks, limits, logger } = options;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayloadBytes ?? 1_000_000,
    handleProtocols: (protocols) => handleProtocols(protocols),
  });
  const sseCallers = new WeakMap<IncomingMessage, LiveCaller>();
  const callers = new WeakMap<WebSocket, LiveCaller>();
  const socketSlots = new WeakMap<WebSocket, ConnectionSlots>();
  /** When each socket's token expires; one sweep a second closes the expired (no timer per socket). */
  const expiries = new WeakMap<WebSocket, number>();

  options.server.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/graphql' && path !== '/') {
      socket.destroy();
      return;
    }
    // A peer resetting while its attempt is counted must not be an unhandled 'error'.
    socket.on('error', () => socket.destroy());
    limits
      .connectionAttempt(clientAddressOf(req, options.trustedProxyCount))
      .then((refusal) => {
        if (refusal) return refuseUpgrade(socket, refusal);
        if (socket.destroyed) return;
        wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'live: websocket upgrade failed');
        socket.destroy();
      });
  });

  const subscribe = async (
    args: ExecutionArgs,
  ): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> => {
    const live = args.contextValue as LiveContext;
    try {
      const subscription = await hub.subscribe({
        plan: live.checked.plan,
        source: live.request.query,
        variables: live.checked.variables,
        caller: live.caller,
        after: live.after,
        onSlow: live.onSlow,
      });
      return holdingSlot(subscription, live.slot);
    } catch (error) {
      live.slot.release();
      throw error;
    }
  };

  /**
   * Shared by both transports: the subscribe counted as a request, the checks, a slot and the
   * budget (`LiveLimits`, in that order), then what graphql-ws / graphql-sse execute.
   */
  const prepare = async (
    caller: LiveCaller,
    connection: ConnectionSlots,
    request: SubscriptionRequest,
    after: string | null | GraphQLError,
    onSlow: () => void,
  ): Promise<ExecutionArgs | readonly GraphQLError[]> => {
    const limited = await limits.countSubscribe(caller);
    if (limited) return [limited];
    if (after instanceof GraphQLError) return [after];
    const checked = checkSubscription(request, caller, checks);
    if (!checked.ok) return checked.errors;
    const slot = await limits.holdSubscription(caller, connection, checked.cost);
    if (slot instanceof GraphQLError) return [slot];
    const contextValue: LiveContext = {
      caller,
      request,
      after,
      onSlow,
      checked,
      slot,
    };
    return {
      schema: checks.planner.apiSchema,
      document: checked.document,
      operationName: request.operationName ?? undefined,
      variableValues: checked.variables,
      contextValue,
    };
  };

  const protocol = makeServer<Record<string, unknown> | undefined, SocketExtra>({
    schema: checks.planner.apiSchema,
    onConnect: async (ctx: Context<Record<string, unknown> | undefined, SocketExtra>) => {
      const params = ctx.connectionParams ?? {};
      const raw = params.authorization ?? params.Authorization ?? params.accessToken;
      const authorization =
        typeof raw === 'string' ? (raw.startsWith('Bearer ') ? raw : `Bearer ${raw}`) : undefined;
      let token: VerifiedToken | null = null;
      try {
        token = await options.verifyToken(authorization);
      } catch (error) {
        const message =
          error instanceof RequestRejectedError ? error.message : 'The access token is not valid.';
        ctx.extra.socket.close(LIVE_CLOSE.UNAUTHORIZED, message.slice(0, 120));
        return false;
      }
      if (!token) {
        ctx.extra.socket.close(
          LIVE_CLOSE.UNAUTHORIZED,
          'Sign in first: pass the access token in connectionParams.authorization.',
        );
        return false;
      }
      callers.set(ctx.extra.socket, callerOf(token, ctx.extra.clientAddress));
      socketSlots.set(ctx.extra.socket, limits.slots.forConnection(token.tenantId));
      expiries.set(ctx.extra.socket, token.expiresAt);
      // The token is verified; an open socket need not keep it (a JWT is most of what it would hold).
      (ctx as { connectionParams?: unknown }).connectionParams = undefined;
      return true;
    },
    onSubscribe: (ctx: Context<Record<string, unknown> | undefined, SocketExtra>, _id, payload) => {
      const caller = callers.get(ctx.extra.socket);
      const connection = socketSlots.get(ctx.extra.socket);
      if (!caller || !connection)
        return [new GraphQLError('Not signed in.', { extensions: { code: 'UNAUTHENTICATED' } })];
      const socket = ctx.extra.socket;
      return prepare(
        caller,
        connection,
        { query: payload.query, operationName: payload.operationName, variables: payload.variables },
        resumePosition(payload.extensions),
        () => socket.close(LIVE_CLOSE.TOO_SLOW, 'The client fell too far behind; messages were dropped.'),
      );
    },
    subscribe,
    execute: () => ({
      errors: [
        new GraphQLError('Only subscriptions are served over this connection.', {
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ],
    }),
  });

  // The graphql-ws protocol over `ws` sockets, with a ping every 12 s so dead peers are noticed.
  // One timer pings every socket every 12 s; a socket that did not answer the previous ping is dead.
  const unanswered = new WeakSet<WebSocket>();
  const expirySweep = setInterval(() => {
    const now = Date.now();
    for (const socket of wss.clients) {
      const expiresAt = expiries.get(socket);
      if (expiresAt !== undefined && expiresAt <= now) {
        expiries.delete(socket);
        socket.close(LIVE_CLOSE.TOKEN_EXPIRED, 'The access token expired; refresh it and reconnect.');
      }
    }
  }, 1_000);
  expirySweep.unref();
  const pinger = setInterval(() => {
    for (const socket of wss.clients) {
      if (unanswered.has(socket)) {
        socket.terminate();
        continue;
      }
      unanswered.add(socket);
      socket.ping();
    }
  }, 12_000);
  pinger.unref();

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.on('pong', () => unanswered.delete(socket));
    const closed = protocol.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) =>
            socket.send(data, (error) => (error ? reject(error) : resolve())),
          ),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            try {
              await handle(String(data));
            } catch (error) {
              logger.warn({ err: error }, 'live: bad graphql-ws message');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, clientAddress: clientAddressOf(request, options.trustedProxyCount) },
    );
    socket.once('close', (code, reason) => {
      // graphql-ws ends the socket's subscriptions (each gives its slot back); this makes sure.
      socketSlots.get(socket)?.releaseAll();
      void closed(code, String(reason));
    });
  });

  const sse = createSseHandler({
    schema: checks.planner.apiSchema,
    authenticate: async (req) => {
      // One stream per request ("distinct connections" mode): no reservation token is needed.
      const raw = req.raw;
      try {
        const token = await options.verifyToken(raw.headers.authorization);
        if (!token)
          return [
            JSON.stringify({
              errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }],
            }),
            { status: 401, statusText: 'Unauthorized', headers: { 'content-type': 'application/json' } },
          ];
        sseCallers.set(raw, callerOf(token, clientAddressOf(raw, options.trustedProxyCount)));
        return 'distinct';
      } catch (error) {
        const message =
          error instanceof RequestRejectedError ? error.message : 'The access token is not valid.';
        return [
          JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }),
          { status: 401, statusText: 'Unauthorized', headers: { 'content-type': 'application/json' } },
        ];
      }
    },
    onSubscribe: async (req, params) => {
      const res = req.context.res;
      const caller = sseCallers.get(req.raw);
      if (!caller)
        return { errors: [new GraphQLError('Not signed in.', { extensions: { code: 'UNAUTHENTICATED' } })] };
      // One stream, one subscription: its slot goes back when the response closes, however it ends.
      const connection = limits.slots.forConnection(caller.tenantId);
      res.once('close', () => connection.releaseAll());
      const prepared = await prepare(
        caller,
        connection,
        { query: params.query as string, operationName: params.operationName, variables: params.variables },
        resumePosition(params.extensions, req.raw.headers['last-event-id']),
        () => res.destroy(),
      );
      if (!Array.isArray(prepared)) return prepared as never;
      const errors = prepared as GraphQLError[];
      return sseLimitRefusal(errors) ?? { errors };
    },
    subscribe: subscribe as never,
    execute: subscribe as never,
  });

  return {
    handleSse: async (req, res) => {
      try {
        await sse(req, res);
      } catch (error) {
        logger.error({ err: error }, 'live: SSE request failed');
        if (!res.headersSent) res.writeHead(500).end();
      }
    },
    close: async () => {
      clearInterval(pinger);
      clearInterval(expirySweep);
      hub.closeAll();
      // 1012: the server is restarting; clients reconnect (and resume with their last event id).
      for (const client of wss.clients) client.close(1012, 'The server is restarting.');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
