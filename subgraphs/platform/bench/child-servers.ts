import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface ChildServer<TReady> {
  name: string;
  ready: TReady;
  pid: number;
  stop(): Promise<void>;
}

export interface StartChildOptions {
  env: NodeJS.ProcessEnv;
  /** Extra Node flags, e.g. `--cpu-prof`. */
  nodeFlags?: string[];
  startTimeoutMs?: number;
}

/** How long a child may drain after SIGTERM before it is killed. */
const STOP_TIMEOUT_MS = 15_000;

/** Every child this process started and has not yet seen exit, for cleanup on any path out. */
const running = new Set<ChildProcess>();

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await gone;
  clearTimeout(timer);
}

/**
 * Forks a bench server entry file (`*.server.ts`, run through tsx) and resolves with the JSON line it
 * prints when ready. Other stdout lines are passed through to stderr so they never mix with figures.
 */
export function startChildServer<TReady extends { url: string }>(
  name: string,
  entryFile: string,
  options: StartChildOptions,
): Promise<ChildServer<TReady>> {
  const child = fork(path.join(__dirname, entryFile), [], {
    execArgv: ['--import', 'tsx', ...(options.nodeFlags ?? [])],
    env: options.env,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const server = (ready: TReady): ChildServer<TReady> => ({
    name,
    ready,
    pid: child.pid ?? -1,
    stop: () => stopChild(child),
  });

  return new Promise((resolve, reject) => {
    let announced = false;
    const timer = setTimeout(() => {
      void stopChild(child);
      reject(new Error(`${name} did not become ready within ${options.startTimeoutMs ?? 90_000} ms`));
    }, options.startTimeoutMs ?? 90_000);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!announced)
        reject(new Error(`${name} exited before it was ready (code ${code}, signal ${signal})`));
    });
    if (!child.stdout) throw new Error('fork did not give the child a stdout pipe');
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!announced && line.startsWith('{')) {
        try {
          const ready = JSON.parse(line) as TReady;
          if (typeof ready.url === 'string') {
            announced = true;
            clearTimeout(timer);
            resolve(server(ready));
            return;
          }
        } catch {
          // Not the ready line; fall through and show it.
        }
      }
      process.stderr.write(`[${name}] ${line}\n`);
    });
  });
}

/** Stops every child still running (SIGTERM, then SIGKILL after a deadline). */
export async function stopAllChildServers(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child)));
}

/**
 * Last resort when this process exits without awaiting a stop. SIGTERM rather than SIGKILL so the
 * subgraphs still close their database pools; each child also stops itself when its IPC channel
 * disconnects and exits after a deadline regardless, so none outlives the benchmark.
 */
export function signalChildServersNow(): void {
  for (const child of running) if (!exited(child)) child.kill('SIGTERM');
}
