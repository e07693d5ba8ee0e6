import { randomUUID } from 'node:crypto';
import { countRows, errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import { call, CREATE_COMPANY, startCrm, type UserErrorResult } from './person-fixtures';

interface CompanyResult {
  id: string;
  name: string;
  domain: string | null;
  industry: string | null;
  employeeCount: number | null;
  tags: string[];
  address: Record<string, string | null> | null;
}

const UPDATE_COMPANY = /* GraphQL */ `
  mutation Update($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      company {
        id
        name
        domain
        industry
        employeeCount
        tags
        address {
          street
          city
          postalCode
          region
          country
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $search: String, $filter: CompanyFilter, $orderBy: CompanyOrder) {
    companies(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          employeeCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; name: string; employeeCount: number | null } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

let crm: RunningSubgraph;

beforeAll(async () => {
  crm = await startCrm();
});

afterAll(async () => {
  await crm.stop();
});

type Payload = { company: CompanyResult | null; userErrors: UserErrorResult[] };

async function create(tenantId: string, input: Record<string, unknown>, userId?: string) {
  return call<{ createCompany: Payload }>(crm, { tenantId, userId }, CREATE_COMPANY, { input });
}

async function created(
  tenantId: string,
  input: Record<string, unknown>,
  userId?: string,
): Promise<CompanyResult> {
  const result = await create(tenantId, input, userId);
  const company = result.body.data?.createCompany.company;
  if (!company) throw new Error(JSON.stringify(result.body));
  return company;
}

async function list(tenantId: string, variables: Record<string, unknown>): Promise<Page> {
  const result = await call<{ companies: Page }>(crm, { tenantId }, LIST, variables);
  if (!result.body.data) throw new Error(JSON.stringify(result.body));
  return result.body.data.companies;
}

/** Walks every page of size `first` and returns the names in order. */
async function allNames(tenantId: string, variables: Record<string, unknown>, first = 2): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await list(tenantId, { ...variables, first, after });
    names.push(...page.edges.map((edge) => edge.node.name));
    if (!page.pageInfo.hasNextPage) return names;
    after = page.pageInfo.endCursor;
  }
}

describe('company details', () => {
  it('stores industry, employee count, a normalized address and normalized tags, and announces the company by its key', async () => {
    const tenantId = randomUUID();
    const company = await created(tenantId, {
      name: 'Acme',
      industry: '  Software ',
      employeeCount: 250,
      address: { street: ' 1 Main St ', city: 'Springfield', postalCode: '12345', region: '', country: 'us' },
      tags: [' Enterprise', 'enterprise', 'EMEA ', '   '],
    });
    expect(company).toMatchObject({
      industry: 'Software',
      employeeCount: 250,
      address: { street: '1 Main St', city: 'Springfield', postalCode: '12345', region: null, country: 'US' },
      tags: ['enterprise', 'emea'],
    });
    const [event] = await queryAsSuperuser<{ payload: Record<string, unknown> }>(
      `select payload from crm.outbox where tenant_id = $1 and type = 'crm.company.created'`,
      [tenantId],
    );
    expect(event.payload).toEqual({ id: company.id, name: 'Acme', domain: null });
  });

  it.each([
    [{ industry: 'i'.repeat(101) }, 'INDUSTRY_TOO_LONG', ['input', 'industry']],
    [{ employeeCount: -1 }, 'EMPLOYEE_COUNT_INVALID', ['input', 'employeeCount']],
    [{ employeeCount: 10_000_001 }, 'EMPLOYEE_COUNT_INVALID', ['input', 'employeeCount']],
    [{ address: { country: 'XX' } }, 'COUNTRY_INVALID', ['input', 'address', 'country']],
    [{ address: { country: 'FRA' } }, 'COUNTRY_INVALID', ['input', 'address', 'country']],
    [{ address: { street: 's'.repeat(201) } }, 'ADDRESS_TOO_LONG', ['input', 'address', 'street']],
    [{ address: { postalCode: '1'.repeat(21) } }, 'ADDRESS_TOO_LONG', ['input', 'address', 'postalCode']],
    [{ tags: ['ok', 't'.repeat(41)] }, 'TAG_TOO_LONG', ['input', 'tags', '1']],
    [{ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'TOO_MANY_TAGS', ['input', 'tags']],
  ])('refuses %j with %s and writes nothing', async (input, code, field) => {
    const tenantId = randomUUID();
    const result = await create(tenantId, { name: 'Bad', ...input });
    expect(result.body.data!.createCompany).toEqual({
      company: null,
      userErrors: [{ code, field, message: expect.any(String) }],
    });
    expect(await countRows('select 1 from crm.companies where tenant_id = $1', [tenantId])).toBe(0);
  });

  it('keeps 20 tags once duplicates are merged', async () => {
    const tags = Array.from({ length: 20 }, (_, i) => `t${i}`);
    const company = await created(randomUUID(), { name: 'Tagged', tags: [...tags, 'T0', ' t1 '] });
    expect(company.tags).toEqual(tags);
  });

  it('updates details: null clears the count and the address, [] the tags, omitted fields stay', async () => {
    const tenantId = randomUUID();
    const company = await created(tenantId, {
      name: 'Acme',
      industry: 'Software',
      employeeCount: 10,
      address: { city: 'Paris', country: 'FR' },
      tags: ['a'],
    });
    const change = (input: Record<string, unknown>) =>
      call<{ updateCompany: Payload }>(crm, { tenantId }, UPDATE_COMPANY, {
        input: { id: company.id, ...input },
      });
    const moved = await change({ address: { city: 'Berlin', country: 'de' }, employeeCount: 12 });
    expect(moved.body.data!.updateCompany.company).toMatchObject({
      industry: 'Software',
      employeeCount: 12,
      tags: ['a'],
      address: { city: 'Berlin', country: 'DE', street: null },
    });
    const cleared = await change({ employeeCount: null, address: null, tags: [], industry: '' });
    expect(cleared.body.data!.updateCompany.company).toMatchObject({
      industry: null,
      employeeCount: null,
      address: null,
      tags: [],
      name: 'Acme',
    });
    const refused = await change({ employeeCount: 1.5 });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']); // GraphQL itself refuses a non-integer Int
    const invalid = await change({ address: { country: 'ZZ' }, tags: ['x'.repeat(50)] });
    expect(invalid.body.data!.updateCompany.userErrors.map((error) => error.code)).toEqual([
      'COUNTRY_INVALID',
      'TAG_TOO_LONG',
    ]);
    const events = await countRows(
      `select 1 from crm.outbox where tenant_id = $1 and type = 'crm.company.updated' and payload->>'id' = $2`,
      [tenantId, company.id],
    );
    expect(events).toBe(2);
  });
});

describe('companies list', () => {
  it('filters by industry, tag and owner, and searches name and domain case-insensitively', async () => {
    const tenantId = randomUUID();
    const alice = randomUUID();
    await created(
      tenantId,
      { name: 'Alpha Soft', domain: 'alpha.io', industry: 'Software', tags: ['vip'] },
      alice,
    );
    await created(tenantId, {
      name: 'Beta Steel',
      domain: 'beta-metal.com',
      industry: 'Manufacturing',
      tags: ['VIP'],
    });
    await created(tenantId, { name: 'Gamma', domain: 'gamma.io', industry: 'software' }, alice);
    const names = async (variables: Record<string, unknown>) =>
      (await list(tenantId, variables)).edges.map((edge) => edge.node.name);
    expect(await names({ filter: { industry: 'SOFTWARE' } })).toEqual(['Alpha Soft', 'Gamma']);
    expect(await names({ filter: { tag: ' Vip ' } })).toEqual(['Alpha Soft', 'Beta Steel']);
    expect(await names({ filter: { ownerId: alice } })).toEqual(['Alpha Soft', 'Gamma']);
    expect(await names({ filter: { ownerId: alice, tag: 'vip' } })).toEqual(['Alpha Soft']);
    expect(await names({ search: 'STEEL' })).toEqual(['Beta Steel']);
    expect(await names({ search: '.IO' })).toEqual(['Alpha Soft', 'Gamma']);
    expect(await names({ search: 'metal', filter: { industry: 'software' } })).toEqual([]);
    expect((await list(tenantId, { filter: { industry: 'software' } })).totalCount).toBe(2);
    expect(errorCodes(await call(crm, { tenantId }, LIST, { filter: { ownerId: 'me' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('pages through every ordering, both directions, with ties broken by id', async () => {
    const tenantId = randomUUID();
    const specs = [
      { name: 'delta', employeeCount: 40 },
      { name: 'Alpha', employeeCount: 5000 },
      { name: 'charlie' },
      { name: 'Bravo', employeeCount: 40 },
      { name: 'echo', employeeCount: 1 },
    ];
    const ids: Record<string, string> = {};
    for (const spec of specs) ids[spec.name] = (await created(tenantId, spec)).id;
    // charlie changes last, so it is the most recently updated.
    await call(crm, { tenantId }, UPDATE_COMPANY, { input: { id: ids.charlie, industry: 'Retail' } });

    const inOrder = (field: string, direction: string) =>
      allNames(tenantId, { orderBy: { field, direction } });
    expect(await inOrder('NAME', 'ASC')).toEqual(['Alpha', 'Bravo', 'charlie', 'delta', 'echo']);
    expect(await inOrder('NAME', 'DESC')).toEqual(['echo', 'delta', 'charlie', 'Bravo', 'Alpha']);
    const created_ = ['delta', 'Alpha', 'charlie', 'Bravo', 'echo'];
    expect(await inOrder('CREATED_AT', 'ASC')).toEqual(created_);
    expect(await inOrder('CREATED_AT', 'DESC')).toEqual([...created_].reverse());
    expect((await inOrder('UPDATED_AT', 'DESC'))[0]).toBe('charlie');
    expect(await inOrder('UPDATED_AT', 'ASC')).toEqual(['delta', 'Alpha', 'Bravo', 'echo', 'charlie']);
    const equalSizes = [ids.delta, ids.Bravo].sort();
    const bySize = (names: string[]) =>
      names.map((name) => (name === 'delta' || name === 'Bravo' ? ids[name] : name));
    expect(bySize(await inOrder('EMPLOYEE_COUNT', 'ASC'))).toEqual([
      'charlie',
      'echo',
      ...equalSizes,
      'Alpha',
    ]);
    expect(bySize(await inOrder('EMPLOYEE_COUNT', 'DESC'))).toEqual([
      'Alpha',
      ...[...equalSizes].reverse(),
      'echo',
      'charlie',
    ]);
  });

  it('refuses a cursor of another ordering, a forged cursor and a bad page size with BAD_USER_INPUT', async () => {
    const tenantId = randomUUID();
    for (const name of ['a', 'b', 'c']) await created(tenantId, { name, employeeCount: 3 });
    const page = await list(tenantId, { first: 1, orderBy: { field: 'CREATED_AT', direction: 'DESC' } });
    const cursor = page.pageInfo.endCursor;
    for (const variables of [
      { after: cursor },
      { after: cursor, orderBy: { field: 'CREATED_AT', direction: 'ASC' } },
      { after: cursor, orderBy: { field: 'EMPLOYEE_COUNT' } },
      {
        after: Buffer.from(JSON.stringify(['EMPLOYEE_COUNT:ASC:abc', randomUUID()])).toString('base64url'),
        orderBy: { field: 'EMPLOYEE_COUNT' },
      },
      {
        after: Buffer.from(JSON.stringify(['CREATED_AT:DESC:yesterday', randomUUID()])).toString('base64url'),
        orderBy: { field: 'CREATED_AT', direction: 'DESC' },
      },
      { after: Buffer.from(JSON.stringify(['NAME:ASC:a', 'not-a-uuid'])).toString('base64url') },
      { after: 'garbage' },
      { first: 0 },
      { first: 101 },
      { search: 'x'.repeat(201) },
      { orderBy: { field: 'SIZE' } },
    ]) {
      const result = await call(crm, { tenantId }, LIST, variables);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    }
    // The same cursor continues its own ordering.
    const next = await list(tenantId, {
      first: 5,
      after: cursor,
      orderBy: { field: 'CREATED_AT', direction: 'DESC' },
    });
    expect(next.edges.map((edge) => edge.node.name)).toEqual(['b', 'a']);
  });
});

describe('indexes', () => {
  it('gives companies, people and person_emails only indexes that start with tenant_id (besides the primary key)', async () => {
    const rows = await queryAsSuperuser<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes
       where schemaname = 'crm' and tablename in ('companies', 'people', 'person_emails') and indexname not in ('companies_pkey', 'people_pkey')`,
    );
    expect(rows.length).toBeGreaterThan(15);
    for (const row of rows) expect(row.indexdef).toMatch(/\((tenant_id)[,)]/);
    const trigram = rows.filter((row) => row.indexdef.includes('gin_trgm_ops')).map((row) => row.indexname);
    expect(trigram.sort()).toEqual([
      'companies_tenant_domain_trgm_idx',
      'companies_tenant_name_trgm_idx',
      'people_tenant_name_trgm_idx',
      'person_emails_tenant_email_trgm_idx',
    ]);
  });
});
