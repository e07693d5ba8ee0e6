import { query, startFixtureStack, type FixtureStack } from './fixtures/fixture-stack';

let stack: FixtureStack;

beforeAll(async () => {
  stack = await startFixtureStack();
});

afterAll(async () => {
  await stack.stop();
});

const codesAndPaths = (body: {
  errors?: Array<{ path?: unknown[]; extensions?: Record<string, unknown> }>;
}) => (body.errors ?? []).map((error) => [error.extensions?.code, error.path]);

describe('a field the caller may not have is removed before planning', () => {
  it('answers the rest, with null and a FORBIDDEN error naming the field and the permission at its path', async () => {
    const token = await stack.identity.token({ perms: [] });
    const result = await query(stack.gateway.url, '{ hello count: secretCount }', { token });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      data: { hello: 'hello, world', count: null },
      errors: [
        {
          message: 'Query.secretCount requires the "crm.company:read" permission.',
          path: ['count'],
          extensions: {
            code: 'FORBIDDEN',
            field: 'Query.secretCount',
            missingPermissions: ['crm.company:read'],
          },
        },
      ],
    });
  });

  it('the subgraph owning a removed field is never called for it', async () => {
    const before = stack.beta.accepted.length;
    const refused = await query(stack.gateway.url, '{ notes { id audit } }', {
      token: await stack.identity.token({ perms: [] }),
    });
    expect(refused.body.data).toEqual({ notes: [{ id: expect.any(String), audit: null }] });
    expect(codesAndPaths(refused.body)).toEqual([['FORBIDDEN', ['notes', 0, 'audit']]]);
    expect(stack.beta.accepted.length).toBe(before);

    // The same document with the permission reaches beta, so the count above means something.
    const allowed = await query(stack.gateway.url, '{ notes { id audit } }', {
      token: await stack.identity.token({ perms: ['erp.invoice:read'] }),
    });
    expect(allowed.body.errors).toBeUndefined();
    expect((allowed.body.data?.notes as Array<{ audit: string }>)[0].audit).toMatch(/^beta saw note-of-/);
    expect(stack.beta.accepted.length).toBe(before + 1);
  });

  it('a mutation field needing a write permission: the other mutation runs, that one is null with its path', async () => {
    const token = await stack.identity.token({ perms: ['crm.company:read'] });
    const result = await query(
      stack.gateway.url,
      'mutation { signUp(email: "a@example.com") note: writeNote(text: "x") { id } }',
      { token },
    );
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ signUp: 'welcome a@example.com', note: null });
    expect(codesAndPaths(result.body)).toEqual([['FORBIDDEN', ['note']]]);
    expect(result.body.errors?.[0].message).toContain('"crm.company:write"');
  });

  it('aliases, variables and @include: one error per requested occurrence', async () => {
    const token = await stack.identity.token({ perms: [] });
    const document = 'query($a: Boolean!) { hello x: secretCount @include(if: $a) y: secretCount }';
    const both = await query(stack.gateway.url, document, { token, variables: { a: true } });
    expect(both.body.data).toEqual({ hello: 'hello, world', x: null, y: null });
    expect(codesAndPaths(both.body)).toEqual([
      ['FORBIDDEN', ['x']],
      ['FORBIDDEN', ['y']],
    ]);
    const one = await query(stack.gateway.url, document, { token, variables: { a: false } });
    expect(one.body.data).toEqual({ hello: 'hello, world', y: null });
    expect(codesAndPaths(one.body)).toEqual([['FORBIDDEN', ['y']]]);
  });

  it('a signed-in user without a tenant loses the tenant fields, keeps the public ones', async () => {
    const token = await stack.identity.token({ tid: null });
    const result = await query(stack.gateway.url, '{ hello whoami { tenantId } }', { token });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ hello: 'hello, world', whoami: null });
    expect(codesAndPaths(result.body)).toEqual([['FORBIDDEN', ['whoami']]]);
  });

  it('plans stay per rewrite: a permitted caller after a refused one (and back) gets its own answer', async () => {
    const document = '{ notes { id audit } }';
    const refused = await stack.identity.token({ perms: [] });
    const permitted = await stack.identity.token({ perms: ['erp.invoice:read'] });
    for (const token of [refused, permitted, refused, permitted]) {
      const result = await query(stack.gateway.url, document, { token });
      const [note] = result.body.data?.notes as Array<{ audit: string | null }>;
      if (token === refused) {
        expect(note.audit).toBeNull();
        expect(codesAndPaths(result.body)).toEqual([['FORBIDDEN', ['notes', 0, 'audit']]]);
      } else {
        expect(note.audit).toMatch(/^beta saw/);
        expect(result.body.errors).toBeUndefined();
      }
    }
  });
});

describe('refused whole, as before', () => {
  it('403 when every root field is forbidden (a bare __typename does not count), with the path', async () => {
    const token = await stack.identity.token({ perms: [] });
    for (const document of ['{ secretCount }', '{ __typename secretCount }']) {
      const result = await query(stack.gateway.url, document, { token });
      expect(result.status).toBe(403);
      expect(result.body.data ?? null).toBeNull();
      expect(codesAndPaths(result.body)).toEqual([['FORBIDDEN', ['secretCount']]]);
    }
  });

  it('401 for a caller who is not signed in, even when public fields could be answered', async () => {
    for (const document of ['{ hello whoami { tenantId } }', '{ hello secretCount }']) {
      const result = await query(stack.gateway.url, document);
      expect(result.status).toBe(401);
      expect(codesAndPaths(result.body)).toEqual([['UNAUTHENTICATED', undefined]]);
    }
  });
});
