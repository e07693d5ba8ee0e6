import { randomUUID } from 'node:crypto';
import { errorCodes, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  createCompanyId,
  createPerson,
  LIST_PEOPLE,
  listPeople,
  startCrm,
  UPDATE_PERSON,
} from './person-fixtures';

let crm: RunningSubgraph;

beforeAll(async () => {
  crm = await startCrm();
});

afterAll(async () => {
  await crm.stop();
});

async function allNames(tenantId: string, variables: Record<string, unknown>, first = 2): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await listPeople(crm, { tenantId }, { ...variables, first, after });
    names.push(...page.edges.map((edge) => edge.node.name));
    if (!page.pageInfo.hasNextPage) return names;
    after = page.pageInfo.endCursor;
  }
}

describe('people list', () => {
  it('searches full names and every e-mail case-insensitively, with wildcards taken literally', async () => {
    const tenantId = randomUUID();
    await createPerson(
      crm,
      { tenantId },
      { firstName: 'Ada', lastName: 'Lovelace', emails: ['countess@engine.org'] },
    );
    await createPerson(
      crm,
      { tenantId },
      { firstName: 'Alan', lastName: 'Turing', emails: ['a@x.io', 'alan_t@bletchley.uk'] },
    );
    await createPerson(crm, { tenantId }, { firstName: '100%', lastName: 'Sure' });
    const names = async (search: string) =>
      (await listPeople(crm, { tenantId }, { search })).edges.map((edge) => edge.node.name);
    expect(await names('ADA LOVE')).toEqual(['Ada Lovelace']);
    expect(await names('Countess@ENGINE')).toEqual(['Ada Lovelace']);
    expect(await names('bletchley')).toEqual(['Alan Turing']);
    expect(await names('n_t')).toEqual(['Alan Turing']);
    expect(await names('a%')).toEqual([]);
    expect(await names('0%')).toEqual(['100% Sure']);
    expect(await names('  ')).toHaveLength(3);
    expect((await listPeople(crm, { tenantId }, { search: 'U' })).totalCount).toBe(3);
    expect(errorCodes(await call(crm, { tenantId }, LIST_PEOPLE, { search: 'x'.repeat(201) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('filters by company, owner and tag, together with a search', async () => {
    const tenantId = randomUUID();
    const owner = randomUUID();
    const acme = await createCompanyId(crm, { tenantId }, { name: 'Acme' });
    await createPerson(
      crm,
      { tenantId, userId: owner },
      { firstName: 'Ann', companyId: acme, tags: ['Champion'] },
    );
    await createPerson(crm, { tenantId, userId: owner }, { firstName: 'Ben', tags: ['champion'] });
    await createPerson(crm, { tenantId }, { firstName: 'Cid', companyId: acme });
    const names = async (variables: Record<string, unknown>) =>
      (await listPeople(crm, { tenantId }, variables)).edges.map((edge) => edge.node.name);
    expect(await names({ filter: { companyId: acme } })).toEqual(['Ann', 'Cid']);
    expect(await names({ filter: { ownerId: owner } })).toEqual(['Ann', 'Ben']);
    expect(await names({ filter: { tag: 'CHAMPION ' } })).toEqual(['Ann', 'Ben']);
    expect(await names({ filter: { companyId: acme, tag: 'champion' } })).toEqual(['Ann']);
    expect(await names({ filter: { companyId: acme }, search: 'ci' })).toEqual(['Cid']);
    expect(await names({ filter: { companyId: randomUUID() } })).toEqual([]);
    for (const filter of [{ companyId: 'acme' }, { ownerId: '42' }]) {
      expect(errorCodes(await call(crm, { tenantId }, LIST_PEOPLE, { filter }))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('pages through every ordering in both directions; a cursor only continues its own ordering', async () => {
    const tenantId = randomUUID();
    const ids: Record<string, string> = {};
    for (const firstName of ['delta', 'Alpha', 'charlie', 'Bravo']) {
      ids[firstName] = (await createPerson(crm, { tenantId }, { firstName })).id;
    }
    await call(crm, { tenantId }, UPDATE_PERSON, { input: { id: ids.Alpha, jobTitle: 'CEO' } });
    const order = (field: string, direction: string) => allNames(tenantId, { orderBy: { field, direction } });
    expect(await order('NAME', 'ASC')).toEqual(['Alpha', 'Bravo', 'charlie', 'delta']);
    expect(await order('NAME', 'DESC')).toEqual(['delta', 'charlie', 'Bravo', 'Alpha']);
    expect(await order('CREATED_AT', 'ASC')).toEqual(['delta', 'Alpha', 'charlie', 'Bravo']);
    expect(await order('CREATED_AT', 'DESC')).toEqual(['Bravo', 'charlie', 'Alpha', 'delta']);
    expect(await order('UPDATED_AT', 'ASC')).toEqual(['delta', 'charlie', 'Bravo', 'Alpha']);
    expect(await order('UPDATED_AT', 'DESC')).toEqual(['Alpha', 'Bravo', 'charlie', 'delta']);

    const first = await listPeople(
      crm,
      { tenantId },
      { first: 1, orderBy: { field: 'UPDATED_AT', direction: 'DESC' } },
    );
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    for (const orderBy of [
      undefined,
      { field: 'UPDATED_AT', direction: 'ASC' },
      { field: 'CREATED_AT', direction: 'DESC' },
    ]) {
      const result = await call(crm, { tenantId }, LIST_PEOPLE, { after: first.pageInfo.endCursor, orderBy });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    }
    for (const first of [0, 101]) {
      expect(errorCodes(await call(crm, { tenantId }, LIST_PEOPLE, { first }))).toEqual(['BAD_USER_INPUT']);
    }
    expect(
      errorCodes(await call(crm, { tenantId }, LIST_PEOPLE, { orderBy: { field: 'EMPLOYEE_COUNT' } })),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Company.people', () => {
  it("pages through a company's people by name and counts them; other companies' people stay out", async () => {
    const tenantId = randomUUID();
    const acme = await createCompanyId(crm, { tenantId }, { name: 'Acme' });
    const globex = await createCompanyId(crm, { tenantId }, { name: 'Globex' });
    for (const firstName of ['Zed', 'amy', 'Bob'])
      await createPerson(crm, { tenantId }, { firstName, companyId: acme });
    await createPerson(crm, { tenantId }, { firstName: 'Gus', companyId: globex });
    await createPerson(crm, { tenantId }, { firstName: 'Nobody' });
    const query = `query($id: ID!, $after: String) {
      company(id: $id) { people(first: 2, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }
    }`;
    type Result = {
      company: {
        people: {
          totalCount: number;
          edges: Array<{ node: { name: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const page1 = await call<Result>(crm, { tenantId }, query, { id: acme });
    const people1 = page1.body.data!.company.people;
    expect(people1.totalCount).toBe(3);
    expect(people1.edges.map((edge) => edge.node.name)).toEqual(['amy', 'Bob']);
    expect(people1.pageInfo.hasNextPage).toBe(true);
    const page2 = await call<Result>(crm, { tenantId }, query, {
      id: acme,
      after: people1.pageInfo.endCursor,
    });
    expect(page2.body.data!.company.people.edges.map((edge) => edge.node.name)).toEqual(['Zed']);
    expect(page2.body.data!.company.people.pageInfo.hasNextPage).toBe(false);
    const other = await call<Result>(crm, { tenantId }, query, { id: globex });
    expect(other.body.data!.company.people.edges.map((edge) => edge.node.name)).toEqual(['Gus']);
    expect(errorCodes(await call(crm, { tenantId }, query, { id: acme, after: 'junk' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    // Without crm.person:read, a company reader does not see its people.
    const companiesOnly = await call(crm, { tenantId, permissions: ['crm.company:read'] }, query, {
      id: acme,
    });
    expect(errorCodes(companiesOnly)).toContain('FORBIDDEN');
  });
});
