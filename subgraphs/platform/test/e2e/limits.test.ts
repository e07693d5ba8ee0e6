import {
  CREATE_COMPANY,
  createCompany,
  createInvoice,
  inBatches,
  startE2EPlatform,
  uniqueName,
  type E2EPlatform,
  type GraphQLResult,
  type SignedUpTenant,
} from './e2e-client';

/**
 * The documents an outside review used to stall `npm start` (issue 5), sent to the whole platform:
 * real gateway, identity, crm and erp on real Postgres. The gateway's own test sends them to fake
 * subgraphs; here a refusal must also mean that no subgraph ran a single SQL statement, while a
 * tenant with real invoices still gets its ordinary pages.
 */
let e2e: E2EPlatform;
let owner: SignedUpTenant;
let invoiceNumbers: string[];
let customerNames: Map<string, string>;

const INVOICE_COUNT = 3;

beforeAll(async () => {
  e2e = await startE2EPlatform();
  owner = await e2e.signUpTenant('limits');
  const names = [uniqueName('Limits Alpha'), uniqueName('Limits Beta')];
  const companyIds = await Promise.all(names.map((name) => createCompany(e2e, owner.token, name)));
  customerNames = new Map<string, string>();
  const invoices = await inBatches(
    Array.from({ length: INVOICE_COUNT }, (_, index) => index),
    1,
    async (index) => {
      const invoice = await createInvoice(e2e, owner.token, companyIds[index % companyIds.length]);
      customerNames.set(invoice.number, names[index % names.length]);
      return invoice;
    },
  );
  invoiceNumbers = invoices.map((invoice) => invoice.number);
});

afterAll(async () => {
  await e2e?.stop();
});

function codes(result: GraphQLResult<unknown>): unknown[] {
  return result.body.errors?.map((error) => error.extensions?.code) ?? [];
}

function extensionsOf(result: GraphQLResult<unknown>): Record<string, unknown> {
  return result.body.errors?.[0]?.extensions ?? {};
}

/**
 * Sends `document` and checks it was refused with `status` and `code` (and, for a shape limit, the
 * named `limit`) before any subgraph ran SQL: the per-subgraph statement counts are unchanged.
 */
async function expectRefusedWithoutSql(
  document: string,
  expected: { status: number; code: string; limit?: string },
  token?: string,
): Promise<GraphQLResult<unknown>> {
  const before = e2e.sqlStatements();
  const result = await e2e.gql(document, {}, token);
  expect({
    status: result.status,
    codes: codes(result),
    limit: expected.limit === undefined ? undefined : extensionsOf(result).limit,
    data: result.body.data ?? null,
  }).toEqual({
    status: expected.status,
    codes: [expected.code],
    limit: expected.limit,
    data: null,
  });
  expect(e2e.sqlStatements()).toEqual(before);
  return result;
}

/** `levels` nested 100-invoice pages, each reaching the next through the invoice's customer. */
function nestedInvoices(levels: number): string {
  return levels === 0
    ? 'name'
    : `invoices(first: 100) { edges { node { number customer { ${nestedInvoices(levels - 1)} } } } }`;
}

/** `F0` spreads `F1` twice, which spreads `F2` twice...: 2^depth paths in about 2 KB. */
function doublingFragments(depth: number, on: string, selection: string): string {
  const fragments = Array.from(
    { length: depth },
    (_, index) => `fragment F${index} on ${on} { ${selection} ...F${index + 1} ...F${index + 1} }`,
  );
  return `${fragments.join('\n')}\nfragment F${depth} on ${on} { ${selection} }`;
}

const FRAGMENT_BOMB = `query { ...F0 }\n${doublingFragments(40, 'Query', '__typename')}`;

const healthUrl = () => `${e2e.platform.gateway.origin}/health`;

describe('nested lists multiplying inside erp (defect 3)', () => {
  it('three nested 100-invoice pages: 400 COST_LIMIT_EXCEEDED naming the estimate, no SQL anywhere', async () => {
    const result = await expectRefusedWithoutSql(
      `{ ${nestedInvoices(3)} }`,
      { status: 400, code: 'COST_LIMIT_EXCEEDED' },
      owner.token,
    );
    const { cost, maxCost } = extensionsOf(result) as { cost: number; maxCost: number };
    expect(maxCost).toEqual(expect.any(Number));
    expect(cost).toBeGreaterThan(maxCost);
    // About a million invoice nodes if erp built it.
    expect(cost).toBeGreaterThan(1_000_000);
    expect(result.body.errors?.[0]?.message).toMatch(/estimated cost .* above the limit/);
  });

  it('thirty aliases of two nested pages at the root: refused by the root-field limit, no SQL', async () => {
    const aliases = Array.from({ length: 30 }, (_, index) => `a${index}: ${nestedInvoices(2)}`).join(' ');
    const result = await expectRefusedWithoutSql(
      `{ ${aliases} }`,
      { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'rootFields' },
      owner.token,
    );
    expect(result.body.errors?.[0]?.message).toMatch(/more than \d+ root fields/);
  });

  it('thirty aliases of a nested page inside one list: 400 COST_LIMIT_EXCEEDED, no SQL', async () => {
    const aliases = Array.from(
      { length: 30 },
      (_, index) => `c${index}: customer { invoices(first: 100) { edges { node { number } } } }`,
    ).join(' ');
    const result = await expectRefusedWithoutSql(
      `{ invoices(first: 100) { edges { node { number ${aliases} } } } }`,
      { status: 400, code: 'COST_LIMIT_EXCEEDED' },
      owner.token,
    );
    const { cost, maxCost } = extensionsOf(result) as { cost: number; maxCost: number };
    expect(cost).toBeGreaterThan(maxCost);
  });

  it('page sizes given as variables are weighed too', async () => {
    const before = e2e.sqlStatements();
    const result = await e2e.gql(
      `query Nested($n: Int!) { invoices(first: $n) { edges { node { customer {
        invoices(first: $n) { edges { node { customer { invoices(first: $n) { totalCount } } } } } } } } } }`,
      { n: 100 },
      owner.token,
    );
    expect({ status: result.status, codes: codes(result) }).toEqual({
      status: 400,
      codes: ['COST_LIMIT_EXCEEDED'],
    });
    expect(e2e.sqlStatements()).toEqual(before);
  });

  it('an ordinary page of invoices with their customers is answered with data', async () => {
    const before = e2e.sqlStatements();
    const result = await e2e.gql<{
      invoices: { edges: Array<{ node: { number: string; customer: { name: string } } }> };
    }>(`{ invoices(first: 20) { edges { node { number customer { name } } } } }`, {}, owner.token);
    expect({ status: result.status, errors: result.body.errors }).toEqual({ status: 200, errors: undefined });
    const nodes = result.body.data?.invoices.edges.map((edge) => edge.node) ?? [];
    expect(nodes.map((node) => node.number).sort()).toEqual([...invoiceNumbers].sort());
    for (const node of nodes) expect(node.customer.name).toBe(customerNames.get(node.number));
    // It really ran: erp read the invoices and crm the customers.
    const after = e2e.sqlStatements();
    expect(after.erp).toBeGreaterThan(before.erp);
    expect(after.crm).toBeGreaterThan(before.crm);
  });

  it('and so is one nested level of 100-item pages, for a tenant with data', async () => {
    const result = await e2e.gql<{
      invoices: {
        edges: Array<{ node: { customer: { invoices: { edges: Array<{ node: { number: string } }> } } } }>;
      };
    }>(
      `{ invoices(first: 100) { edges { node { customer { invoices(first: 100) { edges { node { number } } } } } } } }`,
      {},
      owner.token,
    );
    expect({ status: result.status, errors: result.body.errors }).toEqual({ status: 200, errors: undefined });
    const reached = new Set(
      result.body.data?.invoices.edges.flatMap((edge) =>
        edge.node.customer.invoices.edges.map((inner) => inner.node.number),
      ),
    );
    expect([...reached].sort()).toEqual([...invoiceNumbers].sort());
  });
});

describe('exponential fragment walks (defect 1)', () => {
  const variants: Array<{ name: string; document: string; signedIn: boolean }> = [
    { name: 'forty doubling fragments of __typename, anonymous', document: FRAGMENT_BOMB, signedIn: false },
    {
      name: 'doubling inline fragments, anonymous',
      document: `query { ...F0 }\n${doublingFragments(40, 'Query', '... on Query { __typename }')}`,
      signedIn: false,
    },
    {
      name: 'doubling fragments on a real invoice field, signed in',
      document: `{ invoices(first: 1) { edges { node { ...F0 } } } }\n${doublingFragments(30, 'Invoice', 'number')}`,
      signedIn: true,
    },
  ];

  it.each(variants)('$name: 400 with a code, no SQL anywhere', async ({ document, signedIn }) => {
    const result = await expectRefusedWithoutSql(
      document,
      { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'fields' },
      signedIn ? owner.token : undefined,
    );
    expect(result.body.errors?.[0]?.message).toMatch(/selects more than \d+ fields/);
  });

  it('/health answers 200 while several such documents are in flight', async () => {
    const before = e2e.sqlStatements();
    const bombs = Array.from({ length: 12 }, (_, index) =>
      e2e.gql(variants[index % variants.length].document, {}, index % 3 === 2 ? owner.token : undefined),
    );
    const health = Array.from({ length: 10 }, () =>
      fetch(healthUrl()).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as unknown,
      })),
    );
    const [refusals, healthAnswers] = await Promise.all([Promise.all(bombs), Promise.all(health)]);
    expect(refusals.map((result) => [result.status, codes(result)])).toEqual(
      Array(12).fill([400, ['GRAPHQL_VALIDATION_FAILED']]),
    );
    expect(healthAnswers).toEqual(
      Array(10).fill({ status: 200, body: { status: 'ok', service: 'gateway' } }),
    );
    expect(e2e.sqlStatements()).toEqual(before);

    // And the platform still serves real work right after.
    const after = await e2e.gql<{ invoices: { totalCount: number } }>(
      `{ invoices { totalCount } }`,
      {},
      owner.token,
    );
    expect(after.body.data?.invoices.totalCount).toBe(INVOICE_COUNT);
  });

  it('a document of more than the token limit is refused at parse, no SQL anywhere', async () => {
    await expectRefusedWithoutSql(`{ ${Array.from({ length: 3_100 }, () => '__typename').join(' ')} }`, {
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
    });
  });
});

describe('introspection (defect 2)', () => {
  const SCHEMA_TYPES = `{ __schema { types { name } } }`;

  it('anonymous callers are refused with 401 UNAUTHENTICATED and no SQL', async () => {
    const result = await expectRefusedWithoutSql(SCHEMA_TYPES, { status: 401, code: 'UNAUTHENTICATED' });
    expect(result.body.errors?.[0]?.message).toMatch(/signed-in caller/);
    await expectRefusedWithoutSql(`{ __type(name: "Invoice") { fields { name } } }`, {
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('a signed-in caller gets the schema', async () => {
    const result = await e2e.gql<{ __schema: { types: Array<{ name: string }> } }>(
      SCHEMA_TYPES,
      {},
      owner.token,
    );
    expect(result.status).toBe(200);
    expect(result.body.data?.__schema.types.map((type) => type.name)).toEqual(
      expect.arrayContaining(['Query', 'Mutation', 'Invoice', 'Company', 'User']),
    );
  });

  it('two aliased __schema are refused with 400, signed in or not, with no SQL', async () => {
    const twice = `{ a: __schema { types { name } } b: __schema { types { name } } }`;
    const signedIn = await expectRefusedWithoutSql(
      twice,
      { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'schemaFields' },
      owner.token,
    );
    expect(signedIn.body.errors?.[0]?.message).toMatch(/__schema more than once/);
    await expectRefusedWithoutSql(twice, {
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'schemaFields',
    });
  });

  it('twenty aliased __schema over types, fields and arguments: 400, no SQL', async () => {
    const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: __schema { ...S }`).join(' ');
    await expectRefusedWithoutSql(
      `{ ${aliases} } fragment S on __Schema { types { name fields { name args { name type { name } } } } }`,
      { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'schemaFields' },
      owner.token,
    );
  });
});

describe('root fields of a mutation', () => {
  const createCompanies = (count: number, prefix: string) =>
    `mutation { ${Array.from(
      { length: count },
      (_, index) =>
        `c${index}: createCompany(input: { name: "${prefix} ${index}" }) { company { id } userErrors { code } }`,
    ).join(' ')} }`;

  async function companyCount(): Promise<number> {
    const result = await e2e.gql<{ companies: { totalCount: number } }>(
      `{ companies { totalCount } }`,
      {},
      owner.token,
    );
    return result.body.data?.companies.totalCount ?? -1;
  }

  it('six createCompany in one mutation: 400 with the root-field limit, nothing written, no SQL', async () => {
    const companiesBefore = await companyCount();
    const result = await expectRefusedWithoutSql(
      createCompanies(6, uniqueName('Six')),
      { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'rootFields' },
      owner.token,
    );
    expect(result.body.errors?.[0]?.message).toMatch(/more than 5 root mutation fields/);
    expect(extensionsOf(result).maximum).toBe(5);
    expect(await companyCount()).toBe(companiesBefore);
  });

  it('six aliased logins, anonymous: 400, no SQL', async () => {
    const logins = Array.from(
      { length: 6 },
      (_, index) =>
        `l${index}: login(input: { email: "${owner.email}", password: "wrong ${index}" }) { userErrors { code } }`,
    ).join(' ');
    await expectRefusedWithoutSql(`mutation { ${logins} }`, {
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'rootFields',
    });
  });

  it('five are still one request', async () => {
    const companiesBefore = await companyCount();
    const result = await e2e.gql<Record<string, { company: { id: string } | null; userErrors: unknown[] }>>(
      createCompanies(5, uniqueName('Five')),
      {},
      owner.token,
    );
    expect({ status: result.status, errors: result.body.errors }).toEqual({ status: 200, errors: undefined });
    expect(Object.values(result.body.data ?? {}).map((payload) => payload.userErrors)).toEqual(
      Array(5).fill([]),
    );
    expect(await companyCount()).toBe(companiesBefore + 5);
  });

  it('a single createCompany is untouched by the limit', async () => {
    const result = await e2e.gql<{ createCompany: { company: { id: string } | null } }>(
      CREATE_COMPANY,
      { input: { name: uniqueName('Single') } },
      owner.token,
    );
    expect(result.body.data?.createCompany.company?.id).toEqual(expect.any(String));
  });
});
