import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@nexora/kit';
import type { GatewayContext, RequestLogRecord } from './gateway-context';

/** Copies what only GraphQL execution knows (operation name, error codes) into the request's log record. */
export function requestLoggingPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, request, response }) {
          contextValue.log.operationName = operationName ?? request.operationName ?? null;
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            if (typeof code === 'string') contextValue.log.errorCodes.push(code);
          }
        },
      };
    },
  };
}

/** Writes one JSON log line per request once the response is sent (or the client went away). */
export function logWhenDone(
  req: IncomingMessage,
  res: ServerResponse,
  record: RequestLogRecord,
  logger: Logger,
): void {
  const started = process.hrtime.bigint();
  res.once('close', () => {
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    const entry = {
      ...record,
      errorCodes: [...new Set(record.errorCodes)],
      method: req.method,
      status: res.statusCode,
      durationMs: Math.round(durationMs * 10) / 10,
      aborted: !res.writableFinished,
    };
    if (res.statusCode >= 500) logger.warn(entry, 'request failed');
    else logger.info(entry, 'request');
  });
}
