/** Choosing the cluster's data directory and creating it with the right owner and modes. */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ignoreCode } from './error-code';
import { fileExists } from './file-exists';
import type { EmbeddedPostgresLogger } from './logger';
import { accessibleBy, assertRootOwned, SHARED_ROOT, type PosixUser } from './os-user';

/**
 * As root, the requested dir (e.g. `/root/app/.nexora/postgres`) may sit below a directory the
 * `postgres` user cannot traverse; then use `/var/tmp/nexora-<hash of requested path>/<name>`, stable
 * across runs so data persists.
 */
export async function chooseDataDir(
  requested: string,
  runAs: PosixUser | undefined,
  logger: EmbeddedPostgresLogger,
): Promise<string> {
  const wanted = path.resolve(requested);
  if (!runAs) return wanted;
  if (await accessibleBy(runAs, await deepestExisting(path.dirname(wanted)), 1)) return wanted;

  const hash = createHash('sha256').update(wanted).digest('hex').slice(0, 12);
  const root = path.join(SHARED_ROOT, `nexora-${hash}`);
  await fs.mkdir(root, { mode: 0o755 }).catch(ignoreCode('EEXIST'));
  await assertRootOwned(root);
  await fs.chmod(root, 0o755); // umask-proof: the postgres user must traverse it
  const chosen = path.join(root, path.basename(wanted));
  logger.warn(
    { requested: wanted, dataDir: chosen },
    'the postgres OS user cannot reach the requested data dir; using a world-traversable location instead',
  );
  return chosen;
}

/** The deepest existing ancestor of `dir` (or `dir` itself), i.e. what `who` must already be able to cross. */
async function deepestExisting(dir: string): Promise<string> {
  for (let current = dir; ; current = path.dirname(current)) {
    if (await fileExists(current)) return current;
    if (current === path.dirname(current)) return current;
  }
}

/** Create the data dir (mode 0700, as Postgres demands) owned by the user the server runs as. */
export async function prepareDataDir(dataDir: string, runAs: PosixUser | undefined): Promise<void> {
  await mkdirTraversable(path.dirname(dataDir));
  await fs.mkdir(dataDir, { mode: 0o700 }).catch(ignoreCode('EEXIST'));
  if (!runAs) return;
  const st = await fs.stat(dataDir);
  if (st.uid === runAs.uid) return;
  if ((await fs.readdir(dataDir)).length > 0) {
    throw new Error(
      `Postgres data dir ${dataDir} is owned by uid ${st.uid}, not the postgres user (uid ${runAs.uid}); ` +
        `fix it with: chown -R postgres:postgres ${dataDir}`,
    );
  }
  await fs.chown(dataDir, runAs.uid, runAs.gid);
}

/** Create missing parents with mode 0755 set explicitly (mkdir's mode is subject to the umask). */
async function mkdirTraversable(dir: string): Promise<void> {
  if (await fileExists(dir)) return;
  await mkdirTraversable(path.dirname(dir));
  await fs.mkdir(dir).catch(ignoreCode('EEXIST'));
  await fs.chmod(dir, 0o755);
}
