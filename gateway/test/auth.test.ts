import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { signedHeaders } from '@nexora/kit';
import { query, startFixtureStack, type FixtureStack } from './fixtures/fixture-stack';
import { decodeClaims, tamper, TEST_AUDIENCE, TEST_ISSUER, unsignedToken } from './fixtures/identity-fixture';

let stack: FixtureStack;

beforeAll(async () => {
  stack = await startFixtureStack();
});

afterAll(async () => {
  await stack.stop();
});

const WHOAMI = 'query WhoAmI { whoami { requestId tenantId userId permissions operationName } }';

describe('anonymous callers', () => {
  it('get public fields', async () => {
    const result = await query(stack.gateway.url, '{ hello }');
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ data: { hello: 'hello, world' } });
  });

  it('may call public mutations such as signUp', async () => {
    const result = await query(stack.gateway.url, 'mutation { signUp(email: "a@example.test") }');
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ signUp: 'welcome a@example.test' });
  });

  it('are refused tenant fields with 401 UNAUTHENTICATED before any subgraph is called', async () => {
    const before = stack.alpha.receivedHeaders.length;
    const result = await query(stack.gateway.url, WHOAMI);
    expect(result.status).toBe(401);
    expect(result.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(result.body.data).toBeUndefined();
    expect(stack.alpha.receivedHeaders.length).toBe(before);
  });

  it('are refused permission-guarded mutations with 401', async () => {
    const result = await query(stack.gateway.url, 'mutation { writeNote(text: "x") { id } }');
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('signed-in callers', () => {
  it('reach subgraphs with a signed context carrying the token’s tenant, user and permissions', async () => {
    const tenantId = randomUUID();
    const userId = randomUUID();
    const token = await stack.identity.token({ sub: userId, tid: tenantId, perms: ['crm.company:read'] });
    const result = await query(stack.gateway.url, WHOAMI, {
      token,
      headers: { 'x-request-id': 'req-test-0001' },
    });
    expect(result.status).toBe(200);
    expect(result.body.data?.whoami).toEqual({
      requestId: 'req-test-0001',
      tenantId,
      userId,
      permissions: ['crm.company:read'],
      operationName: 'WhoAmI',
    });
    expect(result.headers.get('x-request-id')).toBe('req-test-0001');
    const signedAt = stack.alpha.accepted.at(-1)?.issuedAt ?? 0;
    expect(Math.abs(Date.now() - signedAt)).toBeLessThan(5_000);
  });

  it('sign every subgraph fetch of a federated query, entity fetches included', async () => {
    const tenantId = randomUUID();
    const token = await stack.identity.token({ tid: tenantId, perms: ['erp.invoice:read'] });
    const result = await query(stack.gateway.url, '{ notes { id text audit } betaTenant }', { token });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({
      notes: [
        {
          id: `note-of-${tenantId}`,
          text: 'first',
          audit: `beta saw note-of-${tenantId} for tenant ${tenantId}`,
        },
      ],
      betaTenant: tenantId,
    });
  });

  it('without the permission a field demands get it null with FORBIDDEN at its path; 403 when nothing remains', async () => {
    const token = await stack.identity.token({ perms: ['crm.company:write'] });
    const partial = await query(stack.gateway.url, '{ hello secretCount }', { token });
    expect(partial.status).toBe(200);
    expect(partial.body.data).toEqual({ hello: 'hello, world', secretCount: null });
    expect(partial.body.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([
      ['FORBIDDEN', ['secretCount']],
    ]);
    expect(partial.body.errors?.[0].message).toContain('crm.company:read');

    const before = stack.alpha.receivedHeaders.length;
    const result = await query(stack.gateway.url, '{ secretCount }', { token });
    expect(result.status).toBe(403);
    expect(result.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(result.body.errors?.[0].message).toContain('crm.company:read');
    expect(stack.alpha.receivedHeaders.length).toBe(before);
  });

  it('with the permission get the guarded field and mutation', async () => {
    const token = await stack.identity.token({ perms: ['crm.company:read', 'crm.company:write'] });
    const read = await query(stack.gateway.url, '{ secretCount }', { token });
    expect(read.body).toEqual({ data: { secretCount: 42 } });
    const write = await query(stack.gateway.url, 'mutation { writeNote(text: "hi") { id text } }', { token });
    expect(write.body).toEqual({ data: { writeNote: { id: 'new-note', text: 'hi' } } });
  });

  it('without a current tenant get 403 on tenant fields but keep public ones', async () => {
    const token = await stack.identity.token({ tid: null });
    const tenantField = await query(stack.gateway.url, WHOAMI, { token });
    expect(tenantField.status).toBe(403);
    expect(tenantField.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const publicField = await query(stack.gateway.url, '{ hello }', { token });
    expect(publicField.body).toEqual({ data: { hello: 'hello, world' } });
  });
});

describe('client-sent identity headers', () => {
  it('are ignored: the tenant comes from the token only', async () => {
    const tenantId = randomUUID();
    const token = await stack.identity.token({ tid: tenantId });
    const forged = signedHeaders({
      audience: 'alpha',
      tenantId: randomUUID(),
      permissions: ['identity.tenant:manage'],
    }).forBody('{}');
    const result = await query(stack.gateway.url, WHOAMI, {
      token,
      headers: { ...forged, 'x-tenant-id': randomUUID(), 'x-user-id': randomUUID() },
    });
    expect(result.status).toBe(200);
    expect((result.body.data?.whoami as { tenantId: string }).tenantId).toBe(tenantId);
    expect((result.body.data?.whoami as { permissions: string[] }).permissions).toEqual([]);
  });

  it('never make an anonymous caller a tenant member, and are not forwarded', async () => {
    const forged = signedHeaders({ audience: 'alpha', tenantId: randomUUID(), userId: randomUUID() }).forBody(
      '{}',
    );
    const headers = { ...forged, 'x-tenant-id': randomUUID(), cookie: 'session=abc' };
    const refused = await query(stack.gateway.url, WHOAMI, { headers });
    expect(refused.status).toBe(401);

    const before = stack.alpha.receivedHeaders.length;
    const allowed = await query(stack.gateway.url, '{ hello }', { headers });
    expect(allowed.body.data).toEqual({ hello: 'hello, world' });
    const received = stack.alpha.receivedHeaders.slice(before);
    expect(received).toHaveLength(1);
    expect(Object.keys(received[0])).not.toEqual(expect.arrayContaining(['x-tenant-id']));
    expect(received[0].cookie).toBeUndefined();
    expect(received[0].authorization).toBeUndefined();
    expect(received[0]['x-nexora-context']).not.toBe(forged['x-nexora-context']);
    expect(stack.alpha.accepted.at(-1)?.tenantId).toBeNull();
  });
});

describe('invalid tokens are refused with 401 before planning', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const cases: Array<[string, () => Promise<string>]> = [
    ['tampered claims', async () => tamper(await stack.identity.token(), { tid: randomUUID() })],
    ['expired', async () => stack.identity.token({ iat: now() - 20 * 60, exp: now() - 5 * 60 })],
    ['signed by an unpublished key', async () => stack.identity.token({ foreignKey: true })],
    ['wrong issuer', async () => stack.identity.token({ issuer: 'someone-else' })],
    ['wrong audience', async () => stack.identity.token({ audience: 'another-api' })],
    [
      'issued for longer than 15 minutes',
      async () => stack.identity.token({ exp: now() + 24 * 60 * 60, iat: now() - 60 * 60 }),
    ],
    [
      'alg none',
      async () => {
        const claims = decodeClaims(await stack.identity.token());
        return unsignedToken({ alg: 'none', kid: stack.identity.kid }, claims);
      },
    ],
    [
      'HS256 instead of ES256',
      async () =>
        new SignJWT({ tid: randomUUID(), perms: [] })
          .setProtectedHeader({ alg: 'HS256', kid: stack.identity.kid })
          .setIssuer(TEST_ISSUER)
          .setAudience(TEST_AUDIENCE)
          .setSubject(randomUUID())
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(new TextEncoder().encode('a-secret-anyone-could-guess-0123456789')),
    ],
    ['a subject that is not a user id', async () => stack.identity.token({ sub: 'admin' })],
    ['garbage', async () => 'not.a.jwt'],
  ];

  it.each(cases)('%s', async (_name, makeToken) => {
    const before = stack.alpha.receivedHeaders.length + stack.beta.receivedHeaders.length;
    const result = await query(stack.gateway.url, '{ hello }', { token: await makeToken() });
    expect(result.status).toBe(401);
    expect(result.body).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(result.headers.get('www-authenticate')).toContain('invalid_token');
    expect(stack.alpha.receivedHeaders.length + stack.beta.receivedHeaders.length).toBe(before);
  });

  it('also refuses an Authorization header that is not a bearer token', async () => {
    const result = await query(stack.gateway.url, '{ hello }', {
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('request logs', () => {
  it('write one JSON line per request with request id, tenant, operation, duration and error codes', async () => {
    const tenantId = randomUUID();
    const token = await stack.identity.token({ tid: tenantId });
    await query(stack.gateway.url, 'query Secret { secretCount }', {
      token,
      headers: { 'x-request-id': 'req-log-0001' },
    });
    await query(stack.gateway.url, '{ hello }', {
      token: 'bad.token.here',
      headers: { 'x-request-id': 'req-log-0002' },
    });
    // The line is written when the response closes, which can trail the client's read by a tick.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const forbidden = stack.logs.find((line) => line.requestId === 'req-log-0001');
    expect(forbidden).toMatchObject({
      tenantId,
      operationName: 'Secret',
      status: 403,
      errorCodes: ['FORBIDDEN'],
    });
    expect(typeof forbidden?.durationMs).toBe('number');
    const rejected = stack.logs.find((line) => line.requestId === 'req-log-0002');
    expect(rejected).toMatchObject({ tenantId: null, status: 401, errorCodes: ['UNAUTHENTICATED'] });
    expect(JSON.stringify(stack.logs)).not.toContain(token);
  });

  it('replace an unsafe client request id with a generated one', async () => {
    const result = await query(stack.gateway.url, '{ hello }', {
      headers: { 'x-request-id': 'bad id\twith "quotes"' },
    });
    expect(result.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
