import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  errorCodes,
  postGraphQL,
  queryAsSuperuser,
  sqlStatementCount,
  testDatabaseUrl,
  type RunningSubgraph,
} from '@nexora/kit';
import {
  call,
  countCompanies,
  CREATE_COMPANY,
  createCompany,
  LIST_COMPANIES,
  READ,
  startCrm,
  WRITE,
} from './company-fixtures';

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Company {
        id
        name
        domain
        owner {
          id
        }
        createdAt
      }
    }
  }
`;

const COMPANY = /* GraphQL */ `
  query One($id: ID!) {
    company(id: $id) {
      id
      name
    }
  }
`;

let crm: RunningSubgraph;

beforeAll(async () => {
  crm = await startCrm();
});

afterAll(async () => {
  await crm.stop();
});

function references(ids: string[]) {
  return ids.map((id) => ({ __typename: 'Company', id }));
}

describe('crm tenancy and access', () => {
  it("never shows tenant A's company to tenant B: by id, list, search or _entities", async () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();
    const company = await createCompany(
      crm,
      { tenantId: tenantA },
      { name: 'Secret Co', domain: 'secret.example' },
    );

    const byId = await call(crm, { tenantId: tenantB }, COMPANY, { id: company.id });
    expect(byId.body).toEqual({ data: { company: null } });
    expect(await countCompanies(crm, tenantB)).toBe(0);
    expect(await countCompanies(crm, tenantB, 'secret')).toBe(0);
    const entities = await call(crm, { tenantId: tenantB }, ENTITIES, {
      representations: references([company.id]),
    });
    expect(entities.body).toEqual({ data: { _entities: [null] } });

    // B cannot change it either, and may use the same domain for its own company.
    const update = await call(
      crm,
      { tenantId: tenantB },
      `mutation { updateCompany(input: { id: "${company.id}", name: "Mine" }) { company { id } } }`,
    );
    expect(errorCodes(update)).toEqual(['NOT_FOUND']);
    await createCompany(crm, { tenantId: tenantB }, { name: 'Other Secret', domain: 'secret.example' });

    // A still sees exactly its own company, unchanged.
    const own = await call(crm, { tenantId: tenantA }, ENTITIES, {
      representations: references([company.id]),
    });
    expect(own.body.data).toEqual({
      _entities: [
        {
          id: company.id,
          name: 'Secret Co',
          domain: 'secret.example',
          owner: expect.any(Object),
          createdAt: expect.any(String),
        },
      ],
    });
  });

  it('resolves _entities in order, with null for unknown and malformed ids', async () => {
    const tenantId = randomUUID();
    const first = await createCompany(crm, { tenantId }, { name: 'First' });
    const second = await createCompany(crm, { tenantId }, { name: 'Second' });
    const result = await call(crm, { tenantId }, ENTITIES, {
      representations: references([second.id, randomUUID(), 'junk', first.id.toUpperCase()]),
    });
    const names = (result.body.data as { _entities: Array<{ name: string } | null> })._entities.map(
      (c) => c?.name ?? null,
    );
    expect(names).toEqual(['Second', null, null, 'First']);
  });

  it('refuses callers without the permission with FORBIDDEN and writes nothing', async () => {
    const tenantId = randomUUID();
    const company = await createCompany(crm, { tenantId }, { name: 'Guarded' });
    const readOnly = { tenantId, permissions: [READ] };
    const writeOnly = { tenantId, permissions: [WRITE] };
    const nothing = { tenantId, permissions: [] };

    expect(errorCodes(await call(crm, nothing, LIST_COMPANIES))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(crm, nothing, COMPANY, { id: company.id }))).toEqual(['FORBIDDEN']);
    const create = await call(crm, readOnly, CREATE_COMPANY, { input: { name: 'Sneaky' } });
    expect(errorCodes(create)).toEqual(['FORBIDDEN']);
    expect(create.body.data).toBeNull();
    // The company's data fields need read permission, also when reached as an entity.
    const entities = await call(crm, writeOnly, ENTITIES, { representations: references([company.id]) });
    expect(errorCodes(entities)).toContain('FORBIDDEN');
    expect(await countCompanies(crm, tenantId)).toBe(1);
  });

  it('fails closed without a tenant', async () => {
    const noTenant = { tenantId: null, permissions: [READ, WRITE] };
    expect(errorCodes(await call(crm, noTenant, LIST_COMPANIES))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(crm, noTenant, CREATE_COMPANY, { input: { name: 'Nowhere' } }))).toEqual([
      'FORBIDDEN',
    ]);
    const entities = await call(crm, noTenant, ENTITIES, { representations: references([randomUUID()]) });
    expect(errorCodes(entities)).toEqual(['FORBIDDEN']);
    const anonymous = await call(crm, { tenantId: null, userId: null, permissions: [] }, LIST_COMPANIES);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('answers unsigned and forged requests with 401', async () => {
    const unsigned = await postGraphQL(crm.url, LIST_COMPANIES);
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const service = await postGraphQL(crm.url, '{ _service { sdl } }');
    expect(service.status).toBe(401);
    const forged = await postGraphQL(
      crm.url,
      LIST_COMPANIES,
      {},
      {
        'x-nexora-context': Buffer.from(JSON.stringify({ tenantId: randomUUID() })).toString('base64url'),
        'x-nexora-signature': 'AAAA',
      },
    );
    expect(forged.status).toBe(401);
  });

  it('runs as many SQL statements for 100 companies as for 10', async () => {
    const tenantId = randomUUID();
    for (let batch = 0; batch < 10; batch += 1) {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          createCompany(crm, { tenantId }, { name: `Co ${batch}-${i}`, domain: `co-${batch}-${i}.example` }),
        ),
      );
    }
    const listQuery = `query($first: Int) { companies(first: $first) { totalCount edges { node { id name domain owner { id } createdAt updatedAt } } } }`;
    const statementsFor = async (query: string, variables: Record<string, unknown>, expected: number) => {
      const before = sqlStatementCount(crm.dataSource);
      const result = await call(crm, { tenantId }, query, variables);
      expect(result.body.errors).toBeUndefined();
      expect(JSON.stringify(result.body.data).match(/"id"/g)?.length).toBeGreaterThanOrEqual(expected);
      return sqlStatementCount(crm.dataSource) - before;
    };
    const ten = await statementsFor(listQuery, { first: 10 }, 10);
    const hundred = await statementsFor(listQuery, { first: 100 }, 100);
    expect(hundred).toBe(ten);

    const list = await call(crm, { tenantId }, `{ companies(first: 100) { edges { node { id } } } }`);
    const ids = (
      list.body.data as { companies: { edges: Array<{ node: { id: string } }> } }
    ).companies.edges.map((edge) => edge.node.id);
    expect(ids).toHaveLength(100);
    const entitiesTen = await statementsFor(ENTITIES, { representations: references(ids.slice(0, 10)) }, 10);
    const entitiesHundred = await statementsFor(ENTITIES, { representations: references(ids) }, 100);
    expect(entitiesHundred).toBe(entitiesTen);
  });
});

describe('crm database guards', () => {
  it("lets a table point at a company through (tenant_id, company_id), so it cannot name another tenant's", async () => {
    const ours = randomUUID();
    const theirs = randomUUID();
    const company = await createCompany(crm, { tenantId: theirs }, { name: 'Foreign Ltd' });
    const client = new Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      await client.query('begin');
      // A table of its own inside the transaction; the rollback below removes it again.
      const table = `public.pointer_${randomUUID().replace(/-/g, '')}`;
      await client.query(`create table ${table} (tenant_id uuid, company_id uuid,
        foreign key (tenant_id, company_id) references crm.companies (tenant_id, id))`);
      await client.query(`insert into ${table} values ($1, $2)`, [theirs, company.id]);
      await client.query('savepoint foreign_row');
      const refused = await client.query(`insert into ${table} values ($1, $2)`, [ours, company.id]).then(
        () => null,
        (error: { code?: string }) => error.code,
      );
      expect(refused).toBe('23503'); // foreign_key_violation
    } finally {
      await client.query('rollback');
      await client.end();
    }
  });

  it('forces row-level security on every tenant table of the crm schema', async () => {
    const rows = await queryAsSuperuser<{ table: string; rls: boolean; forced: boolean; policies: number }>(
      `select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'crm' and c.relkind in ('r', 'p')
         and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)`,
    );
    expect(rows.map((row) => row.table)).toEqual(expect.arrayContaining(['companies', 'outbox']));
    // The outbox has tenant read and insert policies plus the relay's read, publish and prune policies.
    for (const row of rows) {
      const policies = row.table === 'outbox' ? 5 : 1;
      expect(row).toEqual({ table: row.table, rls: true, forced: true, policies });
    }
  });

  it("shows the subgraph's own role no rows when no tenant is set", async () => {
    await createCompany(crm, { tenantId: randomUUID() }, { name: 'Invisible' });
    const rows: Array<{ count: number }> = await crm.dataSource.query(
      'select count(*)::int as count from crm.companies',
    );
    expect(rows[0].count).toBe(0);
    const role: Array<{ user: string }> = await crm.dataSource.query('select current_user as user');
    expect(role[0].user).toBe('nexora_crm');
  });
});
