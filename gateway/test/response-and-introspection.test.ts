import { getIntrospectionQuery } from 'graphql';
import { query, startFixtureStack, type FixtureStack } from './fixtures/fixture-stack';

describe('response size caps', () => {
  let stack: FixtureStack;
  beforeAll(async () => {
    stack = await startFixtureStack({ maxResponseBytes: 2_000, introspection: true });
  });
  afterAll(() => stack.stop());

  it('answer RESPONSE_TOO_LARGE (400) instead of a gateway answer above the cap', async () => {
    const result = await query(stack.gateway.url, getIntrospectionQuery());
    expect({ status: result.status, code: result.body.errors?.[0]?.extensions?.code }).toEqual({
      status: 400,
      code: 'RESPONSE_TOO_LARGE',
    });
    expect(result.text.length).toBeLessThan(500);
    expect((await query(stack.gateway.url, '{ hello }')).body).toEqual({ data: { hello: 'hello, world' } });
  });

  it('stop reading a subgraph answer above the cap', async () => {
    const perms = Array.from({ length: 100 }, (_, i) => `crm.permission-with-a-long-name-${i}:read`);
    const token = await stack.identity.token({ perms });
    const result = await query(stack.gateway.url, '{ whoami { permissions } }', { token });
    // The field is nullable: the rest of the response (here nothing) is still answered, with 200.
    expect(result.body.data).toEqual({ whoami: null });
    expect(result.body.errors?.map((error) => error.extensions?.code)).toEqual(['RESPONSE_TOO_LARGE']);
  });
});

describe('the introspection switch', () => {
  it('true: anonymous callers may introspect', async () => {
    const stack = await startFixtureStack({ introspection: true });
    try {
      const result = await query(stack.gateway.url, '{ __schema { queryType { name } } }');
      expect(result.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    } finally {
      await stack.stop();
    }
  });

  it('false: nobody may, signed in or not', async () => {
    const stack = await startFixtureStack({ introspection: false });
    try {
      const token = await stack.identity.token();
      const result = await query(stack.gateway.url, '{ __schema { queryType { name } } }', { token });
      expect({ status: result.status, code: result.body.errors?.[0]?.extensions?.code }).toEqual({
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
      });
      expect((await query(stack.gateway.url, '{ __typename }')).body).toEqual({
        data: { __typename: 'Query' },
      });
    } finally {
      await stack.stop();
    }
  });
});
