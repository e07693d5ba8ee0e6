import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postGraphQL } from '@nexora/kit';
import { DEMO_EMAIL, DEMO_PASSWORD } from './demo-seed';

/**
 * `npm run test:smoke`: starts `npm start`'s entry point exactly as a new user would (no DATABASE_URL,
 * no REDIS_URL, a fresh data folder), answers a three-subgraph query as the demo user, then stops it
 * with SIGTERM and checks it exits cleanly and takes its embedded Postgres down with it.
 */
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const GATEWAY = 'http://127.0.0.1:4000/graphql';

function fail(message: string): never {
  console.error(`smoke: FAILED: ${message}`);
  process.exit(1);
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A port nothing listens on, so the smoke test never collides with a developer's running `npm start`. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  const embeddedPostgresPort = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nexora-smoke-'));
  // Traversable by the `postgres` OS user (used when running as root), so the data stays in this
  // folder and is removed with it instead of being relocated under /var/tmp.
  chmodSync(dataDir, 0o755);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXORA_DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(embeddedPostgresPort),
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'main.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  let exited: number | null = null;
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      resolve(code);
    }),
  );
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    process.stdout.write(chunk);
  });

  try {
    while (!output.includes('Press Ctrl-C to stop.')) {
      if (exited !== null) fail(`npm start exited early with code ${exited}`);
      if (Date.now() - started > START_TIMEOUT_MS) fail('the platform did not start within 120 s');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    console.log(`smoke: started in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const login = await postGraphQL<{ login: { session: { accessToken: string } | null } }>(
      GATEWAY,
      `mutation ($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code message } } }`,
      { input: { email: DEMO_EMAIL, password: DEMO_PASSWORD } },
    );
    const token = login.body.data?.login.session?.accessToken;
    if (!token) fail(`demo login failed: ${JSON.stringify(login.body)}`);

    const invoices = await postGraphQL<{
      invoices: {
        totalCount: number;
        edges: Array<{
          node: { number: string; customer: { name: string; owner: { email: string } | null } };
        }>;
      };
    }>(
      GATEWAY,
      `{ invoices(first: 10) { totalCount edges { node { number total { amount currency } customer { name owner { email } } } } } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    const edges = invoices.body.data?.invoices.edges ?? [];
    if (invoices.status !== 200 || edges.length === 0)
      fail(`federated query failed: ${JSON.stringify(invoices.body)}`);
    const first = edges[0].node;
    if (!first.customer.name || first.customer.owner?.email !== DEMO_EMAIL) {
      fail(`invoice ${first.number} did not resolve across identity, crm and erp: ${JSON.stringify(first)}`);
    }
    console.log(
      `smoke: ${invoices.body.data?.invoices.totalCount} invoices; ${first.number} billed to ${first.customer.name}, owner ${first.customer.owner.email}`,
    );
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }

  const stopping = Date.now();
  child.kill('SIGTERM');
  const code = await Promise.race([
    exit,
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS)),
  ]);
  if (code === 'timeout') {
    child.kill('SIGKILL');
    fail('the platform did not stop within 30 s of SIGTERM');
  }
  if (code !== 0) fail(`the platform exited with code ${code} after SIGTERM`);
  if (await portOpen(embeddedPostgresPort)) fail('embedded Postgres is still listening after shutdown');
  if (await portOpen(4000)) fail('the gateway is still listening after shutdown');
  console.log(`smoke: stopped cleanly in ${((Date.now() - stopping) / 1000).toFixed(1)} s`);
  rmSync(dataDir, { recursive: true, force: true });
  console.log('smoke: OK');
}

main().catch((error: unknown) => fail((error as Error).stack ?? String(error)));
