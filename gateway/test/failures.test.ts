import { randomUUID } from 'node:crypto';
import { TEST_SIGNING_SECRET } from '@nexora/kit';
import { createGateway } from '../src';
import { composeFixtureSupergraph } from './fixtures/fixture-subgraphs';
import {
  memoryLogger,
  query,
  startFixtureStack,
  type FixtureStack,
  type GraphQLResult,
} from './fixtures/fixture-stack';
import { TEST_AUDIENCE, TEST_ISSUER } from './fixtures/identity-fixture';

const TIMEOUT_MS = 400;
let stack: FixtureStack;

beforeAll(async () => {
  stack = await startFixtureStack({ timeoutMs: TIMEOUT_MS });
});

afterAll(async () => {
  await stack.stop();
});

/** Nothing internal may reach a client: addresses, hosts, library messages or stack traces. */
function expectNoInternals(result: GraphQLResult) {
  for (const leak of [
    'http://',
    '127.0.0.1',
    'localhost',
    '.invalid',
    'ECONNREFUSED',
    'stacktrace',
    'serviceName',
    '    at ',
    'fetch failed',
  ]) {
    expect(result.text).not.toContain(leak);
  }
}

describe('health endpoints', () => {
  it('/health answers 200 while the process lives', async () => {
    const response = await fetch(`${stack.gateway.origin}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', service: 'gateway' });
  });

  it('/ready answers 200 when every subgraph answers its /health', async () => {
    const response = await fetch(`${stack.gateway.origin}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', up: ['alpha', 'beta'], down: [] });
  });
});

describe('subgraph failures reach clients as clean codes', () => {
  it('a subgraph slower than the timeout gives TIMEOUT, without waiting for it', async () => {
    const started = Date.now();
    const result = await query(stack.gateway.url, '{ slow(ms: 2000) }');
    const elapsed = Date.now() - started;
    expect(result.body.errors?.map((error) => error.extensions?.code)).toEqual(['TIMEOUT']);
    expect(result.body.data).toEqual({ slow: null });
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(1_500);
    expectNoInternals(result);
  });

  it('a fast answer from the same subgraph still works', async () => {
    const result = await query(stack.gateway.url, '{ slow(ms: 10) }');
    expect(result.body).toEqual({ data: { slow: 'slept 10' } });
  });

  it('an unexpected resolver error is reported as INTERNAL_SERVER_ERROR without its message or stack', async () => {
    const result = await query(stack.gateway.url, '{ hello brokenField }');
    expect(result.body.data).toEqual({ hello: 'hello, world', brokenField: null });
    expect(result.body.errors).toEqual([
      {
        message: 'Internal server error.',
        path: ['brokenField'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(result.text).not.toContain('10.0.0.7');
    expect(result.text).not.toContain('/srv/app');
    expectNoInternals(result);
  });

  it('a subgraph’s public error code and message pass through', async () => {
    const result = await query(stack.gateway.url, '{ missingThing }');
    expect(result.body.errors).toEqual([
      { message: 'Thing 123 was not found.', path: ['missingThing'], extensions: { code: 'NOT_FOUND' } },
    ]);
    expectNoInternals(result);
  });

  it('a subgraph that stopped its own work says TIMEOUT (retry later), not INTERNAL_SERVER_ERROR', async () => {
    const result = await query(stack.gateway.url, '{ stoppedStatement }');
    expect(result.body.errors).toEqual([
      {
        message: 'A database statement ran longer than 10000 ms and was stopped; nothing was written.',
        path: ['stoppedStatement'],
        extensions: { code: 'TIMEOUT' },
      },
    ]);
    expectNoInternals(result);
  });

  it('a subgraph that refuses the gateway’s signature is a deployment fault, not the client’s', async () => {
    const { logger, lines } = memoryLogger();
    const misconfigured = await createGateway({
      supergraphSdl: composeFixtureSupergraph(),
      subgraphUrls: { alpha: stack.alpha.url, beta: stack.beta.url },
      jwks: stack.identity.jwksUrl,
      issuer: TEST_ISSUER,
      audience: TEST_AUDIENCE,
      signingSecret: `${TEST_SIGNING_SECRET}-but-different`,
      port: 0,
      host: '127.0.0.1',
      logger,
    });
    try {
      const result = await query(misconfigured.url, '{ hello }');
      expect(result.body.errors?.map((error) => error.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      expectNoInternals(result);
      expect(lines.some((line) => String(line.msg).includes('CONTEXT_SIGNING_SECRET'))).toBe(true);
    } finally {
      await misconfigured.stop();
    }
  });

  it('a stopped subgraph makes /ready 503 and its fields SUBGRAPH_UNAVAILABLE, while others keep working', async () => {
    await stack.beta.stop();

    const ready = await fetch(`${stack.gateway.origin}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', up: ['alpha'], down: ['beta'] });

    const token = await stack.identity.token({ tid: randomUUID() });
    const result = await query(stack.gateway.url, '{ hello slow(ms: 1) betaTenant }', { token });
    expect(result.body.data).toEqual({ hello: 'hello, world', slow: null, betaTenant: null });
    expect(result.body.errors?.map((error) => error.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expectNoInternals(result);
  });
});

describe('identity outage', () => {
  it('answers a token it cannot check with 502 (retry later), not 401 (sign in again), and keeps anonymous access', async () => {
    const { logger } = memoryLogger();
    const unreachable = await createGateway({
      supergraphSdl: composeFixtureSupergraph(),
      subgraphUrls: { alpha: stack.alpha.url, beta: 'http://127.0.0.1:1/graphql' },
      // Port 1 on loopback refuses connections: the JWKS cannot be fetched.
      jwks: 'http://127.0.0.1:1/.well-known/jwks.json',
      issuer: TEST_ISSUER,
      audience: TEST_AUDIENCE,
      signingSecret: TEST_SIGNING_SECRET,
      port: 0,
      host: '127.0.0.1',
      logger,
    });
    try {
      const withToken = await query(unreachable.url, '{ hello }', { token: await stack.identity.token() });
      expect(withToken.status).toBe(502);
      expect(withToken.body.errors?.[0].extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      expectNoInternals(withToken);
      const anonymous = await query(unreachable.url, '{ hello }');
      expect(anonymous.body).toEqual({ data: { hello: 'hello, world' } });
    } finally {
      await unreachable.stop();
    }
  });
});

describe('createGateway', () => {
  it('refuses subgraph URL overrides for subgraphs the supergraph does not have', async () => {
    await expect(
      createGateway({
        supergraphSdl: composeFixtureSupergraph(),
        subgraphUrls: { alpha: stack.alpha.url, betta: 'http://127.0.0.1:1/graphql' },
        jwks: stack.identity.jwksUrl,
        issuer: TEST_ISSUER,
        audience: TEST_AUDIENCE,
        signingSecret: TEST_SIGNING_SECRET,
        port: 0,
        logger: memoryLogger().logger,
      }),
    ).rejects.toThrow(/betta.*known: alpha, beta/);
  });
});
