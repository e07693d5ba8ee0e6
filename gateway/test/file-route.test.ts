import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLogger,
  deriveContextKey,
  RequestRejectedError,
  streamBinding,
  TEST_SIGNING_SECRET,
  verifyCallerContext,
} from '@nexora/kit';
import { createGateway, type RunningGateway } from '../src';
import { composeFixtureSupergraph } from './fixtures/fixture-subgraphs';
import {
  startIdentityFixture,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type IdentityFixture,
} from './fixtures/identity-fixture';

const TIMEOUT_MS = 400;
const MAX_UPLOAD_BYTES = 10_000;

/** Stands in for a subgraph's file routes: records what reaches it, answers as the path asks. */
interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
let received: Received[] = [];
let subgraph: Server;
let identity: IdentityFixture;
let gateway: RunningGateway;

beforeAll(async () => {
  subgraph = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    received.push({ url: req.url ?? '', headers: req.headers, body });
    if (req.url?.startsWith('/files/slow'))
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 3));
    res.writeHead(200, {
      'content-type': 'text/csv',
      'content-disposition': 'attachment; filename="x.csv"',
      'set-cookie': 'internal=1',
      'x-internal-host': 'alpha-7f9c',
    });
    res.end(`echo:${body}`);
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  const { port } = subgraph.address() as AddressInfo;
  identity = await startIdentityFixture();
  gateway = await createGateway({
    supergraphSdl: composeFixtureSupergraph(),
    subgraphUrls: { alpha: `http://127.0.0.1:${port}/graphql` },
    jwks: identity.jwksUrl,
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
    signingSecret: TEST_SIGNING_SECRET,
    timeoutMs: TIMEOUT_MS,
    maxUploadBytes: MAX_UPLOAD_BYTES,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('gateway', 'silent'),
  });
});

afterAll(async () => {
  await gateway?.stop();
  await identity?.stop();
  await new Promise((resolve) => subgraph?.close(resolve));
});

beforeEach(() => {
  received = [];
});

const TENANT = '11111111-1111-4111-8111-111111111111';
const USER = '22222222-2222-4222-8222-222222222222';

async function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  return fetch(`${gateway.origin}/files/${path}`, {
    method: 'POST',
    headers,
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('/files/<subgraph>/<path>', () => {
  it('streams the body to the subgraph with only the caller signed for it, and only safe headers back', async () => {
    const token = await identity.token({ sub: USER, tid: TENANT, perms: ['alpha.thing:write'] });
    const response = await post('alpha/things/import?skipBadRows=true', 'a,b\n1,2\n', {
      authorization: `Bearer ${token}`,
      'content-type': 'text/csv',
      'x-tenant-id': '33333333-3333-4333-8333-333333333333',
      cookie: 'session=abc',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('echo:a,b\n1,2\n');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="x.csv"');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-internal-host')).toBeNull();

    const [{ url, headers }] = received;
    expect(url).toBe('/files/things/import?skipBadRows=true');
    expect(headers.authorization).toBeUndefined();
    expect(headers.cookie).toBeUndefined();
    expect(headers['x-tenant-id']).toBeUndefined();
    expect(headers['content-type']).toBe('text/csv');
    expect(headers['content-length']).toBe('8');
    // Bound to what precedes the streamed body: method, path and query, length and type.
    const asReceived = (changes: { target?: string; contentLength?: string } = {}) =>
      streamBinding({
        method: 'POST',
        target: changes.target ?? url,
        contentLength: changes.contentLength ?? headers['content-length'],
        contentType: headers['content-type'],
      });
    const alpha = { key: deriveContextKey(TEST_SIGNING_SECRET, 'alpha'), audience: 'alpha' };
    const caller = verifyCallerContext(headers, asReceived(), alpha);
    expect(caller).toMatchObject({ tenantId: TENANT, userId: USER, permissions: ['alpha.thing:write'] });
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof RequestRejectedError ? error.code : error;
      }
      return 'accepted';
    };
    expect(
      refusal(() =>
        verifyCallerContext(headers, asReceived(), {
          key: deriveContextKey(TEST_SIGNING_SECRET, 'beta'),
          audience: 'beta',
        }),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(refusal(() => verifyCallerContext(headers, asReceived({ contentLength: '9' }), alpha))).toBe(
      'CONTEXT_BODY_MISMATCH',
    );
    expect(
      refusal(() => verifyCallerContext(headers, asReceived({ target: '/files/things/import' }), alpha)),
    ).toBe('CONTEXT_BODY_MISMATCH');
  });

  it('refuses anonymous and forged callers with 401 and unknown subgraphs with 404, calling nothing', async () => {
    expect((await post('alpha/things/import', 'x')).status).toBe(401);
    expect((await post('alpha/things/import', 'x', { authorization: 'Bearer forged' })).status).toBe(401);
    const token = await identity.token({ sub: USER, tid: TENANT });
    expect((await post('nowhere/things/import', 'x', { authorization: `Bearer ${token}` })).status).toBe(404);
    expect((await post('alpha', 'x', { authorization: `Bearer ${token}` })).status).toBe(404);
    expect(received).toEqual([]);
  });

  it('refuses an upload past MAX_UPLOAD_BYTES with 413, declared or streamed', async () => {
    const token = await identity.token({ sub: USER, tid: TENANT });
    const declared = await post('alpha/things/import', 'x'.repeat(MAX_UPLOAD_BYTES + 1), {
      authorization: `Bearer ${token}`,
    });
    expect(declared.status).toBe(413);
    expect((await declared.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    let sent = 0;
    const streamed = await post(
      'alpha/things/import',
      new ReadableStream({
        pull(controller) {
          if (sent++ < 20) controller.enqueue(new Uint8Array(1_000));
          else controller.close();
        },
      }),
      { authorization: `Bearer ${token}` },
    );
    expect(streamed.status).toBe(413);
    expect(received).toEqual([]);
  });

  it('answers 504 TIMEOUT when the subgraph does not answer within SUBGRAPH_TIMEOUT_MS', async () => {
    const token = await identity.token({ sub: USER, tid: TENANT });
    const response = await post('alpha/slow', 'x', { authorization: `Bearer ${token}` });
    expect(response.status).toBe(504);
    expect((await response.json()).errors[0].extensions.code).toBe('TIMEOUT');
  });
});
