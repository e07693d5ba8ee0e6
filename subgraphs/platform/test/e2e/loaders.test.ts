import {
  createCompany,
  createInvoice,
  inBatches,
  startE2EPlatform,
  SUBGRAPH_NAMES,
  type E2EPlatform,
  type SubgraphName,
  type SignedUpTenant,
} from './e2e-client';

let e2e: E2EPlatform;
let owner: SignedUpTenant;
const COMPANIES = 105;

beforeAll(async () => {
  e2e = await startE2EPlatform();
  owner = await e2e.signUpTenant('loaders');
  // Everything is created through the gateway, in parallel batches of 10, like a busy client would.
  const names = Array.from(
    { length: COMPANIES },
    (_, index) => `Loader Co ${String(index).padStart(3, '0')}`,
  );
  await inBatches(names, 10, async (name) => {
    const id = await createCompany(e2e, owner.token, name);
    await createInvoice(e2e, owner.token, id, { quantity: '1', unitPrice: '10.00' });
  });
});

afterAll(async () => {
  await e2e?.stop();
});

interface CompanyPage {
  companies: {
    totalCount: number;
    edges: Array<{
      node: {
        name: string;
        owner: { email: string } | null;
        invoices: {
          totalCount: number;
          edges: Array<{ node: { total: { amount: string; currency: string } } }>;
        };
        openBalance: Array<{ amount: string; currency: string }>;
      };
    }>;
  };
}

const PAGE = `query Page($first: Int!) {
  companies(first: $first) {
    totalCount
    edges {
      node {
        name
        owner { email }
        invoices { totalCount edges { node { total { amount currency } } } }
        openBalance { amount currency }
        lifetimeValue { amount currency }
      }
    }
  }
}`;

interface Measurement {
  /** Statements per subgraph, so a subgraph that escaped the counted request transaction shows up as 0. */
  bySubgraph: Record<SubgraphName, number>;
  total: number;
  page: CompanyPage | null | undefined;
}

/** Runs the page query and returns its result with the SQL statements it cost in each subgraph. */
async function measure(first: number): Promise<Measurement> {
  const before = e2e.sqlStatements();
  const result = await e2e.gql<CompanyPage>(PAGE, { first }, owner.token);
  const after = e2e.sqlStatements();
  const bySubgraph = {} as Record<SubgraphName, number>;
  for (const name of SUBGRAPH_NAMES) bySubgraph[name] = after[name] - before[name];
  expect(result.status).toBe(200);
  expect(result.body.errors).toBeUndefined();
  const total = SUBGRAPH_NAMES.reduce((sum, name) => sum + bySubgraph[name], 0);
  return { bySubgraph, total, page: result.body.data };
}

describe('DataLoaders keep SQL per request flat', () => {
  it('a page of 100 companies with owner, invoices and balance costs the same SQL as a page of 10', async () => {
    // Warm-up: the first request may pay one-time costs that have nothing to do with page size.
    await measure(1);
    const ten = await measure(10);
    const hundred = await measure(100);

    expect(ten.page?.companies.edges).toHaveLength(10);
    expect(hundred.page?.companies.totalCount).toBe(COMPANIES);
    expect(hundred.page?.companies.edges).toHaveLength(100);
    for (const { node } of hundred.page?.companies.edges ?? []) {
      expect(node.owner?.email).toBe(owner.email);
      expect(node.invoices.totalCount).toBe(1);
      expect(node.invoices.edges).toEqual([{ node: { total: { amount: '10.00', currency: 'USD' } } }]);
      expect(node.openBalance).toEqual([{ amount: '10.00', currency: 'USD' }]);
    }

    // Every subgraph did real work inside its request transaction...
    for (const name of SUBGRAPH_NAMES)
      expect({ name, ran: ten.bySubgraph[name] > 0 }).toEqual({ name, ran: true });
    // ...and ten times the rows cost not one statement more, in total or in any subgraph.
    expect(hundred.total).toBe(ten.total);
    expect(hundred.bySubgraph).toEqual(ten.bySubgraph);
  });
});
