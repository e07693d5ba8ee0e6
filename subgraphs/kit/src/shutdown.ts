import type { Logger } from './logger';

/** A drain that takes longer than this is abandoned so a stuck client never keeps a process alive. */
export const DRAIN_DEADLINE_MS = 30_000;

/**
 * Makes SIGTERM/SIGINT stop the process gracefully: `stop` drains in-flight work, then the process
 * exits 0 (1 if stopping failed or outlived `deadlineMs`). Returns the same exit path for callers
 * that must end the process themselves, e.g. after a failed start.
 */
export function exitGracefullyOnSignals(
  stop: () => Promise<void>,
  logger: Pick<Logger, 'info' | 'error'>,
  deadlineMs = DRAIN_DEADLINE_MS,
): (exitCode: number, reason: string) => Promise<never> {
  let exiting: Promise<never> | null = null;
  const exit = (exitCode: number, reason: string): Promise<never> =>
    (exiting ??= (async () => {
      logger.info({ reason }, 'draining in-flight requests');
      setTimeout(() => {
        logger.error('drain deadline passed; exiting with requests still open');
        process.exit(1);
      }, deadlineMs).unref();
      try {
        await stop();
      } catch (error) {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      }
      process.exit(exitCode);
    })());
  process.once('SIGTERM', () => void exit(0, 'SIGTERM'));
  process.once('SIGINT', () => void exit(0, 'SIGINT'));
  return exit;
}
