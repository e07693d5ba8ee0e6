/**
 * postmaster.pid may be stale (process dead or pid reused: Postgres refuses to start while that pid is
 * alive) or belong to a server whose launcher was SIGKILLed (then it still runs, orphaned).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from './error-code';
import type { EmbeddedPostgresLogger } from './logger';

/** Smart shutdown gets this long before we escalate to a fast one... */
const ESCALATE_AFTER_MS = 10_000;
/** ...and the server this long in total before we give up. */
const STOP_TIMEOUT_MS = 30_000;

type LeftoverState = 'gone' | 'unrelated' | 'orphan' | { ownerPid: number };

interface ProcInfo {
  comm: string;
  ppid: number;
  argv: string[];
}

/**
 * Only a `postgres` process started on this very data dir is ever signalled, and only when no live
 * node process owns it (a second `npm start` must not kill the first one's database).
 */
export async function stopLeftoverServer(dataDir: string, logger: EmbeddedPostgresLogger): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const pid = await readPostmasterPid(pidFile);
  if (pid === undefined) return;
  const state = await inspectLeftover(pid, dataDir);
  if (state === 'gone' || state === 'unrelated') {
    await fs.rm(pidFile, { force: true });
    logger.info({ pidFile, pid }, 'removed a stale postmaster.pid');
    return;
  }
  if (state !== 'orphan') {
    throw new Error(
      `Postgres data dir ${dataDir} is in use by server pid ${pid}, started by the running process ` +
        `${state.ownerPid}; stop that process first`,
    );
  }
  logger.warn({ pid, dataDir }, 'stopping a Postgres server left running by a previous, killed launcher');
  await terminate(pid);
  await fs.rm(pidFile, { force: true });
}

async function readPostmasterPid(pidFile: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt((await fs.readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function inspectLeftover(pid: number, dataDir: string): Promise<LeftoverState> {
  const proc = await readProc(pid);
  if (!proc) return 'gone';
  // Our launch passes `-D <absolute dataDir>`; the postmaster keeps its original argv.
  const ownDataDir = proc.comm === 'postgres' && proc.argv.includes(dataDir);
  if (!ownDataDir) return 'unrelated';
  const parent = proc.ppid > 1 ? await readProc(proc.ppid) : undefined;
  return parent?.comm === 'node' ? { ownerPid: proc.ppid } : 'orphan';
}

/** Linux /proc view of a live process; undefined when it is gone or a zombie (not yet reaped). */
async function readProc(pid: number): Promise<ProcInfo | undefined> {
  if (!isAlive(pid)) return undefined;
  try {
    const [stat, comm, cmdline] = await Promise.all([
      fs.readFile(`/proc/${pid}/stat`, 'utf8'),
      fs.readFile(`/proc/${pid}/comm`, 'utf8'),
      fs.readFile(`/proc/${pid}/cmdline`, 'utf8'),
    ]);
    // Fields after the parenthesised command name: state ppid ...
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z') return undefined;
    return { comm: comm.trim(), ppid: Number.parseInt(ppid ?? '0', 10), argv: cmdline.split('\0') };
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw new Error(`Cannot inspect process ${pid} holding the Postgres data dir (${String(err)})`);
  }
}

/** EPERM means the process exists but belongs to another user (e.g. `postgres` while we are not root). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) === 'EPERM';
  }
}

/** SIGTERM (smart shutdown); if clients keep it busy, SIGINT (fast shutdown) after 10 s. */
async function terminate(pid: number): Promise<void> {
  const startedAt = Date.now();
  process.kill(pid, 'SIGTERM');
  let escalated = false;
  while ((await readProc(pid)) !== undefined) {
    const elapsed = Date.now() - startedAt;
    if (elapsed > STOP_TIMEOUT_MS) {
      throw new Error(`Postgres server pid ${pid} did not stop within ${STOP_TIMEOUT_MS / 1000} s`);
    }
    if (!escalated && elapsed > ESCALATE_AFTER_MS) {
      process.kill(pid, 'SIGINT');
      escalated = true;
    }
    await sleep(100);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
