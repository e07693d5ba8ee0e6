import { buildSchema, Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { requestedFields, type RequestedField } from './requested-fields';
import { conditionVariables, RequestedFieldsCache } from './requested-fields-cache';

const SDL = `
  type Query { hello: String, secret: Int, note(id: ID!): Note }
  type Note { id: ID!, text: String, audit: String }
`;

function operationOf(source: string, name?: string): OperationDefinitionNode {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (name === undefined || definition.name?.value === name),
  );
  if (!operation) throw new Error('no operation');
  return operation;
}

const coordinates = (fields: readonly RequestedField[]) =>
  fields.map(({ parentType, fieldName }) => `${parentType.name}.${fieldName}`).sort();

/** What the cache answers, and what a fresh walk answers, for the same request. */
function both(
  cache: RequestedFieldsCache,
  schema: GraphQLSchema,
  source: string,
  variables: Record<string, unknown> = {},
  name?: string,
) {
  const document = parse(source);
  const operation = operationOf(source, name);
  return {
    cached: coordinates(cache.fieldsOf(schema, source, document, operation, variables)),
    walked: [...new Set(coordinates(requestedFields(schema, document, operation, variables)))],
  };
}

describe('RequestedFieldsCache', () => {
  const schema = buildSchema(SDL);

  it('answers a repeated document from the cache with what a walk gives', () => {
    const cache = new RequestedFieldsCache();
    const source = '{ hello note(id: "1") { id text } }';
    const document = parse(source);
    const first = cache.fieldsOf(schema, source, document, operationOf(source), {});
    const again = cache.fieldsOf(schema, source, parse(source), operationOf(source), {});
    expect(again).toBe(first);
    expect(coordinates(first)).toEqual(['Note.id', 'Note.text', 'Query.hello', 'Query.note']);
  });

  it('keys on the @skip/@include variables: each value gets its own answer', () => {
    const cache = new RequestedFieldsCache();
    const source =
      'query Q($hide: Boolean!, $id: ID!) { hello secret @skip(if: $hide) note(id: $id) { id } }';
    for (const [hide, id] of [
      [true, '1'],
      [false, '2'],
      [true, '3'],
      [false, '4'],
    ] as const) {
      const { cached, walked } = both(cache, schema, source, { hide, id });
      expect(cached).toEqual(walked);
      expect(cached.includes('Query.secret')).toBe(!hide);
    }
  });

  it('counts every conditional field when the variables cannot be coerced (fail closed)', () => {
    const cache = new RequestedFieldsCache();
    const source = 'query Q($hide: Boolean!) { hello secret @skip(if: $hide) }';
    expect(both(cache, schema, source, { hide: true }).cached).toEqual(['Query.hello']);
    const invalid = both(cache, schema, source, { hide: 'yes' });
    expect(invalid.cached).toEqual(invalid.walked);
    expect(invalid.cached).toEqual(['Query.hello', 'Query.secret']);
    const missing = both(cache, schema, source, {});
    expect(missing.cached).toEqual(['Query.hello', 'Query.secret']);
  });

  it('keeps operations of one document apart', () => {
    const cache = new RequestedFieldsCache();
    const source = 'query A { hello } query B { secret }';
    expect(both(cache, schema, source, {}, 'A').cached).toEqual(['Query.hello']);
    expect(both(cache, schema, source, {}, 'B').cached).toEqual(['Query.secret']);
  });

  it('starts afresh for a new schema (a supergraph update)', () => {
    const cache = new RequestedFieldsCache();
    const source = '{ note(id: "1") { audit } }';
    const first = both(cache, schema, source).cached;
    const next = buildSchema(SDL.replace('audit: String', 'audit: String, extra: Int'));
    const document = parse(source);
    const fields = cache.fieldsOf(next, source, document, operationOf(source), {});
    expect(coordinates(fields)).toEqual(first);
    expect(fields.every(({ parentType }) => next.getType(parentType.name) === parentType)).toBe(true);
  });

  it('walks documents over the size cap every time instead of keeping them', () => {
    const cache = new RequestedFieldsCache(10, 20);
    const source = '{ hello secret note(id: "1") { id } }';
    const document = parse(source);
    const first = cache.fieldsOf(schema, source, document, operationOf(source), {});
    expect(cache.fieldsOf(schema, source, document, operationOf(source), {})).not.toBe(first);
  });
});

describe('conditionVariables', () => {
  it('lists the variables @skip/@include read, in fragments too, and nothing else', () => {
    const document = parse(`
      query Q($a: Boolean!, $b: Boolean, $id: ID!) {
        hello @include(if: $a)
        note(id: $id) { ...N }
      }
      fragment N on Note { text @skip(if: $b) audit @skip(if: true) }
    `);
    expect(conditionVariables(document)).toEqual(['a', 'b']);
  });
});
