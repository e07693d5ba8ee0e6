import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  alphaModule,
  betaModule,
  composeFixtureSupergraph,
  startFixtureSubgraph,
  type RunningFixtureSubgraph,
} from './fixtures/fixture-subgraphs';
import { startIdentityFixture, type IdentityFixture } from './fixtures/identity-fixture';
import { query } from './fixtures/fixture-stack';

const MAIN = path.resolve(__dirname, '../src/main.ts');

let identity: IdentityFixture;
let alpha: RunningFixtureSubgraph;
let beta: RunningFixtureSubgraph;
let supergraphFile: string;

beforeAll(async () => {
  identity = await startIdentityFixture();
  alpha = await startFixtureSubgraph(alphaModule);
  beta = await startFixtureSubgraph(betaModule);
  supergraphFile = path.join(mkdtempSync(path.join(tmpdir(), 'nexora-gateway-')), 'supergraph.graphql');
  writeFileSync(supergraphFile, composeFixtureSupergraph());
});

afterAll(async () => {
  await Promise.all([alpha.stop(), beta.stop(), identity.stop()]);
});

function startMain(args: string[]): {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), MAIN, ...args], {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      IDENTITY_JWKS_URL: identity.jwksUrl,
      SUBGRAPH_URLS: `alpha=${alpha.url},beta=${beta.url}`,
      LOG_LEVEL: 'info',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function readyUrl(output: () => string, deadlineMs = 40_000): Promise<string> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    const match = /NEXORA gateway ready at (http:\/\/\S+?)["\s]/.exec(output());
    if (match) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gateway did not start:\n${output()}`);
}

describe('gateway main', () => {
  it('starts on the given supergraph file and port, prints its URL, and drains in-flight requests on SIGTERM', async () => {
    const { child, output, exited } = startMain(['--supergraph', supergraphFile, '--port', '0']);
    try {
      const url = await readyUrl(output);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      expect((await query(url, '{ hello }')).body).toEqual({ data: { hello: 'hello, world' } });

      const inFlight = query(url, '{ slow(ms: 700) }');
      await new Promise((resolve) => setTimeout(resolve, 150));
      const signalled = Date.now();
      child.kill('SIGTERM');
      expect((await inFlight).body).toEqual({ data: { slow: 'slept 700' } });
      expect(await exited).toBe(0);
      // Idle keep-alive sockets must not hold the drain open for their whole timeout.
      expect(Date.now() - signalled).toBeLessThan(3_000);
      await expect(fetch(url)).rejects.toThrow();
      expect(output()).toContain('draining in-flight requests');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('exits with a clear message when the supergraph file is missing', async () => {
    const { output, exited } = startMain(['--supergraph', '/nonexistent/supergraph.graphql', '--port', '0']);
    expect(await exited).toBe(1);
    expect(output()).toContain('Cannot read the supergraph at /nonexistent/supergraph.graphql');
  });

  it('exits with EX_CONFIG on a bad flag', async () => {
    const { output, exited } = startMain(['--prot', '1']);
    expect(await exited).toBe(78);
    expect(output()).toContain('unknown argument "--prot"');
  });
});
