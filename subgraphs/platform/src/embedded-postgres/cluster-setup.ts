/** One-off work on a stopped cluster: initdb, and resetting a lost superuser password. */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Binaries } from './binaries';
import { childEnv } from './child-env';
import type { PosixUser } from './os-user';
import { SUPERUSER } from './settings';

const execFileAsync = promisify(execFile);

export async function initCluster(
  binaries: Binaries,
  dataDir: string,
  password: string,
  runAs: PosixUser | undefined,
): Promise<void> {
  if ((await fs.readdir(dataDir)).length > 0) {
    throw new Error(
      `${dataDir} is not empty and holds no Postgres cluster (no PG_VERSION); move it away first`,
    );
  }
  const locale = await bestLocale();
  try {
    await withInitdbPasswordFile(dataDir, password, runAs, (pwfile) =>
      runToCompletion(
        binaries.initdb,
        [
          `--pgdata=${dataDir}`,
          `--username=${SUPERUSER}`,
          `--pwfile=${pwfile}`,
          '--auth-host=scram-sha-256',
          '--auth-local=scram-sha-256',
          '--encoding=UTF8',
          `--locale=${locale}`,
          '--lc-messages=C',
        ],
        runAs,
      ),
    );
  } catch (err) {
    // Leave an empty dir behind (it was empty before), so the next start retries initdb cleanly.
    await emptyDir(dataDir);
    throw err;
  }
}

/** Single-user mode needs no password and no network, so it can set a new one on a stopped cluster. */
export async function resetSuperuserPassword(
  binaries: Binaries,
  dataDir: string,
  password: string,
  runAs: PosixUser | undefined,
): Promise<void> {
  await runToCompletion(
    binaries.postgres,
    ['--single', '-D', dataDir, '-c', 'lc_messages=C', 'postgres'],
    runAs,
    `ALTER ROLE ${SUPERUSER} PASSWORD '${password}';\n`,
  );
}

/**
 * initdb only takes the password from a file. Put it next to the data dir (never in /tmp), mode 0600,
 * owned by whoever runs initdb, and delete it right after.
 */
async function withInitdbPasswordFile(
  dataDir: string,
  password: string,
  runAs: PosixUser | undefined,
  use: (file: string) => Promise<void>,
): Promise<void> {
  const file = path.join(path.dirname(dataDir), `.initdb-pw-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  try {
    if (runAs) await fs.chown(file, runAs.uid, runAs.gid);
    await use(file);
  } finally {
    await fs.rm(file, { force: true });
  }
}

/**
 * C.UTF-8 first: UTF-8 character classes (upper(), ILIKE on accented names) with a code-point collation
 * that does not change when glibc is upgraded (which would invalidate text indexes). Checked because
 * initdb fails on a locale the system does not have.
 */
async function bestLocale(): Promise<string> {
  try {
    const { stdout } = await execFileAsync('locale', ['-a']);
    const available = new Set(stdout.split('\n').map((l) => l.trim().toLowerCase().replace('utf-8', 'utf8')));
    for (const candidate of ['C.UTF-8', 'en_US.UTF-8']) {
      if (available.has(candidate.toLowerCase().replace('utf-8', 'utf8'))) return candidate;
    }
  } catch {
    // no `locale` tool: fall through to the always-present C locale
  }
  return 'C';
}

/** Run a short-lived tool (initdb, single-user postgres); reject with its output tail when it fails. */
async function runToCompletion(
  file: string,
  args: string[],
  runAs: PosixUser | undefined,
  stdin?: string,
): Promise<void> {
  const child = spawn(file, args, { ...runAs, env: childEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.stdin.end(stdin ?? '');
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (c, s) => resolve([c, s]));
  });
  if (code !== 0) {
    throw new Error(
      `${path.basename(file)} failed (code ${String(code)}, signal ${String(signal)}): ${output.trim()}`,
    );
  }
}

async function emptyDir(dir: string): Promise<void> {
  for (const entry of await fs.readdir(dir).catch(() => [])) {
    await fs.rm(path.join(dir, entry), { recursive: true, force: true });
  }
}
