/**
 * The child side of the benchmark's process topology: each server (subgraphs, our gateway, the stock
 * gateway) runs in its own process so the load generator never shares an event loop with it.
 */

export interface BenchServer {
  /** Printed as one JSON line on stdout once the server accepts requests. */
  ready: { url: string } & Record<string, unknown>;
  stop(): Promise<void>;
}

/** A stop that hangs (e.g. a stuck drain) must not keep an orphan alive after the benchmark ends. */
const STOP_DEADLINE_MS = 10_000;

/**
 * Starts a server, announces `{ url, ... }` on stdout, and stops it on SIGTERM, SIGINT or when the
 * parent goes away (the IPC channel of `fork` disconnects, also when the parent is SIGKILLed).
 */
export function runBenchServer(name: string, start: () => Promise<BenchServer>): void {
  let server: BenchServer | null = null;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), STOP_DEADLINE_MS).unref();
    Promise.resolve(server?.stop()).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`${name}: stop failed`, error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.once('disconnect', stop);

  start().then(
    (started) => {
      server = started;
      if (stopping) {
        stopping = false;
        stop();
        return;
      }
      process.stdout.write(`${JSON.stringify(started.ready)}\n`);
    },
    (error: unknown) => {
      console.error(`${name}: failed to start`, error);
      process.exit(1);
    },
  );
}
