import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate, visit } from 'graphql';
import { DEFAULT_OPERATION_LIMITS, operationLimitsRule, type OperationLimits } from './operation-limits';
import { costOverLimit, introspectionAllowance } from './operation-cost-plugin';
import { measureOperation } from './operation-measure';

const schema = buildSchema(`
  type Company { id: ID! name: String! parent: Company tags: [String!]! invoices(first: Int = 20): InvoiceConnection! }
  type Invoice { id: ID! number: String! customer: Company! lines: [Line!]! }
  type Line { description: String! }
  type InvoiceEdge { cursor: String! node: Invoice! }
  type InvoiceConnection { totalCount: Int! edges: [InvoiceEdge!]! }
  type Query {
    company(id: ID!): Company
    companies: [Company!]!
    invoices(first: Int = 20, after: String): InvoiceConnection!
  }
  type Mutation { login(email: String!): Boolean }
`);

const limits: OperationLimits = {
  ...DEFAULT_OPERATION_LIMITS,
  maxDepth: 4,
  maxAliases: 3,
  maxFields: 20,
  maxRootFields: 4,
  maxMutationRootFields: 1,
};

function errorsFor(query: string, rules = limits): string[] {
  return validate(schema, parse(query), [...specifiedRules, operationLimitsRule(rules)]).map(
    (e) => e.message,
  );
}

function measure(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
  if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
  return measureOperation(schema, document, operation, { variables, defaultListSize: 10 });
}

/** Every selection node in the document: the walk must never look at more. */
function selectionNodes(query: string): number {
  let count = 0;
  const count1 = () => {
    count += 1;
  };
  visit(parse(query), { Field: count1, InlineFragment: count1, FragmentSpread: count1 });
  return count;
}

/** `F0` spreads `F1` twice, which spreads `F2` twice... 2^depth paths through a small document. */
function doublingFragments(depth: number, on = 'Query', field = '__typename'): string {
  const fragments = Array.from(
    { length: depth },
    (_, i) => `fragment F${i} on ${on} { ${field} ...F${i + 1} ...F${i + 1} }`,
  );
  return `${fragments.join('\n')}\nfragment F${depth} on ${on} { ${field} }`;
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

  it('counts introspection and __typename fields like any other', () => {
    expect(measure('{ __typename companies { __typename id } }').fields).toBe(4);
    expect(
      errorsFor('{ __schema { types { name fields { name type { name ofType { name } } } } } }'),
    ).toEqual(['The operation nests fields deeper than 4 levels; split it into smaller requests.']);
  });

  it('refuses a second __schema, however it is spelled', () => {
    const twice = '{ a: __schema { queryType { name } } b: __schema { queryType { name } } }';
    expect(errorsFor(twice, { ...limits, maxAliases: 10 })).toEqual([
      'The operation selects __schema more than once; split it into smaller requests.',
    ]);
    const viaFragment = '{ ...S ...S } fragment S on Query { __schema { queryType { name } } }';
    expect(errorsFor(viaFragment)).toEqual([expect.stringContaining('selects __schema more than once')]);
  });

  it('accepts the standard introspection query with the default limits', () => {
    expect(errorsFor(getIntrospectionQuery(), DEFAULT_OPERATION_LIMITS)).toEqual([]);
    expect(measure(getIntrospectionQuery()).cost).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxCost);
  });

  it('bounds introspection by what the whole schema costs, and data by the ceiling', () => {
    // A data ceiling below what introspecting this schema costs: introspection has its own allowance.
    const tight = { maxCost: 50, defaultListSize: 10 };
    const standard = measure(getIntrospectionQuery());
    expect(standard.introspectionCost).toBe(standard.cost);
    expect(standard.cost).toBeGreaterThan(tight.maxCost);
    expect(costOverLimit(schema, standard, tight)).toBeNull();
    const allowance = introspectionAllowance(schema, tight);
    expect(allowance).toBeGreaterThanOrEqual(standard.cost);

    // Its lists aliased (the standard query's `types` asked twice) pass the allowance.
    const amplified = measure(
      getIntrospectionQuery().replace('types {', 'again: types { ...FullType } types {'),
    );
    expect(amplified.introspectionCost).toBeGreaterThan(allowance);
    expect(costOverLimit(schema, amplified, tight)).toEqual({
      cost: amplified.introspectionCost,
      maxCost: allowance,
    });

    // Data is held to the ceiling even next to a cheap introspection.
    const data = measure(
      '{ __schema { queryType { name } } invoices(first: 20) { edges { node { number } } } }',
    );
    expect(data.cost - data.introspectionCost).toBeGreaterThan(tight.maxCost);
    expect(costOverLimit(schema, data, tight)).toMatchObject({ maxCost: tight.maxCost });
  });

  it('limits root fields, more tightly for mutations', () => {
    expect(errorsFor('{ a: company(id: 1) { id } b: company(id: 2) { id } c: companies { id } }')).toEqual(
      [],
    );
    expect(
      errorsFor(
        '{ __typename a: company(id: 1) { id } b: company(id: 2) { id } c: companies { id } companies { id } }',
      ),
    ).toEqual(['The operation selects more than 4 root fields; split it into smaller requests.']);
    expect(errorsFor('mutation { a: login(email: "x") b: login(email: "y") }')).toEqual([
      'The operation selects more than 1 root mutation fields; split it into smaller requests.',
    ]);
  });

  it('does not loop on fragment cycles (graphql-js reports them)', () => {
    const errors = errorsFor('{ companies { ...A } } fragment A on Company { parent { ...A } }');
    expect(errors).toEqual([expect.stringContaining('Cannot spread fragment "A" within itself')]);
  });
});

describe('the measurement is linear in the document', () => {
  it('looks at each selection of forty doubling fragments once, and still sees 2^41 fields', () => {
    const query = `query { ...F0 }\n${doublingFragments(40)}`;
    const figures = measure(query);
    expect(figures.visited).toBeLessThanOrEqual(selectionNodes(query));
    expect(figures.fields).toBe(2 ** 41 - 1);
    expect(errorsFor(query, DEFAULT_OPERATION_LIMITS)).toEqual([
      'The operation selects more than 1000 fields; split it into smaller requests.',
    ]);
  });

  it('stays linear with inline fragments and fragments on real fields', () => {
    const inline = `{ companies { ...F0 } }\n${doublingFragments(30, 'Company', '... on Company { id parent { name } }')}`;
    const figures = measure(inline);
    expect(figures.visited).toBeLessThanOrEqual(selectionNodes(inline));
    expect(figures.fields).toBeGreaterThan(1_000_000);
  });

  it('stops at the first limit passed, having looked at no more than the document', () => {
    const query = `query { ...F0 }\n${doublingFragments(60)}`;
    const document = parse(query);
    const operation = document.definitions[0];
    if (operation.kind !== 'OperationDefinition') throw new Error('no operation');
    const figures = measureOperation(schema, document, operation, {
      stopAt: { depth: 12, aliases: 30, fields: 1_000 },
    });
    expect(figures.stoppedAt).toBe('fields');
    expect(figures.visited).toBeLessThanOrEqual(selectionNodes(query));
  });
});

describe('the cost estimate', () => {
  it('weights lists by their first argument, multiplied through nesting', () => {
    // invoices: 1 + 100 × (edges 1 + node 1 + number 1 + customer 1 + name 1) = 501
    expect(measure('{ invoices(first: 100) { edges { node { number customer { name } } } } }').cost).toBe(
      501,
    );
    const nested = `{ invoices(first: 100) { edges { node { customer { invoices(first: 100) { edges { node {
      customer { invoices(first: 100) { edges { node { number } } } } } } } } } } } }`;
    expect(measure(nested).cost).toBeGreaterThan(1_000_000);
  });

  it('reads page sizes from variables, their defaults and the schema defaults', () => {
    const query = 'query ($n: Int = 5) { invoices(first: $n) { edges { node { number } } } }';
    expect(measure(query).cost).toBe(1 + 5 * 3);
    expect(measure(query, { n: 50 }).cost).toBe(1 + 50 * 3);
    expect(measure('{ invoices { totalCount } }').cost).toBe(1 + 20);
  });

  it('gives lists no argument bounds the default list size, and multiplies aliases', () => {
    expect(measure('{ companies { id } }').cost).toBe(1 + 10);
    expect(measure('{ a: companies { id } b: companies { id } }').cost).toBe(22);
    expect(measure('{ companies { tags } }').cost).toBe(11);
  });
});
