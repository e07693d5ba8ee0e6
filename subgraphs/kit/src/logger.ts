import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout; one logger per service, children per request. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: {
      paths: ['req.headers.authorization', 'password', '*.password', 'token', '*.token'],
      remove: true,
    },
  });
}
