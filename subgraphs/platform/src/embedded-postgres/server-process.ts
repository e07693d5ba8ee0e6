/** The long-running `postgres` server: spawn it, wait until it accepts connections, stop it. */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Binaries } from './binaries';
import { childEnv } from './child-env';
import type { EmbeddedPostgresLogger } from './logger';
import type { PosixUser } from './os-user';
import { portInUseError } from './port-in-use';
import { HOST } from './settings';

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
/** stderr lines kept for error messages; only the last 10 are shown. */
const LOG_TAIL_LINES = 50;

type ServerChild = ChildProcessByStdio<null, null, Readable>;

export interface RunningServer {
  /** Fast, clean shutdown. Safe to call more than once. */
  stop(): Promise<void>;
}

export async function launchServer(
  binaries: Binaries,
  dataDir: string,
  port: number,
  runAs: PosixUser | undefined,
  logger: EmbeddedPostgresLogger,
): Promise<RunningServer> {
  const child = spawn(
    binaries.postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      `listen_addresses=${HOST}`,
      // No Unix socket: nothing of ours needs it, and it would leave lock files in /tmp.
      '-c',
      'unix_socket_directories=',
      '-c',
      'lc_messages=C',
      '-c',
      'logging_collector=off',
    ],
    // Own process group: a terminal Ctrl-C reaches node only, which stops Postgres after draining its pools.
    { ...runAs, env: childEnv(), stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const tail: string[] = [];
  try {
    await waitUntilReady(child, port, tail, logger);
  } catch (err) {
    await stopChild(child);
    throw err;
  }

  let stopping: Promise<void> | undefined;
  // If node exits without calling stop() (process.exit, uncaught error), still ask Postgres to shut down.
  const onExit = (): void => {
    if (isRunning(child)) child.kill('SIGINT');
  };
  process.on('exit', onExit);
  child.once('exit', (code, signal) => {
    process.off('exit', onExit);
    if (!stopping)
      logger.warn({ code, signal, log: tail.slice(-10) }, 'embedded Postgres exited unexpectedly');
  });

  return {
    stop: () => {
      stopping ??= stopChild(child);
      return stopping;
    },
  };
}

/** Resolves on "ready to accept connections"; `tail` keeps collecting stderr afterwards, for later errors. */
function waitUntilReady(
  child: ServerChild,
  port: number,
  tail: string[],
  logger: EmbeddedPostgresLogger,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `Postgres did not become ready within ${START_TIMEOUT_MS / 1000} s: ${tail.slice(-10).join('\n')}`,
          ),
        ),
      START_TIMEOUT_MS,
    );
    const settle = (err?: Error): void => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    };
    child.once('error', settle);
    child.once('exit', (code, signal) => {
      const log = tail.join('\n');
      if (log.includes('Address already in use')) settle(portInUseError(port));
      else settle(new Error(`Postgres exited during startup (code ${code}, signal ${signal}): ${log}`));
    });
    createInterface({ input: child.stderr }).on('line', (line) => {
      tail.push(line);
      if (tail.length > LOG_TAIL_LINES) tail.shift();
      if (/\b(FATAL|PANIC):/.test(line)) logger.warn({ line }, 'postgres');
      if (line.includes('database system is ready to accept connections')) settle();
    });
  });
}

function isRunning(child: ServerChild): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** SIGINT = fast shutdown: disconnect clients, checkpoint, exit. SIGQUIT (immediate) if that hangs. */
async function stopChild(child: ServerChild): Promise<void> {
  if (!isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
