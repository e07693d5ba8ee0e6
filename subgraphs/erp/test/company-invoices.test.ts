import { randomUUID } from 'node:crypto';
import {
  errorCodes,
  postGraphQL,
  queryAsSuperuser,
  sqlStatementCount,
  type RunningSubgraph,
} from '@nexora/kit';
import {
  call,
  countInvoices,
  CREATE_INVOICE,
  createInvoice,
  ONE_LINE,
  READ,
  startErp,
  WRITE,
} from './invoice-fixtures';

const COMPANY_BILLING = /* GraphQL */ `
  query Billing($representations: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $representations) {
      ... on Company {
        id
        invoices(first: $first, after: $after) {
          totalCount
          edges {
            cursor
            node {
              id
              number
              status
              total {
                amount
                currency
              }
              lines {
                amount {
                  amount
                }
              }
              customer {
                id
              }
            }
          }
          pageInfo {
            hasNextPage
            hasPreviousPage
            endCursor
          }
        }
        openBalance {
          amount
          currency
        }
      }
    }
  }
`;

interface Billing {
  id: string;
  invoices: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        number: string;
        status: string;
        total: { amount: string };
        customer: { id: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
  openBalance: Array<{ amount: string; currency: string }>;
}

let erp: RunningSubgraph;

beforeAll(async () => {
  erp = await startErp();
});

afterAll(async () => {
  await erp.stop();
});

function companies(ids: string[]) {
  return ids.map((id) => ({ __typename: 'Company', id }));
}

async function billing(
  tenantId: string,
  ids: string[],
  variables: Record<string, unknown> = {},
): Promise<Billing[]> {
  const result = await call(erp, { tenantId }, COMPANY_BILLING, {
    representations: companies(ids),
    ...variables,
  });
  expect(result.body.errors).toBeUndefined();
  return (result.body.data as { _entities: Billing[] })._entities;
}

describe('erp on crm companies', () => {
  it('pages a company’s invoices and sums its posted ones per currency', async () => {
    const tenantId = randomUUID();
    const acme = randomUUID();
    const quiet = randomUUID();
    const price = (unitPrice: string) => [{ description: 'Work', quantity: '1', unitPrice }];
    await createInvoice(erp, { tenantId }, { customerId: acme, lines: price('100.00'), post: true });
    await createInvoice(erp, { tenantId }, { customerId: acme, lines: price('50.50'), post: true });
    await createInvoice(erp, { tenantId }, { customerId: acme, lines: price('999.00') }); // draft: not owed
    await createInvoice(
      erp,
      { tenantId },
      { customerId: acme, lines: price('10.00'), currency: 'EUR', post: true },
    );
    await createInvoice(erp, { tenantId }, { customerId: randomUUID(), lines: price('7.00'), post: true });

    const [first, none] = await billing(tenantId, [acme, quiet], { first: 3 });
    expect(first.id).toBe(acme);
    expect(first.invoices.totalCount).toBe(4);
    expect(first.invoices.edges.map((edge) => edge.node.number)).toEqual([
      'INV-000004',
      'INV-000003',
      'INV-000002',
    ]);
    expect(first.invoices.edges.every((edge) => edge.node.customer.id === acme)).toBe(true);
    expect(first.invoices.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.openBalance).toEqual([
      { amount: '10.00', currency: 'EUR' },
      { amount: '150.50', currency: 'USD' },
    ]);
    expect(none).toEqual({
      id: quiet,
      invoices: {
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
      },
      openBalance: [],
    });

    const [rest] = await billing(tenantId, [acme], { first: 3, after: first.invoices.pageInfo.endCursor });
    expect(rest.invoices.edges.map((edge) => edge.node.number)).toEqual(['INV-000001']);
    expect(rest.invoices.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(rest.invoices.totalCount).toBe(4);
  });

  it('answers a malformed company id with no invoices instead of failing the batch', async () => {
    const [entity] = await billing(randomUUID(), ['not-a-uuid']);
    expect(entity.invoices.totalCount).toBe(0);
    expect(entity.openBalance).toEqual([]);
  });

  it("never shows tenant A's invoices to tenant B", async () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();
    const customer = randomUUID();
    const invoice = await createInvoice(erp, { tenantId: tenantA }, { customerId: customer, post: true });

    const [seenByB] = await billing(tenantB, [customer]);
    expect(seenByB.invoices.totalCount).toBe(0);
    expect(seenByB.openBalance).toEqual([]);
    const byId = await call(erp, { tenantId: tenantB }, `query($id: ID!) { invoice(id: $id) { id } }`, {
      id: invoice.id,
    });
    expect(byId.body).toEqual({ data: { invoice: null } });
    expect(await countInvoices(erp, tenantB)).toBe(0);
    const entity = await call(
      erp,
      { tenantId: tenantB },
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Invoice { id number } } }`,
      {
        r: [{ __typename: 'Invoice', id: invoice.id }],
      },
    );
    expect(entity.body).toEqual({ data: { _entities: [null] } });
    const [seenByA] = await billing(tenantA, [customer]);
    expect(seenByA.invoices.totalCount).toBe(1);
  });

  it('requires erp.invoice:read for billing fields and invoices, erp.invoice:write to create', async () => {
    const tenantId = randomUUID();
    const customerId = randomUUID();
    const invoice = await createInvoice(erp, { tenantId }, { customerId });
    const noRead = { tenantId, permissions: ['crm.company:read', WRITE] };
    const billingResult = await call(erp, noRead, COMPANY_BILLING, {
      representations: companies([customerId]),
    });
    expect(errorCodes(billingResult)).toContain('FORBIDDEN');
    const entity = await call(
      erp,
      noRead,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Invoice { id } } }`,
      {
        r: [{ __typename: 'Invoice', id: invoice.id }],
      },
    );
    expect(errorCodes(entity)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(erp, noRead, `{ invoices { totalCount } }`))).toEqual(['FORBIDDEN']);

    const readOnly = { tenantId, permissions: [READ] };
    const create = await call(erp, readOnly, CREATE_INVOICE, { input: { customerId, lines: ONE_LINE } });
    expect(errorCodes(create)).toEqual(['FORBIDDEN']);
    expect(await countInvoices(erp, tenantId)).toBe(1);
  });

  it('fails closed without a tenant and refuses unsigned calls with 401', async () => {
    const noTenant = { tenantId: null, permissions: [READ, WRITE] };
    expect(errorCodes(await call(erp, noTenant, `{ invoices { totalCount } }`))).toEqual(['FORBIDDEN']);
    const entities = await call(erp, noTenant, COMPANY_BILLING, {
      representations: companies([randomUUID()]),
    });
    expect(errorCodes(entities)).toEqual(['FORBIDDEN']);
    const create = await call(erp, noTenant, CREATE_INVOICE, {
      input: { customerId: randomUUID(), lines: ONE_LINE },
    });
    expect(errorCodes(create)).toEqual(['FORBIDDEN']);
    const unsigned = await postGraphQL(erp.url, `{ invoices { totalCount } }`);
    expect(unsigned.status).toBe(401);
    expect(
      (await postGraphQL(erp.url, COMPANY_BILLING, { representations: companies([randomUUID()]) })).status,
    ).toBe(401);
  });

  it('runs as many SQL statements for 100 companies as for 10', async () => {
    const tenantId = randomUUID();
    const customers = Array.from({ length: 100 }, () => randomUUID());
    // A posted invoice (two lines) per company; every tenth company also has a draft.
    const lines = [ONE_LINE[0], { description: 'Travel', quantity: '2', unitPrice: '12.34' }];
    for (let start = 0; start < customers.length; start += 10) {
      await Promise.all(
        customers
          .slice(start, start + 10)
          .flatMap((customerId, i) => [
            createInvoice(erp, { tenantId }, { customerId, lines, post: true }),
            ...(i === 0 ? [createInvoice(erp, { tenantId }, { customerId, lines })] : []),
          ]),
      );
    }
    const statementsFor = async (ids: string[]) => {
      const before = sqlStatementCount(erp.dataSource);
      const entities = await billing(tenantId, ids, { first: 5 });
      expect(entities).toHaveLength(ids.length);
      entities.forEach((entity, index) => {
        const invoices = index % 10 === 0 ? 2 : 1;
        expect(entity.invoices.totalCount).toBe(invoices);
        expect(entity.invoices.edges).toHaveLength(invoices);
        expect(entity.openBalance).toEqual([{ amount: '124.68', currency: 'USD' }]);
      });
      return sqlStatementCount(erp.dataSource) - before;
    };
    const ten = await statementsFor(customers.slice(0, 10));
    const hundred = await statementsFor(customers);
    expect(hundred).toBe(ten);
    // transaction + set_config, invoice pages, open balances, lines, commit
    expect(ten).toBeLessThanOrEqual(6);

    const listStatements = async (first: number) => {
      const before = sqlStatementCount(erp.dataSource);
      const result = await call(
        erp,
        { tenantId },
        `query($first: Int) { invoices(first: $first) { edges { node { number total { amount } lines { amount { amount } } customer { id } } } } }`,
        { first },
      );
      expect((result.body.data as { invoices: { edges: unknown[] } }).invoices.edges).toHaveLength(first);
      return sqlStatementCount(erp.dataSource) - before;
    };
    expect(await listStatements(100)).toBe(await listStatements(10));
  });
});

describe('erp database guards', () => {
  it('forces row-level security on every tenant table of the erp schema', async () => {
    const rows = await queryAsSuperuser<{ table: string; rls: boolean; forced: boolean; policies: number }>(
      `select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'erp' and c.relkind in ('r', 'p')
         and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
       order by c.relname`,
    );
    // Every module's tables are found by their tenant_id column, so a new table cannot be missed.
    expect(rows.map((row) => row.table)).toEqual(
      expect.arrayContaining(['inbox', 'invoice_counters', 'invoice_lines', 'invoices', 'outbox']),
    );
    // The outbox has tenant read and insert policies plus the relay's read, publish and prune policies.
    for (const row of rows) {
      expect({ table: row.table, rls: row.rls, forced: row.forced }).toEqual({
        table: row.table,
        rls: true,
        forced: true,
      });
      if (row.table === 'outbox') expect(row.policies).toBe(5);
      else expect(row.policies).toBeGreaterThanOrEqual(1);
    }
  });

  it("shows the subgraph's own role no rows when no tenant is set", async () => {
    await createInvoice(erp, { tenantId: randomUUID() }, { customerId: randomUUID() });
    for (const table of ['invoices', 'invoice_lines', 'invoice_counters']) {
      const rows: Array<{ count: number }> = await erp.dataSource.query(
        `select count(*)::int as count from erp.${table}`,
      );
      expect(rows[0].count).toBe(0);
    }
  });
});
