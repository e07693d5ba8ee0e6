import { randomUUID } from 'node:crypto';
import { errorCodes, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  countCompanies,
  CREATE_COMPANY,
  createCompany,
  LIST_COMPANIES,
  startCrm,
} from './company-fixtures';

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; name: string; domain: string | null } }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const UPDATE_COMPANY = /* GraphQL */ `
  mutation Update($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      company {
        id
        name
        domain
        updatedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

const COMPANY = /* GraphQL */ `
  query One($id: ID!) {
    company(id: $id) {
      id
      name
      domain
      owner {
        id
      }
      createdAt
      updatedAt
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

async function list(tenantId: string, variables: Record<string, unknown>): Promise<Page> {
  const result = await call(crm, { tenantId }, LIST_COMPANIES, variables);
  expect(result.body.errors).toBeUndefined();
  return (result.body.data as { companies: Page }).companies;
}

describe('crm companies', () => {
  it('creates a company owned by the caller, with a normalized domain, and reads it back', async () => {
    const tenantId = randomUUID();
    const userId = randomUUID();
    const created = await call(crm, { tenantId, userId }, CREATE_COMPANY, {
      input: { name: '  Acme Corp ', domain: ' WWW.Acme.COM. ' },
    });
    expect(created.status).toBe(200);
    const payload = (
      created.body.data as { createCompany: { company: Record<string, unknown>; userErrors: unknown[] } }
    ).createCompany;
    expect(payload.userErrors).toEqual([]);
    expect(payload.company).toMatchObject({
      name: 'Acme Corp',
      domain: 'www.acme.com',
      owner: { id: userId },
    });
    expect(new Date(payload.company.createdAt as string).toISOString()).toBe(payload.company.createdAt);

    const read = await call(crm, { tenantId }, COMPANY, { id: payload.company.id });
    expect((read.body.data as { company: unknown }).company).toEqual(payload.company);
  });

  it('stores internationalized domains in punycode', async () => {
    const company = await createCompany(
      crm,
      { tenantId: randomUUID() },
      { name: 'Stadtwerke', domain: 'München.de' },
    );
    expect(company.domain).toBe('xn--mnchen-3ya.de');
  });

  it('has no owner when created without a signed-in user (e.g. a partner key)', async () => {
    const result = await call(crm, { tenantId: randomUUID(), userId: null }, CREATE_COMPANY, {
      input: { name: 'Keyed' },
    });
    const company = (result.body.data as { createCompany: { company: { owner: unknown } } }).createCompany
      .company;
    expect(company.owner).toBeNull();
  });

  it('returns null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const tenantId = randomUUID();
    const unknown = await call(crm, { tenantId }, COMPANY, { id: randomUUID() });
    expect(unknown.body).toEqual({ data: { company: null } });
    const malformed = await call(crm, { tenantId }, COMPANY, { id: 'not-a-uuid' });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
  });

  it('paginates by name with cursors that round-trip, counting all matches', async () => {
    const tenantId = randomUUID();
    // Mixed case on purpose: the order is case-insensitive.
    for (const name of ['delta', 'Alpha', 'charlie', 'Echo', 'bravo'])
      await createCompany(crm, { tenantId }, { name });

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await list(tenantId, { first: 2, after });
      pages += 1;
      expect(page.totalCount).toBe(5);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
      seen.push(...page.edges.map((edge) => edge.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['Alpha', 'bravo', 'charlie', 'delta', 'Echo']);

    // A cursor taken from the middle continues right after its row.
    const firstPage = await list(tenantId, { first: 3 });
    const rest = await list(tenantId, { first: 10, after: firstPage.edges[1].cursor });
    expect(rest.edges.map((edge) => edge.node.name)).toEqual(['charlie', 'delta', 'Echo']);
  });

  it('breaks ties between equal names by id', async () => {
    const tenantId = randomUUID();
    for (let i = 0; i < 3; i += 1) await createCompany(crm, { tenantId }, { name: 'Same' });
    const one = await list(tenantId, { first: 1 });
    const two = await list(tenantId, { first: 1, after: one.pageInfo.endCursor });
    const three = await list(tenantId, { first: 5, after: two.pageInfo.endCursor });
    const ids = [...one.edges, ...two.edges, ...three.edges].map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(3);
    expect(three.pageInfo.hasNextPage).toBe(false);
  });

  it('searches name and domain case-insensitively, with wildcards taken literally', async () => {
    const tenantId = randomUUID();
    await createCompany(crm, { tenantId }, { name: 'Globex', domain: 'globex.com' });
    await createCompany(crm, { tenantId }, { name: 'Initech', domain: 'ACME-partner.io' });
    await createCompany(crm, { tenantId }, { name: 'ACME Industries' });
    await createCompany(crm, { tenantId }, { name: '100% Pure_Water' });

    const acme = await list(tenantId, { search: 'acme', first: 1 });
    expect(acme.totalCount).toBe(2);
    expect(acme.pageInfo.hasNextPage).toBe(true);
    const acmeAll = await list(tenantId, { search: 'acme' });
    expect(acmeAll.edges.map((edge) => edge.node.name)).toEqual(['ACME Industries', 'Initech']);

    expect((await list(tenantId, { search: '%' })).edges.map((edge) => edge.node.name)).toEqual([
      '100% Pure_Water',
    ]);
    expect((await list(tenantId, { search: '_' })).totalCount).toBe(1);
    expect((await list(tenantId, { search: 'o_e' })).totalCount).toBe(0);
    expect((await list(tenantId, { search: '   ' })).totalCount).toBe(4);
    expect((await list(tenantId, { search: 'nothing-like-this' })).edges).toEqual([]);
  });

  it('rejects a bad `first` or `after` with BAD_USER_INPUT', async () => {
    const tenantId = randomUUID();
    for (const variables of [
      { first: 0 },
      { first: 101 },
      { first: -1 },
      { after: 'garbage' },
      { after: Buffer.from('["x","not-a-uuid"]').toString('base64url') },
      { search: 'x'.repeat(201) },
    ]) {
      const result = await call(crm, { tenantId }, LIST_COMPANIES, variables);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.body.data).toBeNull();
    }
  });

  it('reports invalid input as userErrors and writes nothing', async () => {
    const tenantId = randomUUID();
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ name: '   ' }, ['NAME_REQUIRED']],
      [{ name: 'x'.repeat(201) }, ['NAME_TOO_LONG']],
      [{ name: 'Ok', domain: 'https://acme.com' }, ['DOMAIN_INVALID']],
      [{ name: 'Ok', domain: 'localhost' }, ['DOMAIN_INVALID']],
      [{ name: 'Ok', domain: '-acme.com' }, ['DOMAIN_INVALID']],
      [{ name: 'Ok', domain: '10.0.0.1' }, ['DOMAIN_INVALID']],
      [{ name: 'Ok', domain: 'acme .com' }, ['DOMAIN_INVALID']],
      [{ name: '', domain: 'bad_domain' }, ['NAME_REQUIRED', 'DOMAIN_INVALID']],
    ];
    for (const [input, codes] of cases) {
      const result = await call(crm, { tenantId }, CREATE_COMPANY, { input });
      expect(result.body.errors).toBeUndefined();
      const payload = (
        result.body.data as {
          createCompany: { company: unknown; userErrors: Array<{ code: string; field: string[] }> };
        }
      ).createCompany;
      expect(payload.company).toBeNull();
      expect(payload.userErrors.map((error) => error.code)).toEqual(codes);
      expect(payload.userErrors[0].field[0]).toBe('input');
    }
    expect(await countCompanies(crm, tenantId)).toBe(0);
  });

  it('refuses a domain already used in the tenant, whatever its case', async () => {
    const tenantId = randomUUID();
    await createCompany(crm, { tenantId }, { name: 'First', domain: 'acme.com' });
    const duplicate = await call(crm, { tenantId }, CREATE_COMPANY, {
      input: { name: 'Second', domain: 'ACME.com' },
    });
    const payload = (
      duplicate.body.data as {
        createCompany: { company: unknown; userErrors: Array<{ code: string; field: string[] }> };
      }
    ).createCompany;
    expect(payload).toEqual({
      company: null,
      userErrors: [{ code: 'DOMAIN_TAKEN', field: ['input', 'domain'], message: expect.any(String) }],
    });
    expect(await countCompanies(crm, tenantId)).toBe(1);
    // Companies without a domain never collide.
    await createCompany(crm, { tenantId }, { name: 'No domain 1' });
    await createCompany(crm, { tenantId }, { name: 'No domain 2' });
    expect(await countCompanies(crm, tenantId)).toBe(3);
  });

  it('updates name and domain, clears the domain with an empty string, and keeps omitted fields', async () => {
    const tenantId = randomUUID();
    const company = await createCompany(crm, { tenantId }, { name: 'Old', domain: 'old.example' });
    const renamed = await call(crm, { tenantId }, UPDATE_COMPANY, { input: { id: company.id, name: 'New' } });
    expect((renamed.body.data as { updateCompany: unknown }).updateCompany).toMatchObject({
      company: { id: company.id, name: 'New', domain: 'old.example' },
      userErrors: [],
    });
    const moved = await call(crm, { tenantId }, UPDATE_COMPANY, {
      input: { id: company.id, domain: 'New.Example' },
    });
    expect(
      (moved.body.data as { updateCompany: { company: { domain: string } } }).updateCompany.company.domain,
    ).toBe('new.example');
    const cleared = await call(crm, { tenantId }, UPDATE_COMPANY, { input: { id: company.id, domain: '' } });
    expect(
      (cleared.body.data as { updateCompany: { company: unknown } }).updateCompany.company,
    ).toMatchObject({
      name: 'New',
      domain: null,
    });
  });

  it('reports update validation and duplicates as userErrors without changing the row', async () => {
    const tenantId = randomUUID();
    await createCompany(crm, { tenantId }, { name: 'Taken', domain: 'taken.com' });
    const company = await createCompany(crm, { tenantId }, { name: 'Mine', domain: 'mine.com' });
    for (const [input, code] of [
      [{ name: ' ' }, 'NAME_REQUIRED'],
      [{ domain: 'not a domain' }, 'DOMAIN_INVALID'],
      [{ name: 'Renamed', domain: 'TAKEN.com' }, 'DOMAIN_TAKEN'],
    ] as const) {
      const result = await call(crm, { tenantId }, UPDATE_COMPANY, { input: { id: company.id, ...input } });
      expect(result.body.errors).toBeUndefined();
      const payload = (
        result.body.data as { updateCompany: { company: unknown; userErrors: Array<{ code: string }> } }
      ).updateCompany;
      expect(payload.company).toBeNull();
      expect(payload.userErrors.map((error) => error.code)).toEqual([code]);
    }
    const read = await call(crm, { tenantId }, COMPANY, { id: company.id });
    expect((read.body.data as { company: unknown }).company).toMatchObject({
      name: 'Mine',
      domain: 'mine.com',
    });
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one on update', async () => {
    const tenantId = randomUUID();
    const unknown = await call(crm, { tenantId }, UPDATE_COMPANY, { input: { id: randomUUID(), name: 'X' } });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const malformed = await call(crm, { tenantId }, UPDATE_COMPANY, { input: { id: '1', name: 'X' } });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
  });
});
