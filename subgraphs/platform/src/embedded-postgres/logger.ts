/** The subset of a pino logger we use, so callers can pass theirs (or nothing, for the console). */
export interface EmbeddedPostgresLogger {
  info(o: object | string, msg?: string): void;
  warn(o: object | string, msg?: string): void;
}

export const consoleLogger: EmbeddedPostgresLogger = {
  info: (o, msg) =>
    console.log('[embedded-postgres]', msg ?? '', typeof o === 'string' ? o : JSON.stringify(o)),
  warn: (o, msg) =>
    console.warn('[embedded-postgres]', msg ?? '', typeof o === 'string' ? o : JSON.stringify(o)),
};
