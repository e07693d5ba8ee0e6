import { buildSchema, type GraphQLCompositeType } from 'graphql';
import { AccessRuleMap } from '../src';
import { query, startFixtureStack, type FixtureStack } from './fixtures/fixture-stack';

let stack: FixtureStack;

beforeAll(async () => {
  stack = await startFixtureStack();
});

afterAll(async () => {
  await stack.stop();
});

describe('directive checks walk everything the operation selects', () => {
  it('find a tenant field hidden in a fragment spread', async () => {
    const result = await query(
      stack.gateway.url,
      '{ hello ...Me } fragment Me on Query { whoami { tenantId } }',
    );
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('find it through nested fragments and inline fragments', async () => {
    const document = `
      query Nested { ...Outer }
      fragment Outer on Query { hello ... on Query { ...Inner } }
      fragment Inner on Query { ... { notes { id } } }
    `;
    const result = await query(stack.gateway.url, document);
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('find a permission-guarded field in a fragment on an entity type (removed, the rest answered)', async () => {
    const token = await stack.identity.token({ perms: [] });
    const result = await query(
      stack.gateway.url,
      '{ notes { id ...Audit } } fragment Audit on Note { audit }',
      { token },
    );
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ notes: [{ id: expect.any(String), audit: null }] });
    expect(result.body.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([
      ['FORBIDDEN', ['notes', 0, 'audit']],
    ]);
    expect(result.body.errors?.[0].message).toContain('erp.invoice:read');
  });

  it('find protected root fields of mutations behind fragments', async () => {
    const token = await stack.identity.token({ perms: ['crm.company:read'] });
    const result = await query(
      stack.gateway.url,
      'mutation { ...W } fragment W on Mutation { writeNote(text: "x") { id } }',
      { token },
    );
    expect(result.status).toBe(403);
    expect(result.body.errors?.[0].message).toContain('crm.company:write');
  });

  it('count only fields that are requested: a skipped protected field does not count', async () => {
    const document = 'query Maybe($me: Boolean!) { hello whoami @include(if: $me) { tenantId } }';
    const skipped = await query(stack.gateway.url, document, { variables: { me: false } });
    expect(skipped.status).toBe(200);
    expect(skipped.body.data).toEqual({ hello: 'hello, world' });
    const included = await query(stack.gateway.url, document, { variables: { me: true } });
    expect(included.status).toBe(401);
  });

  it('ignore fragments only another operation of the document uses', async () => {
    const document = `
      query Public { hello }
      query Private { ...Me }
      fragment Me on Query { whoami { tenantId } }
    `;
    const publicOne = await query(stack.gateway.url, document, { operationName: 'Public' });
    expect(publicOne.body).toEqual({ data: { hello: 'hello, world' } });
    const privateOne = await query(stack.gateway.url, document, { operationName: 'Private' });
    expect(privateOne.status).toBe(401);
  });

  it('leave introspection open to signed-in callers so they can generate typed queries', async () => {
    const document = '{ __schema { queryType { name } } __type(name: "Note") { fields { name } } }';
    const anonymous = await query(stack.gateway.url, document);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data).toBeUndefined();
    const hidden = await query(
      stack.gateway.url,
      '{ ...I } fragment I on Query { __type(name: "Note") { name } }',
    );
    expect(hidden.status).toBe(401);
    // __typename is not introspection: anonymous callers keep it.
    expect((await query(stack.gateway.url, '{ __typename hello }')).body.data).toEqual({
      __typename: 'Query',
      hello: 'hello, world',
    });

    const token = await stack.identity.token({ perms: [] });
    const result = await query(stack.gateway.url, document, { token });
    expect(result.status).toBe(200);
    expect(result.body.data?.__schema).toEqual({ queryType: { name: 'Query' } });
    expect(
      (result.body.data?.__type as { fields: Array<{ name: string }> }).fields.map((field) => field.name),
    ).toEqual(['id', 'text', 'audit']);
  });

  it('keep Apollo’s CSRF prevention: a simple GET without a preflight header is refused', async () => {
    const refused = await fetch(`${stack.gateway.url}?query=${encodeURIComponent('{ hello }')}`);
    expect(refused.status).toBe(400);
    const allowed = await fetch(`${stack.gateway.url}?query=${encodeURIComponent('{ hello }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await allowed.json()).toEqual({ data: { hello: 'hello, world' } });
  });

  it('answer unknown fields with a validation error, not an access decision', async () => {
    const result = await query(stack.gateway.url, '{ nope }');
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('AccessRuleMap', () => {
  const sdl = `
    schema @link(url: "https://nexora.dev/tenancy/v1.0", import: ["@tenantScoped", "@requiresPermission"]) { query: Query }
    directive @link(url: String, import: [String]) repeatable on SCHEMA
    directive @tenantScoped on OBJECT | FIELD_DEFINITION
    directive @requiresPermission(permission: String!) on OBJECT | FIELD_DEFINITION
    interface Party { name: String owner: String @tenantScoped }
    type Company implements Party @tenantScoped { name: String owner: String budget: Int @requiresPermission(permission: "crm.company:read") }
    type Person implements Party { name: String owner: String }
    type Query { party: Party hello: String }
  `;
  const schema = buildSchema(sdl);
  const rules = AccessRuleMap.fromSupergraph(sdl);
  const type = (name: string) => schema.getType(name) as GraphQLCompositeType;

  it('merges type and field directives on object types', () => {
    expect(rules.ruleFor(schema, type('Company'), 'budget')).toEqual({
      tenant: true,
      permissions: ['crm.company:read'],
    });
    expect(rules.ruleFor(schema, type('Company'), 'name')).toEqual({ tenant: true, permissions: [] });
    expect(rules.ruleFor(schema, type('Query'), 'hello')).toEqual({ tenant: false, permissions: [] });
    expect(rules.linksTenancy).toBe(true);
  });

  it('on an interface demands what every implementation demands, plus its own field rule', () => {
    expect(rules.ruleFor(schema, type('Party'), 'name')).toEqual({ tenant: false, permissions: [] });
    expect(rules.ruleFor(schema, type('Party'), 'owner')).toEqual({ tenant: true, permissions: [] });
  });

  it('refuses a supergraph that renames the tenancy directives', () => {
    const renamed = sdl.replace('"@tenantScoped",', '{ name: "@tenantScoped", as: "@mine" },');
    expect(() => AccessRuleMap.fromSupergraph(renamed)).toThrow(/other names/);
  });
});
