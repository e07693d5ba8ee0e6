import { signedHeaders, type TestHeaders } from '@nexora/kit';
import {
  createCompany,
  createInvoice,
  startE2EPlatform,
  SUBGRAPH_NAMES,
  uniqueName,
  type CreatedInvoice,
  type E2EPlatform,
  type SignedUpTenant,
  type SubgraphName,
} from './e2e-client';

let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;
let nameA: string;
let companyA: string;
let invoiceA: CreatedInvoice;
let companyB: string;

beforeAll(async () => {
  e2e = await startE2EPlatform();
  [a, b] = await Promise.all([e2e.signUpTenant('iso-a'), e2e.signUpTenant('iso-b')]);
  nameA = uniqueName('Initech');
  [companyA, companyB] = await Promise.all([
    createCompany(e2e, a.token, nameA),
    createCompany(e2e, b.token, uniqueName('Umbrella')),
  ]);
  invoiceA = await createInvoice(e2e, a.token, companyA);
  await createInvoice(e2e, b.token, companyB);
});

afterAll(async () => {
  await e2e?.stop();
});

interface Connection {
  totalCount: number;
  edges: Array<{ node: { id: string } }>;
}

const LISTS = `query Lists($search: String) {
  companies(first: 100) { totalCount edges { node { id } } }
  searched: companies(first: 100, search: $search) { totalCount edges { node { id } } }
  invoices(first: 100) { totalCount edges { node { id } } }
}`;

const BY_ID = `query ById($company: ID!, $invoice: ID!) {
  company(id: $company) { id name }
  invoice(id: $invoice) { id number }
}`;

const ENTITY_QUERIES = {
  identity: `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email name } } }`,
  crm: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Company { id name domain } } }`,
  erpInvoice: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Invoice { id number total { amount } } } }`,
  erpCompany: `query($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Company { id invoices { totalCount edges { node { id } } } openBalance { amount currency } }
    }
  }`,
};

function ids(connection: Connection | undefined): string[] {
  return connection?.edges.map((edge) => edge.node.id) ?? [];
}

describe('tenant B sees none of tenant A’s data', () => {
  it('through the gateway: lists, search and ids', async () => {
    const listsB = await e2e.gql<{ companies: Connection; searched: Connection; invoices: Connection }>(
      LISTS,
      { search: nameA },
      b.token,
    );
    expect(listsB.status).toBe(200);
    expect(listsB.body.errors).toBeUndefined();
    expect(listsB.body.data?.companies.totalCount).toBe(1);
    expect(ids(listsB.body.data?.companies)).toEqual([companyB]);
    expect(listsB.body.data?.searched).toEqual({ totalCount: 0, edges: [] });
    expect(listsB.body.data?.invoices.totalCount).toBe(1);
    expect(ids(listsB.body.data?.invoices)).not.toContain(invoiceA.id);

    // The same queries as A prove the data exists and the search term matches.
    const listsA = await e2e.gql<{ companies: Connection; searched: Connection; invoices: Connection }>(
      LISTS,
      { search: nameA },
      a.token,
    );
    expect(ids(listsA.body.data?.companies)).toEqual([companyA]);
    expect(ids(listsA.body.data?.searched)).toEqual([companyA]);
    expect(ids(listsA.body.data?.invoices)).toEqual([invoiceA.id]);

    const byIdB = await e2e.gql(BY_ID, { company: companyA, invoice: invoiceA.id }, b.token);
    expect(byIdB.status).toBe(200);
    expect(byIdB.body).toEqual({ data: { company: null, invoice: null } });
    const byIdA = await e2e.gql(BY_ID, { company: companyA, invoice: invoiceA.id }, a.token);
    expect(byIdA.body).toEqual({
      data: { company: { id: companyA, name: nameA }, invoice: { id: invoiceA.id, number: invoiceA.number } },
    });
  });

  it('a brand-new tenant starts with zero companies and invoices', async () => {
    const c = await e2e.signUpTenant('iso-c');
    const lists = await e2e.gql<{ companies: Connection; searched: Connection; invoices: Connection }>(
      LISTS,
      { search: nameA },
      c.token,
    );
    expect(lists.body.data).toEqual({
      companies: { totalCount: 0, edges: [] },
      searched: { totalCount: 0, edges: [] },
      invoices: { totalCount: 0, edges: [] },
    });
  });

  it('through _entities on each subgraph, called directly with B’s valid signed context', async () => {
    const asB = (name: SubgraphName) => e2e.signedFor(name, b.tenantId, b.userId);
    const asA = (name: SubgraphName) => e2e.signedFor(name, a.tenantId, a.userId);
    const calls = [
      { name: 'identity', query: ENTITY_QUERIES.identity, r: { __typename: 'User', id: a.userId } },
      { name: 'crm', query: ENTITY_QUERIES.crm, r: { __typename: 'Company', id: companyA } },
      { name: 'erp', query: ENTITY_QUERIES.erpInvoice, r: { __typename: 'Invoice', id: invoiceA.id } },
    ] as const;
    for (const { name, query, r } of calls) {
      const asTenantB = await e2e.subgraph(name, query, { r: [r] }, asB(name));
      expect({ name, status: asTenantB.status, body: asTenantB.body }).toEqual({
        name,
        status: 200,
        body: { data: { _entities: [null] } },
      });
      // Control: the very same call as A resolves, so the null above is isolation, not a broken query.
      const asTenantA = await e2e.subgraph<{ _entities: Array<{ id: string } | null> }>(
        name,
        query,
        { r: [r] },
        asA(name),
      );
      expect(asTenantA.body.data?._entities[0]?.id).toBe(r.id);
    }

    const balanceQuery = { r: [{ __typename: 'Company', id: companyA }] };
    const erpCompanyB = await e2e.subgraph('erp', ENTITY_QUERIES.erpCompany, balanceQuery, asB('erp'));
    expect(erpCompanyB.status).toBe(200);
    expect(erpCompanyB.body).toEqual({
      data: {
        _entities: [{ id: companyA, invoices: { totalCount: 0, edges: [] }, openBalance: [] }],
      },
    });
    const erpCompanyA = await e2e.subgraph('erp', ENTITY_QUERIES.erpCompany, balanceQuery, asA('erp'));
    expect(erpCompanyA.body).toEqual({
      data: {
        _entities: [
          {
            id: companyA,
            invoices: { totalCount: 1, edges: [{ node: { id: invoiceA.id } }] },
            openBalance: [{ amount: invoiceA.total.amount, currency: 'USD' }],
          },
        ],
      },
    });
  });
});

describe('subgraphs accept only requests the gateway signed', () => {
  const PROBE = `query($r: [_Any!]!) { _service { sdl } _entities(representations: $r) { __typename } }`;

  // Every signed attack names `audience`, the attacked subgraph, so only the flaw under test fails it.
  const attacks = (audience: SubgraphName): Array<{ attack: string; headers: TestHeaders }> => {
    const fakeContext = Buffer.from(
      JSON.stringify({
        requestId: 'forged',
        audience: 'crm',
        tenantId: a.tenantId,
        userId: a.userId,
        permissions: ['crm.company:read', 'erp.invoice:read', 'identity.member:read'],
        issuedAt: Date.now(),
      }),
    ).toString('base64url');
    const caller = { audience, tenantId: a.tenantId, userId: a.userId, permissions: ['crm.company:read'] };
    return [
      { attack: 'no signature at all', headers: {} },
      {
        attack: 'signed with a forged secret',
        headers: signedHeaders(caller, 'not-the-gateway-secret-but-just-as-long-as-it'),
      },
      {
        attack: 'a stale signature (issued 5 minutes ago)',
        headers: signedHeaders({ ...caller, issuedAt: Date.now() - 5 * 60_000 }, e2e.signingSecret),
      },
      {
        attack: 'client-set tenant headers without a signature',
        headers: { 'x-tenant-id': a.tenantId, 'x-nexora-context': fakeContext, 'x-user-id': a.userId },
      },
      {
        attack: 'a valid signature over another payload',
        headers: {
          ...signedHeaders({ audience, tenantId: b.tenantId }, e2e.signingSecret).forBody('{}'),
          'x-nexora-context': fakeContext,
        },
      },
    ];
  };

  it.each(SUBGRAPH_NAMES)('%s answers 401 without data', async (name) => {
    const representation =
      name === 'identity' ? { __typename: 'User', id: a.userId } : { __typename: 'Company', id: companyA };
    for (const { attack, headers } of attacks(name)) {
      const result = await e2e.subgraph(name, PROBE, { r: [representation] }, headers);
      expect({ attack, status: result.status, hasData: 'data' in result.body }).toEqual({
        attack,
        status: 401,
        hasData: false,
      });
      expect(result.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('a context validly signed for crm is refused by identity and erp (no cross-subgraph replay)', async () => {
    const forCrm = e2e.signedFor('crm', a.tenantId, a.userId);
    // Control: crm itself accepts these very headers, so the refusals below are about the audience.
    const atCrm = await e2e.subgraph<{ _entities: Array<{ __typename: string } | null> }>(
      'crm',
      PROBE,
      { r: [{ __typename: 'Company', id: companyA }] },
      forCrm,
    );
    expect(atCrm.status).toBe(200);
    expect(atCrm.body.data?._entities).toEqual([{ __typename: 'Company' }]);

    const replays = [
      { name: 'identity', r: { __typename: 'User', id: a.userId } },
      { name: 'erp', r: { __typename: 'Invoice', id: invoiceA.id } },
    ] as const;
    for (const { name, r } of replays) {
      const result = await e2e.subgraph(name, PROBE, { r: [r] }, forCrm);
      expect({ name, status: result.status, hasData: 'data' in result.body }).toEqual({
        name,
        status: 401,
        hasData: false,
      });
      expect(result.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.body.errors?.[0].message).toMatch(/another service/);
    }
  });

  it('the gateway ignores client-set tenant and context headers', async () => {
    const spoofed = {
      'x-tenant-id': a.tenantId,
      'x-user-id': a.userId,
      // Even a context validly signed for A must not survive the gateway hop.
      ...e2e.signedFor('crm', a.tenantId, a.userId).forBody('{}'),
    };
    const asB = await e2e.gql<{ companies: Connection; invoices: Connection }>(
      `{ companies { totalCount edges { node { id } } } invoices { totalCount edges { node { id } } } }`,
      {},
      b.token,
      spoofed,
    );
    expect(asB.status).toBe(200);
    expect(ids(asB.body.data?.companies)).toEqual([companyB]);
    expect(asB.body.data?.invoices.totalCount).toBe(1);
    expect(ids(asB.body.data?.invoices)).not.toContain(invoiceA.id);

    const byId = await e2e.gql(BY_ID, { company: companyA, invoice: invoiceA.id }, b.token, spoofed);
    expect(byId.body).toEqual({ data: { company: null, invoice: null } });

    // Without a token, spoofed headers give no tenant at all.
    const anonymous = await e2e.gql(`{ companies { totalCount } }`, {}, undefined, spoofed);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data ?? null).toBeNull();
  });
});
