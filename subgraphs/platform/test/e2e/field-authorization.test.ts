import { BUILT_IN_ROLES } from '@nexora/kit';
import {
  CREATE_COMPANY,
  createCompany,
  createInvoice,
  startE2EPlatform,
  uniqueName,
  type E2EPlatform,
  type SignedUpTenant,
} from './e2e-client';

/**
 * Authorization before fan-out, per field (issue 9): a field the caller may not have is removed
 * from the operation before it is planned, answered as null with a FORBIDDEN error at its path, and
 * the subgraph owning it never runs a statement for it.
 */
let e2e: E2EPlatform;
let owner: SignedUpTenant;
let companyIds: string[];
let invoiceId: string;

beforeAll(async () => {
  e2e = await startE2EPlatform();
  owner = await e2e.signUpTenant('field-auth');
  // Sorted by name, as `companies` lists them.
  companyIds = [];
  for (const name of ['A', 'B', 'C'])
    companyIds.push(await createCompany(e2e, owner.token, `${name} ${uniqueName('Co')}`));
  invoiceId = (await createInvoice(e2e, owner.token, companyIds[0])).id;
});

afterAll(async () => {
  await e2e?.stop();
});

interface ErrorWithPath {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}

/** A token of the tenant's owner carrying only `permissions`, as a custom role would give. */
function tokenWith(permissions: readonly string[], role: string): Promise<string> {
  return e2e.signAccessToken({
    userId: owner.userId,
    tenantId: owner.tenantId,
    permissions: [...permissions],
    role,
    issuedAt: Date.now(),
    expiresAt: Date.now() + 600_000,
  });
}

/** A custom role for sales staff: companies and people, no invoices (erp), no KPIs (analytics). */
const SALES_WITHOUT_BILLING = ['crm.company:read', 'crm.person:read'];

/** Runs `work`, returning what it returned and the SQL statements each subgraph ran meanwhile. */
async function counting<T>(work: () => Promise<T>): Promise<{ result: T; sql: Record<string, number> }> {
  const before = e2e.sqlStatements();
  const result = await work();
  const after = e2e.sqlStatements();
  const sql = Object.fromEntries(Object.keys(after).map((name) => [name, after[name] - (before[name] ?? 0)]));
  return { result, sql };
}

const pathsOf = (errors: ErrorWithPath[] | undefined) => (errors ?? []).map((error) => error.path);

describe('a role without erp.invoice:read', () => {
  it('asking for openBalance on every company: the names, FORBIDDEN at each company’s path, and erp never runs', async () => {
    const token = await tokenWith(SALES_WITHOUT_BILLING, 'sales');
    const { result, sql } = await counting(() =>
      e2e.gql<{ companies: { edges: Array<{ node: { name: string; openBalance: unknown } }> } }>(
        `{ companies { edges { node { name openBalance { amount } } } } }`,
        {},
        token,
      ),
    );
    const errors = result.body.errors as ErrorWithPath[];
    expect(pathsOf(errors)).toEqual([0, 1, 2].map((n) => ['companies', 'edges', n, 'node', 'openBalance']));
    expect(errors.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(errors[0].message).toBe('Company.openBalance requires the "erp.invoice:read" permission.');
    expect(errors[0].extensions).toEqual({
      code: 'FORBIDDEN',
      field: 'Company.openBalance',
      missingPermissions: ['erp.invoice:read'],
    });
    // openBalance is nullable (a field some roles may not see): it alone is null, the rest answered.
    expect(result.status).toBe(200);
    expect(result.body.data?.companies.edges.map((edge) => edge.node)).toEqual([
      { name: expect.stringMatching(/^A /), openBalance: null },
      { name: expect.stringMatching(/^B /), openBalance: null },
      { name: expect.stringMatching(/^C /), openBalance: null },
    ]);
    expect(sql.erp).toBe(0);
    expect(sql.crm).toBeGreaterThan(0);

    // The owner's token asks erp for the same document: the zero above is the removal's doing.
    const full = await counting(() =>
      e2e.gql<{ companies: { edges: Array<{ node: { openBalance: Array<{ amount: string }> } }> } }>(
        `{ companies { edges { node { name openBalance { amount } } } } }`,
        {},
        owner.token,
      ),
    );
    expect(full.result.body.errors).toBeUndefined();
    expect(full.result.body.data?.companies.edges[0].node.openBalance).toEqual([{ amount: '100.50' }]);
    expect(full.sql.erp).toBeGreaterThan(0);
  });

  it('gets everything else: each removed field is null where it was asked, with one error per place', async () => {
    const token = await tokenWith(SALES_WITHOUT_BILLING, 'sales');
    const { result, sql } = await counting(() =>
      e2e.gql<{
        companies: { edges: Array<{ node: { name: string; owner: unknown } }> };
        company: unknown;
        invoice: unknown;
      }>(
        `query Mixed($id: ID!, $invoiceId: ID!) {
          companies { edges { node { name owner { name wonDealsThisMonth } } } }
          first: company(id: $id) { name openBalance { amount } }
          invoice(id: $invoiceId) { number }
        }`,
        { id: companyIds[0], invoiceId },
        token,
      ),
    );
    expect(result.status).toBe(200);
    const { data } = result.body;
    expect(data?.companies.edges.map((edge) => edge.node.name)).toEqual([
      expect.stringMatching(/^A /),
      expect.stringMatching(/^B /),
      expect.stringMatching(/^C /),
    ]);
    // wonDealsThisMonth (nullable, analytics.metric:read) is null on each owner, the owner's name kept.
    expect(data?.companies.edges.map((edge) => edge.node.owner)).toEqual(
      [0, 1, 2].map(() => ({ name: owner.name, wonDealsThisMonth: null })),
    );
    // openBalance is null on the company, its name kept; the invoice root field is null itself.
    expect(data?.company).toBeUndefined();
    expect(data).toMatchObject({
      first: { name: expect.stringMatching(/^A /), openBalance: null },
      invoice: null,
    });
    const errors = result.body.errors as ErrorWithPath[];
    expect(
      errors.map((error) => [error.extensions?.code, error.path, error.extensions?.missingPermissions]),
    ).toEqual([
      ...[0, 1, 2].map((n) => [
        'FORBIDDEN',
        ['companies', 'edges', n, 'node', 'owner', 'wonDealsThisMonth'],
        ['analytics.metric:read'],
      ]),
      ['FORBIDDEN', ['first', 'openBalance'], ['erp.invoice:read']],
      ['FORBIDDEN', ['invoice'], ['erp.invoice:read']],
    ]);
    // The owning subgraphs were not asked: not one statement in erp or analytics.
    expect(sql.erp).toBe(0);
    expect(sql.analytics).toBe(0);
  });
});

describe('a viewer and a write-level field', () => {
  const viewerToken = () => tokenWith(BUILT_IN_ROLES.viewer, 'viewer');

  it('a mutation needing crm.company:write: 403 FORBIDDEN with its path, nothing run', async () => {
    const token = await viewerToken();
    const { result, sql } = await counting(() =>
      e2e.gql(CREATE_COMPANY, { input: { name: uniqueName('Sneaky') } }, token),
    );
    expect(result.status).toBe(403);
    expect(
      (result.body.errors as ErrorWithPath[]).map((error) => [error.extensions?.code, error.path]),
    ).toEqual([['FORBIDDEN', ['createCompany']]]);
    expect(result.body.errors?.[0].message).toBe(
      'Mutation.createCompany requires the "crm.company:write" permission.',
    );
    expect(sql.crm).toBe(0);
  });

  it('a mutation mixing an allowed field with a refused non-null one is refused whole: no half-done writes', async () => {
    const token = await viewerToken();
    const { result, sql } = await counting(() =>
      e2e.gql(
        `mutation Mixed($refreshToken: String!, $name: String!) {
          logout(input: { refreshToken: $refreshToken }) { userErrors { code } }
          createCompany(input: { name: $name }) { company { id } }
        }`,
        { refreshToken: owner.refreshToken, name: uniqueName('Sneaky') },
        token,
      ),
    );
    // createCompany's payload is non-null: its null would reach `data`, so nothing runs at all.
    expect(result.status).toBe(403);
    expect(
      (result.body.errors as ErrorWithPath[]).map((error) => [error.extensions?.code, error.path]),
    ).toEqual([['FORBIDDEN', ['createCompany']]]);
    expect(sql).toEqual(Object.fromEntries(Object.keys(sql).map((name) => [name, 0])));
  });

  it('a read that needs a manage-level permission (API keys): the rest of the data, FORBIDDEN at its path, identity not asked', async () => {
    const token = await viewerToken();
    const { result, sql } = await counting(() =>
      e2e.gql<{ companies: { totalCount: number }; apiKeys: unknown }>(
        `{ companies { totalCount } apiKeys(first: 5) { edges { node { name prefix } } } }`,
        {},
        token,
      ),
    );
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ companies: { totalCount: 3 }, apiKeys: null });
    expect(
      (result.body.errors as ErrorWithPath[]).map((error) => [
        error.extensions?.code,
        error.path,
        error.extensions?.missingPermissions,
      ]),
    ).toEqual([['FORBIDDEN', ['apiKeys'], ['identity.apikey:manage']]]);
    // Identity owns apiKeys and nothing else was asked of it: it ran no statement.
    expect(sql.identity).toBe(0);
    expect(sql.crm).toBeGreaterThan(0);
  });

  it('reads everything a viewer may read, unchanged', async () => {
    const token = await viewerToken();
    const result = await e2e.gql<{ companies: { totalCount: number }; invoice: { number: string } }>(
      `query($id: ID!) { companies { totalCount } invoice(id: $id) { number } }`,
      { id: invoiceId },
      token,
    );
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.companies.totalCount).toBe(3);
    expect(result.body.data?.invoice.number).toEqual(expect.any(String));
  });
});
