import type { ServerResponse } from 'node:http';
import type { GraphQLError } from 'graphql';
import { graphqlError } from './errors';

/**
 * Why a request's work was stopped before it finished: its deadline passed, or the caller (the
 * gateway) closed the connection, so nobody will ever read the answer.
 */
export type RequestStopReason = 'timeout' | 'abandoned';

/**
 * A little above the gateway's default per-subgraph timeout (SUBGRAPH_TIMEOUT_MS, 10 s): the gateway
 * gives up first and closes the connection, which already stops the work; the deadline is the
 * backstop for callers that keep waiting.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 11_000;

/** The error every query of a stopped request gets; the response (if anyone listens) carries it. */
export function requestStoppedError(reason: RequestStopReason, timeoutMs?: number): GraphQLError {
  return reason === 'timeout'
    ? graphqlError(
        'TIMEOUT',
        `The request ran longer than ${timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS} ms and was stopped; nothing was written.`,
      )
    : graphqlError(
        'TIMEOUT',
        'The caller stopped waiting; the request was abandoned and nothing was written.',
      );
}

/** The stop reason of an aborted lifetime signal, or null while the request may still run. */
export function stopReasonOf(signal: AbortSignal): RequestStopReason | null {
  if (!signal.aborted) return null;
  return signal.reason === 'abandoned' ? 'abandoned' : 'timeout';
}

/** One HTTP request's lifetime as seen by the work it started. */
export interface RequestLifetime {
  /** Aborted with reason 'timeout' or 'abandoned' (a `RequestStopReason`). */
  signal: AbortSignal;
  /** The deadline, when the request has one. */
  timeoutMs?: number;
}

/**
 * Watches a response: aborts the signal when `timeoutMs` passes, or when the connection closes
 * before the response was fully sent. Node emits `close` on the response for both a finished and a
 * torn-down exchange; only the second leaves `writableFinished` false. (The request's own `close`
 * fires as soon as its body has been read, so it cannot tell an abandoned request apart.)
 */
export function watchRequestLifetime(
  res: ServerResponse,
  timeoutMs?: number,
): RequestLifetime & { dispose(): void } {
  const controller = new AbortController();
  const stop = (reason: RequestStopReason) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const timer = timeoutMs === undefined ? null : setTimeout(() => stop('timeout'), timeoutMs);
  const onClose = () => {
    if (!res.writableFinished) stop('abandoned');
  };
  res.once('close', onClose);
  return {
    signal: controller.signal,
    timeoutMs,
    dispose: () => {
      if (timer) clearTimeout(timer);
      res.off('close', onClose);
    },
  };
}
