import { randomUUID } from 'node:crypto';
import {
  countRows,
  errorCodes,
  queryAsSuperuser,
  sqlStatementCount,
  type RunningSubgraph,
} from '@nexora/kit';
import {
  call,
  CREATE_PERSON,
  createCompanyId,
  createPerson,
  DELETE_PERSON,
  PERSON,
  type PersonResult,
  startCrm,
  UPDATE_PERSON,
  type UserErrorResult,
  VIEWER_PERMISSIONS,
} from './person-fixtures';

let crm: RunningSubgraph;

beforeAll(async () => {
  crm = await startCrm();
});

afterAll(async () => {
  await crm.stop();
});

type Payload = { person: PersonResult | null; userErrors: UserErrorResult[] };

async function create(tenantId: string, input: Record<string, unknown>) {
  const result = await call<{ createPerson: Payload }>(crm, { tenantId }, CREATE_PERSON, { input });
  return result;
}

async function update(tenantId: string, input: Record<string, unknown>) {
  return call<{ updatePerson: Payload }>(crm, { tenantId }, UPDATE_PERSON, { input });
}

const peopleOf = (tenantId: string) => countRows('select 1 from crm.people where tenant_id = $1', [tenantId]);
const eventsOf = (tenantId: string, type: string) =>
  queryAsSuperuser<{ payload: Record<string, unknown> }>(
    'select payload from crm.outbox where tenant_id = $1 and type = $2 order by sequence',
    [tenantId, type],
  );

describe('createPerson and person', () => {
  it('creates a person owned by the caller with normalized e-mails and phones, and reads it back', async () => {
    const tenantId = randomUUID();
    const userId = randomUUID();
    const companyId = await createCompanyId(crm, { tenantId }, { name: 'Acme' });
    const result = await call<{ createPerson: Payload }>(crm, { tenantId, userId }, CREATE_PERSON, {
      input: {
        firstName: '  Ada ',
        lastName: 'Lovelace',
        emails: [' Ada@Acme.COM ', 'ada@analytical.engine.org'],
        phones: ['+44 (20) 7946-0958', '+1.202.555.0143'],
        jobTitle: 'Head of Engines',
        companyId: companyId.toUpperCase(),
        tags: [' VIP', 'vip', 'Math '],
      },
    });
    const payload = result.body.data!.createPerson;
    expect(payload.userErrors).toEqual([]);
    expect(payload.person).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
      name: 'Ada Lovelace',
      emails: ['ada@acme.com', 'ada@analytical.engine.org'],
      primaryEmail: 'ada@acme.com',
      phones: ['+442079460958', '+12025550143'],
      jobTitle: 'Head of Engines',
      tags: ['vip', 'math'],
      company: { id: companyId, name: 'Acme' },
      owner: { id: userId },
    });
    const read = await call<{ person: PersonResult }>(crm, { tenantId }, PERSON, { id: payload.person!.id });
    expect(read.body.data!.person).toEqual(payload.person);

    const events = await eventsOf(tenantId, 'crm.person.created');
    expect(events.map((event) => event.payload)).toEqual([
      {
        id: payload.person!.id,
        name: 'Ada Lovelace',
        emails: ['ada@acme.com', 'ada@analytical.engine.org'],
        companyId,
        ownerId: userId,
      },
    ]);
  });

  it('needs only a first name', async () => {
    const person = await createPerson(crm, { tenantId: randomUUID() }, { firstName: 'Cher' });
    expect(person).toMatchObject({
      name: 'Cher',
      lastName: null,
      emails: [],
      primaryEmail: null,
      phones: [],
      company: null,
    });
  });

  it('returns null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const tenantId = randomUUID();
    expect((await call(crm, { tenantId }, PERSON, { id: randomUUID() })).body).toEqual({
      data: { person: null },
    });
    expect(errorCodes(await call(crm, { tenantId }, PERSON, { id: 'nope' }))).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    [{ firstName: '   ' }, 'FIRST_NAME_REQUIRED', ['input', 'firstName']],
    [{ firstName: 'x'.repeat(101) }, 'NAME_TOO_LONG', ['input', 'firstName']],
    [{ firstName: 'A', lastName: 'y'.repeat(101) }, 'NAME_TOO_LONG', ['input', 'lastName']],
    [{ firstName: 'A', jobTitle: 'z'.repeat(201) }, 'JOB_TITLE_TOO_LONG', ['input', 'jobTitle']],
    [{ firstName: 'A', emails: ['ok@acme.com', 'not-an-email'] }, 'EMAIL_INVALID', ['input', 'emails', '1']],
    [{ firstName: 'A', emails: ['a@b'] }, 'EMAIL_INVALID', ['input', 'emails', '0']],
    [{ firstName: 'A', emails: ['a..b@acme.com'] }, 'EMAIL_INVALID', ['input', 'emails', '0']],
    [{ firstName: 'A', emails: ['a b@acme.com'] }, 'EMAIL_INVALID', ['input', 'emails', '0']],
    [{ firstName: 'A', emails: [`${'l'.repeat(65)}@acme.com`] }, 'EMAIL_INVALID', ['input', 'emails', '0']],
    [{ firstName: 'A', emails: ['a@acme.com', 'A@ACME.com'] }, 'EMAIL_DUPLICATE', ['input', 'emails', '1']],
    [
      { firstName: 'A', emails: Array.from({ length: 11 }, (_, i) => `a${i}@acme.com`) },
      'TOO_MANY_EMAILS',
      ['input', 'emails'],
    ],
    [{ firstName: 'A', phones: ['0612345678'] }, 'PHONE_INVALID', ['input', 'phones', '0']],
    [
      { firstName: 'A', phones: ['+33 6 12 34 56 78', '+1 call me'] },
      'PHONE_INVALID',
      ['input', 'phones', '1'],
    ],
    [{ firstName: 'A', phones: ['+0123456789'] }, 'PHONE_INVALID', ['input', 'phones', '0']],
    [{ firstName: 'A', phones: ['+1234567890123456'] }, 'PHONE_INVALID', ['input', 'phones', '0']],
    [
      { firstName: 'A', phones: Array.from({ length: 11 }, (_, i) => `+3361234567${i}`) },
      'TOO_MANY_PHONES',
      ['input', 'phones'],
    ],
    [{ firstName: 'A', tags: ['t'.repeat(41)] }, 'TAG_TOO_LONG', ['input', 'tags', '0']],
    [
      { firstName: 'A', tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) },
      'TOO_MANY_TAGS',
      ['input', 'tags'],
    ],
    [{ firstName: 'A', companyId: randomUUID() }, 'COMPANY_NOT_FOUND', ['input', 'companyId']],
  ])('refuses %j with %s and writes nothing', async (input, code, field) => {
    const tenantId = randomUUID();
    const result = await create(tenantId, input);
    expect(result.body.errors).toBeUndefined();
    const payload = result.body.data!.createPerson;
    expect(payload.person).toBeNull();
    expect(payload.userErrors).toEqual([{ code, field, message: expect.any(String) }]);
    expect(await peopleOf(tenantId)).toBe(0);
    expect(await eventsOf(tenantId, 'crm.person.created')).toEqual([]);
  });

  it("refuses another tenant's company as COMPANY_NOT_FOUND and a malformed company id as BAD_USER_INPUT", async () => {
    const tenantId = randomUUID();
    const foreignCompany = await createCompanyId(crm, { tenantId: randomUUID() }, { name: 'Elsewhere' });
    const foreign = await create(tenantId, { firstName: 'A', companyId: foreignCompany });
    expect(foreign.body.data!.createPerson.userErrors.map((error) => error.code)).toEqual([
      'COMPANY_NOT_FOUND',
    ]);
    const malformed = await create(tenantId, { firstName: 'A', companyId: 'acme' });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(await peopleOf(tenantId)).toBe(0);
  });

  it('keeps each e-mail address to one person of the tenant, whatever its case; other tenants may reuse it', async () => {
    const tenantId = randomUUID();
    const ada = await createPerson(crm, { tenantId }, { firstName: 'Ada', emails: ['ada@acme.com'] });
    const taken = await create(tenantId, {
      firstName: 'Imposter',
      emails: ['other@acme.com', 'ADA@acme.com'],
    });
    expect(taken.body.data!.createPerson).toEqual({
      person: null,
      userErrors: [
        {
          code: 'EMAIL_TAKEN',
          field: ['input', 'emails', '1'],
          message: 'Another person already has the e-mail address "ada@acme.com".',
        },
      ],
    });
    expect(await peopleOf(tenantId)).toBe(1);
    // The same person may keep (and reorder) its own addresses.
    const reordered = await update(tenantId, { id: ada.id, emails: ['ada2@acme.com', 'ada@acme.com'] });
    expect(reordered.body.data!.updatePerson.person!.primaryEmail).toBe('ada2@acme.com');
    await createPerson(crm, { tenantId: randomUUID() }, { firstName: 'Ada', emails: ['ada@acme.com'] });
  });
});

describe('updatePerson and deletePerson', () => {
  it('changes the given fields, clears with null or empty values, keeps omitted ones and announces it', async () => {
    const tenantId = randomUUID();
    const acme = await createCompanyId(crm, { tenantId }, { name: 'Acme' });
    const globex = await createCompanyId(crm, { tenantId }, { name: 'Globex' });
    const person = await createPerson(
      crm,
      { tenantId },
      {
        firstName: 'Grace',
        lastName: 'Hopper',
        jobTitle: 'Admiral',
        companyId: acme,
        emails: ['grace@acme.com'],
      },
    );
    const moved = await update(tenantId, {
      id: person.id,
      companyId: globex,
      lastName: null,
      phones: ['+1 202 555 0100'],
    });
    expect(moved.body.data!.updatePerson.person).toMatchObject({
      name: 'Grace',
      lastName: null,
      jobTitle: 'Admiral',
      emails: ['grace@acme.com'],
      phones: ['+12025550100'],
      company: { id: globex, name: 'Globex' },
    });
    const updated = moved.body.data!.updatePerson.person!;
    expect(updated.updatedAt > person.updatedAt).toBe(true);

    const cleared = await update(tenantId, {
      id: person.id,
      companyId: null,
      jobTitle: '',
      emails: [],
      tags: [],
    });
    expect(cleared.body.data!.updatePerson.person).toMatchObject({
      company: null,
      jobTitle: null,
      emails: [],
    });
    // Her old address is free again.
    await createPerson(crm, { tenantId }, { firstName: 'Other', emails: ['grace@acme.com'] });

    const events = await eventsOf(tenantId, 'crm.person.updated');
    expect(events.map((event) => event.payload.id)).toEqual([person.id, person.id]);
    expect(events[0].payload.companyId).toBe(globex);
  });

  it('reports invalid changes as userErrors without changing the row or announcing anything', async () => {
    const tenantId = randomUUID();
    const person = await createPerson(
      crm,
      { tenantId },
      { firstName: 'Alan', emails: ['alan@bletchley.uk'] },
    );
    await createPerson(crm, { tenantId }, { firstName: 'Joan', emails: ['joan@bletchley.uk'] });
    for (const [input, code] of [
      [{ firstName: '' }, 'FIRST_NAME_REQUIRED'],
      [{ emails: ['joan@bletchley.uk'] }, 'EMAIL_TAKEN'],
      [{ emails: ['nope'] }, 'EMAIL_INVALID'],
      [{ phones: ['12'] }, 'PHONE_INVALID'],
      [{ companyId: randomUUID() }, 'COMPANY_NOT_FOUND'],
    ] as const) {
      const result = await update(tenantId, { id: person.id, ...input });
      expect(result.body.data!.updatePerson.userErrors.map((error) => error.code)).toEqual([code]);
    }
    const read = await call<{ person: PersonResult }>(crm, { tenantId }, PERSON, { id: person.id });
    expect(read.body.data!.person).toEqual(person);
    expect(await eventsOf(tenantId, 'crm.person.updated')).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown (or foreign) id and BAD_USER_INPUT for a malformed one', async () => {
    const tenantId = randomUUID();
    const foreign = await createPerson(crm, { tenantId: randomUUID() }, { firstName: 'Foreign' });
    expect(errorCodes(await update(tenantId, { id: randomUUID(), firstName: 'X' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await update(tenantId, { id: foreign.id, firstName: 'X' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await update(tenantId, { id: '1', firstName: 'X' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await call(crm, { tenantId }, DELETE_PERSON, { input: { id: foreign.id } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      await countRows('select 1 from crm.people where id = $1 and first_name = $2', [foreign.id, 'Foreign']),
    ).toBe(1);
  });

  it('deletes a person with its e-mail addresses, once', async () => {
    const tenantId = randomUUID();
    const person = await createPerson(crm, { tenantId }, { firstName: 'Temp', emails: ['temp@acme.com'] });
    const deleted = await call(crm, { tenantId }, DELETE_PERSON, { input: { id: person.id } });
    expect(deleted.body).toEqual({ data: { deletePerson: { deletedPersonId: person.id, userErrors: [] } } });
    expect(await peopleOf(tenantId)).toBe(0);
    expect(await countRows('select 1 from crm.person_emails where tenant_id = $1', [tenantId])).toBe(0);
    expect((await eventsOf(tenantId, 'crm.person.deleted')).map((event) => event.payload)).toEqual([
      { id: person.id },
    ]);
    expect(errorCodes(await call(crm, { tenantId }, DELETE_PERSON, { input: { id: person.id } }))).toEqual([
      'NOT_FOUND',
    ]);
  });
  it('refuses to delete a person another table still points at (PERSON_IN_USE) and keeps it', async () => {
    const tenantId = randomUUID();
    const person = await createPerson(
      crm,
      { tenantId },
      { firstName: 'Referenced', emails: ['ref@acme.com'] },
    );
    // Stands for the tables later modules add (deals, activities); its own schema keeps crm's catalogue clean.
    const schema = `test_refs_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await queryAsSuperuser(`create schema ${schema}`);
    try {
      await queryAsSuperuser(
        `create table ${schema}.refs (tenant_id uuid, person_id uuid,
           foreign key (tenant_id, person_id) references crm.people (tenant_id, id))`,
      );
      await queryAsSuperuser(`insert into ${schema}.refs values ($1, $2)`, [tenantId, person.id]);
      const refused = await call(crm, { tenantId }, DELETE_PERSON, { input: { id: person.id } });
      expect(refused.body).toEqual({
        data: {
          deletePerson: {
            deletedPersonId: null,
            userErrors: [{ code: 'PERSON_IN_USE', field: ['input', 'id'], message: expect.any(String) }],
          },
        },
      });
      expect(await peopleOf(tenantId)).toBe(1);
      expect(await countRows('select 1 from crm.person_emails where tenant_id = $1', [tenantId])).toBe(1);
      expect(await eventsOf(tenantId, 'crm.person.deleted')).toEqual([]);
    } finally {
      await queryAsSuperuser(`drop schema ${schema} cascade`);
    }
  });
});

describe('permissions', () => {
  it('lets a viewer read people but not write them; a caller without crm.person:read sees nothing', async () => {
    const tenantId = randomUUID();
    const person = await createPerson(crm, { tenantId }, { firstName: 'Seen' });
    const viewer = { tenantId, permissions: VIEWER_PERMISSIONS };
    const read = await call<{ person: PersonResult }>(crm, viewer, PERSON, { id: person.id });
    expect(read.body.data!.person.id).toBe(person.id);
    for (const [query, input] of [
      [CREATE_PERSON, { firstName: 'No' }],
      [UPDATE_PERSON, { id: person.id, firstName: 'No' }],
      [DELETE_PERSON, { id: person.id }],
    ] as const) {
      expect(errorCodes(await call(crm, viewer, query, { input }))).toEqual(['FORBIDDEN']);
    }
    const companiesOnly = await call(crm, { tenantId, permissions: ['crm.company:read'] }, PERSON, {
      id: person.id,
    });
    expect(errorCodes(companiesOnly)).toContain('FORBIDDEN');
    expect(await peopleOf(tenantId)).toBe(1);
    expect(
      await countRows('select 1 from crm.people where id = $1 and first_name = $2', [person.id, 'Seen']),
    ).toBe(1);
  });
});

describe('SQL per list', () => {
  it('runs as many statements for people(first: 100) { company { name } } as for first: 10', async () => {
    const tenantId = randomUUID();
    const companies = await Promise.all(
      Array.from({ length: 10 }, (_, i) => createCompanyId(crm, { tenantId }, { name: `Batch ${i}` })),
    );
    await queryAsSuperuser(
      `insert into crm.people (tenant_id, first_name, last_name, company_id, emails)
       select $1, 'Person', lpad(n::text, 3, '0'), ($2::uuid[])[1 + n % 10], array['p' || n || '@batch.test']
       from generate_series(1, 120) as n`,
      [tenantId, companies],
    );
    const query = `query($first: Int) { people(first: $first) { totalCount edges { node { id name company { name } } } } }`;
    const statementsFor = async (first: number) => {
      const before = sqlStatementCount(crm.dataSource);
      const result = await call<{
        people: { totalCount: number; edges: Array<{ node: { company: { name: string } } }> };
      }>(crm, { tenantId }, query, { first });
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data!.people.totalCount).toBe(120);
      expect(result.body.data!.people.edges).toHaveLength(first);
      expect(result.body.data!.people.edges.every((edge) => edge.node.company.name.startsWith('Batch'))).toBe(
        true,
      );
      return sqlStatementCount(crm.dataSource) - before;
    };
    const ten = await statementsFor(10);
    expect(await statementsFor(100)).toBe(ten);

    const companyQuery = `query($first: Int) { companies(first: $first) { edges { node { name people(first: 5) { totalCount edges { node { name } } } } } } }`;
    const companyStatements = async (first: number) => {
      const before = sqlStatementCount(crm.dataSource);
      const result = await call<{
        companies: { edges: Array<{ node: { people: { totalCount: number } } }> };
      }>(crm, { tenantId }, companyQuery, { first });
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data!.companies.edges.map((edge) => edge.node.people.totalCount)).toEqual(
        Array.from({ length: first }, () => 12),
      );
      return sqlStatementCount(crm.dataSource) - before;
    };
    expect(await companyStatements(10)).toBe(await companyStatements(2));
  });
});
