import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { operationLimitsRule, type OperationLimits } from './operation-limits';

const schema = buildSchema(`
  type Company { id: ID! name: String! parent: Company }
  type Query { company(id: ID!): Company companies: [Company!]! }
`);

const limits: OperationLimits = { maxDepth: 4, maxAliases: 3, maxFields: 20 };

function errorsFor(query: string): string[] {
  return validate(schema, parse(query), [...specifiedRules, operationLimitsRule(limits)]).map(
    (e) => e.message,
  );
}

describe('operation limits', () => {
  it('accepts an ordinary operation', () => {
    expect(errorsFor('{ companies { id name parent { name } } }')).toEqual([]);
  });

  it('refuses nesting deeper than the limit', () => {
    expect(errorsFor('query Deep { company(id: 1) { parent { parent { parent { id } } } } }')).toEqual([
      'Operation "Deep" nests fields deeper than 4 levels; split it into smaller requests.',
    ]);
  });

  it('refuses too many aliases, even when hidden in a fragment spread several times', () => {
    const fragment = 'fragment Two on Query { a: companies { id } b: companies { id } }';
    expect(errorsFor(`{ ...Two ...Two } ${fragment}`)).toEqual([
      'The operation uses more than 3 aliases; split it into smaller requests.',
    ]);
    expect(errorsFor(`{ ...Two } ${fragment}`)).toEqual([]);
  });

  it('counts fields with fragments expanded where they are used', () => {
    const fragment = 'fragment F on Company { id name parent { id name } }';
    // 1 + 5 fields per spread: four spreads are 21 fields.
    const four = `{ companies { ...F ...F ...F ...F } } ${fragment}`;
    expect(errorsFor(four)).toEqual([
      'The operation selects more than 20 fields; split it into smaller requests.',
    ]);
    expect(errorsFor(`{ companies { ...F ...F ...F } } ${fragment}`)).toEqual([]);
  });

  it('leaves introspection to the introspection switch', () => {
    expect(errorsFor(getIntrospectionQuery())).toEqual([]);
  });

  it('does not loop on fragment cycles (graphql-js reports them)', () => {
    const errors = errorsFor('{ companies { ...A } } fragment A on Company { parent { ...A } }');
    expect(errors).toEqual([expect.stringContaining('Cannot spread fragment "A" within itself')]);
  });
});
