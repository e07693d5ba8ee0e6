import {
  buildSchema,
  executeSync,
  getOperationAST,
  GraphQLError,
  parse,
  print,
  validate,
  type ExecutionResult,
} from 'graphql';
import { nullsWholeResponse, removeForbiddenFields } from './forbidden-field-removal';
import { completeWithRemovedFields, type FieldRefusal } from './forbidden-field-results';

const schema = buildSchema(`
  interface Party { id: ID! name: String }
  type Money { amount: String! }
  type Person implements Party { id: ID! name: String salary: Int }
  type Company implements Party {
    id: ID!
    name: String
    secret: String
    budget: Int!
    balance: [Money!]!
    owner: Person
  }
  type CompanyEdge { node: Company! }
  type CompanyConnection { edges: [CompanyEdge!]! }
  type Query {
    hello: String
    company(id: ID!): Company
    companies: CompanyConnection!
    maybeCompanies: [Company]
    parties: [Party!]!
  }
  type Mutation { write: Company! tryWrite: Company ping: String }
`);

/** Data whose forbidden fields throw when resolved, so graphql-js itself shows what a refusal must look like. */
function rootValue(forbidden: readonly string[], calls: string[], size = 3) {
  const guarded = (coordinate: string, value: unknown) => () => {
    calls.push(coordinate);
    if (forbidden.includes(coordinate)) throw new GraphQLError(`${coordinate} is forbidden`);
    return value;
  };
  const company = (id: number) => ({
    __typename: 'Company',
    id: String(id),
    name: `Company ${id}`,
    secret: guarded('Company.secret', `secret ${id}`),
    budget: guarded('Company.budget', id * 100),
    balance: guarded('Company.balance', [{ amount: `${id}.00` }]),
    owner: guarded('Company.owner', {
      __typename: 'Person',
      id: `p${id}`,
      name: `Owner ${id}`,
      salary: guarded('Person.salary', 1),
    }),
  });
  const companies = Array.from({ length: size }, (_, index) => company(index + 1));
  const person = { __typename: 'Person', id: 'p0', name: 'Pat', salary: guarded('Person.salary', 10) };
  return {
    hello: 'hello',
    company: ({ id }: { id: string }) => company(Number(id)),
    companies: { edges: companies.map((node) => ({ node })) },
    maybeCompanies: companies,
    parties: [companies[0], person, companies[1]],
    write: guarded('Mutation.write', company(9)),
    tryWrite: guarded('Mutation.tryWrite', company(9)),
    ping: 'pong',
  };
}

const resolveType = { Party: (value: { __typename: string }) => value.__typename };

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null));
}

const refusals = (forbidden: readonly string[]) =>
  new Map<string, FieldRefusal>(
    forbidden.map((coordinate) => [
      coordinate,
      { message: `${coordinate} requires the "x:read" permission.`, missingPermissions: ['x:read'] },
    ]),
  );

/**
 * Runs `source` twice: as sent, with forbidden resolvers throwing (graphql-js's own null propagation
 * is the reference), and rewritten without the forbidden fields, then completed by the gateway's
 * function. Both must give the same data and errors at the same paths.
 */
function compare(source: string, forbidden: string[], variables: Record<string, unknown> = {}, size = 3) {
  const document = parse(source);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  const execute = (doc: typeof document, calls: string[]): ExecutionResult =>
    executeSync({
      schema,
      document: doc,
      rootValue: rootValue(forbidden, calls, size),
      variableValues: variables,
      typeResolver: (value) => resolveType.Party(value as { __typename: string }),
    });
  const reference = execute(document, []);
  const removal = removeForbiddenFields(schema, document, operation, new Set(forbidden));
  expect(validate(schema, removal.document)).toEqual([]);
  const calls: string[] = [];
  const rewritten = execute(removal.document, calls);
  expect(rewritten.errors ?? []).toEqual([]);
  const completed = completeWithRemovedFields(
    plain(rewritten.data) as Record<string, unknown>,
    removal.occurrences,
    refusals(forbidden),
  );
  return {
    removal,
    reference: { data: plain(reference.data), paths: (reference.errors ?? []).map((error) => error.path) },
    completed: { data: completed.data, paths: completed.errors.map((error) => error.path) },
    errors: completed.errors,
    /** Forbidden resolvers the rewritten operation called: none, or the subgraph would have been asked. */
    forbiddenCalls: calls.filter((coordinate) => forbidden.includes(coordinate)),
  };
}

describe('removeForbiddenFields + completeWithRemovedFields: the same answer graphql-js gives a refused field', () => {
  it('aliases: the error path uses the response key; the rest of the object stays', () => {
    const result = compare('{ hello c: company(id: 1) { n: name s: secret } }', ['Company.secret']);
    expect(result.completed).toEqual(result.reference);
    expect(result.completed).toEqual({
      data: { hello: 'hello', c: { n: 'Company 1', s: null } },
      paths: [['c', 's']],
    });
    expect(result.forbiddenCalls).toEqual([]);
    expect(result.errors[0]).toEqual({
      message: 'Company.secret requires the "x:read" permission.',
      path: ['c', 's'],
      extensions: { code: 'FORBIDDEN', field: 'Company.secret', missingPermissions: ['x:read'] },
    });
  });

  it('a named fragment spread in two places gives one error per place', () => {
    const result = compare(
      '{ a: company(id: 1) { ...C } b: company(id: 2) { ...C } } fragment C on Company { name secret }',
      ['Company.secret'],
    );
    expect(result.completed).toEqual(result.reference);
    expect(result.completed.paths).toEqual([
      ['a', 'secret'],
      ['b', 'secret'],
    ]);
  });

  it('inline fragments on an interface list: only the elements of that type get the null and an error', () => {
    const result = compare('{ parties { name ... on Company { secret } ... on Person { salary } } }', [
      'Company.secret',
    ]);
    expect(result.completed).toEqual(result.reference);
    expect(result.completed.data).toEqual({
      parties: [
        { name: 'Company 1', secret: null },
        { name: 'Pat', salary: 10 },
        { name: 'Company 2', secret: null },
      ],
    });
    expect(result.completed.paths).toEqual([
      ['parties', 0, 'secret'],
      ['parties', 2, 'secret'],
    ]);
  });

  it('lists: one error per element, with its index', () => {
    const result = compare('{ companies { edges { node { name secret } } } }', ['Company.secret']);
    expect(result.completed).toEqual(result.reference);
    expect(result.completed.paths).toEqual([0, 1, 2].map((n) => ['companies', 'edges', n, 'node', 'secret']));
  });

  it('non-null: a removed Int! nulls its nullable parent, and nothing else', () => {
    const result = compare('{ hello company(id: 1) { name budget } }', ['Company.budget']);
    expect(result.completed).toEqual(result.reference);
    expect(result.completed).toEqual({
      data: { hello: 'hello', company: null },
      paths: [['company', 'budget']],
    });
  });

  it('non-null: a removed [Money!]! nulls the company; through nullable list elements only that element', () => {
    const one = compare('{ company(id: 1) { name balance { amount } } }', ['Company.balance']);
    expect(one.completed).toEqual(one.reference);
    expect(one.completed.data).toEqual({ company: null });
    const list = compare('{ maybeCompanies { name budget } }', ['Company.budget']);
    expect(list.completed.paths).toHaveLength(3);
    expect(list.completed).toEqual(list.reference);
    expect(list.completed.data).toEqual({ maybeCompanies: [null, null, null] });
  });

  it('non-null all the way up (Company! in [CompanyEdge!]! in CompanyConnection!): data is null', () => {
    const result = compare('{ hello companies { edges { node { name budget } } } }', ['Company.budget']);
    expect(result.completed.data).toEqual(result.reference.data);
    expect(result.completed.data).toBeNull();
    // graphql-js stops completing a list at its first failed element; every removed place is reported here.
    expect(result.reference.paths).toEqual([['companies', 'edges', 0, 'node', 'budget']]);
    expect(result.completed.paths).toEqual([0, 1, 2].map((n) => ['companies', 'edges', n, 'node', 'budget']));
    // An empty list holds no element to null: the same document then answers normally.
    const empty = compare(
      '{ hello companies { edges { node { name budget } } } }',
      ['Company.budget'],
      {},
      0,
    );
    expect(empty.completed).toEqual(empty.reference);
    expect(empty.completed.data).toEqual({ hello: 'hello', companies: { edges: [] } });
  });

  it('@include/@skip: one rewrite serves every value; a skipped field gives no error', () => {
    const source = 'query($s: Boolean!) { company(id: 1) { name secret @include(if: $s) } }';
    const included = compare(source, ['Company.secret'], { s: true });
    const skipped = compare(source, ['Company.secret'], { s: false });
    expect(print(included.removal.document)).toBe(print(skipped.removal.document));
    expect(included.completed).toEqual(included.reference);
    expect(skipped.completed).toEqual(skipped.reference);
    expect(skipped.completed).toEqual({ data: { company: { name: 'Company 1' } }, paths: [] });
  });

  it('@skip on a fragment holding the field', () => {
    const source =
      'query($s: Boolean!) { company(id: 1) { name ...S @skip(if: $s) } } fragment S on Company { secret }';
    for (const s of [true, false]) {
      const result = compare(source, ['Company.secret'], { s });
      expect(result.completed).toEqual(result.reference);
    }
  });

  it('a removed field with a selection drops the fragments only it used; the document stays valid', () => {
    const result = compare(
      '{ company(id: 1) { name owner { ...P } } } fragment P on Person { name salary }',
      ['Company.owner'],
    );
    expect(result.completed).toEqual(result.reference);
    expect(print(result.removal.document)).not.toContain('fragment P');
  });

  it('several removed fields in one selection, nested removals, and a user alias like the marker', () => {
    const result = compare(
      '{ company(id: 1) { __forbidden0: name secret owner { name salary } } parties { ... on Person { salary } } }',
      ['Company.secret', 'Person.salary'],
    );
    expect(result.completed).toEqual(result.reference);
    expect(JSON.stringify(result.completed.data)).not.toMatch(/__forbidden_/);
    expect(result.completed.data).toEqual({
      company: { __forbidden0: 'Company 1', secret: null, owner: { name: 'Owner 1', salary: null } },
      parties: [{}, { salary: null }, {}],
    });
  });

  it('the same field asked for several times on one object: one error, one null', () => {
    const result = compare(
      '{ company(id: 1) { budget ...F ... on Company { budget } } hello } fragment F on Company { budget }',
      ['Company.budget'],
    );
    expect(result.completed).toEqual(result.reference);
    expect(result.completed).toEqual({
      data: { company: null, hello: 'hello' },
      paths: [['company', 'budget']],
    });
  });

  it('more than 10 list elements: 10 errors, then one summary error whose path stops at the list', () => {
    const result = compare('{ companies { edges { node { name secret } } } }', ['Company.secret'], {}, 15);
    expect(result.completed.data).toEqual(result.reference.data);
    expect(result.errors).toHaveLength(11);
    expect(result.errors.slice(0, 10).map((error) => error.path)).toEqual(
      result.reference.paths.slice(0, 10),
    );
    expect(result.errors[10]).toMatchObject({
      path: ['companies', 'edges'],
      extensions: { code: 'FORBIDDEN', field: 'Company.secret', omittedPaths: 5 },
    });
    expect(result.errors[10].message).toContain('5 more places under companies.edges');
  });

  it('mutations: a nullable refused root field is null while the others run', () => {
    const result = compare('mutation { ping tryWrite { name } }', ['Mutation.tryWrite']);
    expect(result.completed).toEqual(result.reference);
    expect(result.completed.data).toEqual({ ping: 'pong', tryWrite: null });
  });
});

describe('nullsWholeResponse: when the null certainly reaches data (the request is then refused whole)', () => {
  const occurrences = (source: string, forbidden: string[]) => {
    const document = parse(source);
    return removeForbiddenFields(schema, document, getOperationAST(document)!, new Set(forbidden))
      .occurrences;
  };

  it('a non-null root field, or a non-null chain without lists', () => {
    expect(
      occurrences('mutation { ping write { name } }', ['Mutation.write']).map(nullsWholeResponse),
    ).toEqual([true]);
    expect(occurrences('mutation { write { budget } }', ['Company.budget']).map(nullsWholeResponse)).toEqual([
      true,
    ]);
  });

  it('not through a nullable field, a list (it may be empty) or a type condition', () => {
    expect(
      occurrences('mutation { tryWrite { budget } }', ['Company.budget']).map(nullsWholeResponse),
    ).toEqual([false]);
    expect(
      occurrences('{ companies { edges { node { budget } } } }', ['Company.budget']).map(nullsWholeResponse),
    ).toEqual([false]);
    expect(
      occurrences('{ hello company(id: 1) { secret } }', ['Company.secret']).map(nullsWholeResponse),
    ).toEqual([false]);
  });
});
