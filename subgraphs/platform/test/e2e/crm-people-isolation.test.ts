import { randomUUID } from 'node:crypto';
import {
  createCompany,
  startE2EPlatform,
  uniqueName,
  USER_ERRORS,
  type E2EPlatform,
  type SignedUpTenant,
  type UserErrorResult,
} from './e2e-client';

let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;
let companyA: string;
let companyB: string;
let personA: PersonResult;
let personB: PersonResult;
let lastNameA: string;
const emailA = `ada-${randomUUID().slice(0, 8)}@initech.example`;

interface PersonResult {
  id: string;
  name: string;
  emails: string[];
  company: { id: string; name: string } | null;
}

interface Connection {
  totalCount: number;
  edges: Array<{ node: { id: string } }>;
}

const PERSON_FIELDS = 'id name emails company { id name }';

const CREATE_PERSON = `mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) { person { ${PERSON_FIELDS} } ${USER_ERRORS} }
}`;

const UPDATE_PERSON = `mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) { person { id name } ${USER_ERRORS} }
}`;

const DELETE_PERSON = `mutation DeletePerson($input: DeletePersonInput!) {
  deletePerson(input: $input) { deletedPersonId ${USER_ERRORS} }
}`;

const READS = `query Reads($id: ID!, $name: String, $email: String, $companyA: ID!) {
  person(id: $id) { id name }
  people(first: 100) { totalCount edges { node { id } } }
  byName: people(first: 100, search: $name) { totalCount edges { node { id } } }
  byEmail: people(first: 100, search: $email) { totalCount edges { node { id } } }
  ofCompanyA: people(first: 100, filter: { companyId: $companyA }) { totalCount edges { node { id } } }
}`;

const PERSON_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id name emails } } }`;
const COMPANY_PEOPLE_ENTITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on Company { id people(first: 100) { totalCount edges { node { id } } } } }
}`;

async function createPerson(token: string, input: Record<string, unknown>): Promise<PersonResult> {
  const result = await e2e.gql<{
    createPerson: { person: PersonResult | null; userErrors: UserErrorResult[] };
  }>(CREATE_PERSON, { input }, token);
  const person = result.body.data?.createPerson.person;
  if (result.status !== 200 || !person)
    throw new Error(`createPerson failed: ${JSON.stringify(result.body)}`);
  return person;
}

beforeAll(async () => {
  e2e = await startE2EPlatform();
  [a, b] = await Promise.all([e2e.signUpTenant('people-a'), e2e.signUpTenant('people-b')]);
  [companyA, companyB] = await Promise.all([
    createCompany(e2e, a.token, uniqueName('Initech')),
    createCompany(e2e, b.token, uniqueName('Umbrella')),
  ]);
  lastNameA = `Lovelace${randomUUID().slice(0, 8)}`;
  personA = await createPerson(a.token, {
    firstName: 'Ada',
    lastName: lastNameA,
    emails: [emailA],
    companyId: companyA,
  });
  personB = await createPerson(b.token, { firstName: 'Bob', companyId: companyB });
});

afterAll(async () => {
  await e2e?.stop();
});

describe("tenant B sees none of tenant A's people", () => {
  it('by id, in lists, in searches by name and e-mail, and filtered by A’s company', async () => {
    const variables = { id: personA.id, name: lastNameA, email: emailA.toUpperCase(), companyA };
    const asB = await e2e.gql(READS, variables, b.token);
    expect(asB.status).toBe(200);
    expect(asB.body).toEqual({
      data: {
        person: null,
        people: { totalCount: 1, edges: [{ node: { id: personB.id } }] },
        byName: { totalCount: 0, edges: [] },
        byEmail: { totalCount: 0, edges: [] },
        ofCompanyA: { totalCount: 0, edges: [] },
      },
    });
    // Control: A sees its person everywhere, so B's empty answers are isolation, not a broken query.
    const asA = await e2e.gql(READS, variables, a.token);
    const mine = { totalCount: 1, edges: [{ node: { id: personA.id } }] };
    expect(asA.body).toEqual({
      data: {
        person: { id: personA.id, name: `Ada ${lastNameA}` },
        people: mine,
        byName: mine,
        byEmail: mine,
        ofCompanyA: mine,
      },
    });
  });

  it('through _entities on crm, called directly with B’s valid signed context', async () => {
    const representations = { r: [{ __typename: 'Person', id: personA.id }] };
    const asB = await e2e.subgraph(
      'crm',
      PERSON_ENTITIES,
      representations,
      e2e.signedFor('crm', b.tenantId, b.userId),
    );
    expect(asB.status).toBe(200);
    expect(asB.body).toEqual({ data: { _entities: [null] } });
    const asA = await e2e.subgraph(
      'crm',
      PERSON_ENTITIES,
      representations,
      e2e.signedFor('crm', a.tenantId, a.userId),
    );
    expect(asA.body).toEqual({
      data: { _entities: [{ id: personA.id, name: `Ada ${lastNameA}`, emails: [emailA] }] },
    });

    // A's company key in B's context resolves to nothing, so it cannot list A's people either.
    const companyAsB = await e2e.subgraph(
      'crm',
      COMPANY_PEOPLE_ENTITIES,
      { r: [{ __typename: 'Company', id: companyA }] },
      e2e.signedFor('crm', b.tenantId, b.userId),
    );
    expect(companyAsB.body).toEqual({ data: { _entities: [null] } });
  });

  it('Company.people lists only the tenant’s own people, through the gateway', async () => {
    const query = `query($id: ID!) { company(id: $id) { id people(first: 10) { totalCount edges { node { id name company { id } } } } } }`;
    const asA = await e2e.gql(query, { id: companyA }, a.token);
    expect(asA.body).toEqual({
      data: {
        company: {
          id: companyA,
          people: {
            totalCount: 1,
            edges: [{ node: { id: personA.id, name: `Ada ${lastNameA}`, company: { id: companyA } } }],
          },
        },
      },
    });
    const asB = await e2e.gql(query, { id: companyB }, b.token);
    expect(asB.body).toEqual({
      data: {
        company: {
          id: companyB,
          people: {
            totalCount: 1,
            edges: [{ node: { id: personB.id, name: 'Bob', company: { id: companyB } } }],
          },
        },
      },
    });
    expect((await e2e.gql(query, { id: companyA }, b.token)).body).toEqual({ data: { company: null } });
  });

  it('cannot write A’s people or attach its own people to A’s company; nothing of A changes', async () => {
    const update = await e2e.gql(UPDATE_PERSON, { input: { id: personA.id, firstName: 'Hacked' } }, b.token);
    expect(update.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(update.body.data).toBeNull();
    const remove = await e2e.gql(DELETE_PERSON, { input: { id: personA.id } }, b.token);
    expect(remove.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);

    const attach = await e2e.gql<{ createPerson: { person: unknown; userErrors: UserErrorResult[] } }>(
      CREATE_PERSON,
      { input: { firstName: 'Mole', companyId: companyA } },
      b.token,
    );
    expect(attach.body.data?.createPerson).toEqual({
      person: null,
      userErrors: [{ code: 'COMPANY_NOT_FOUND', field: ['input', 'companyId'], message: expect.any(String) }],
    });
    const move = await e2e.gql<{ updatePerson: { userErrors: UserErrorResult[] } }>(
      UPDATE_PERSON,
      { input: { id: personB.id, companyId: companyA } },
      b.token,
    );
    expect(move.body.data?.updatePerson.userErrors.map((error) => error.code)).toEqual(['COMPANY_NOT_FOUND']);

    // E-mails are unique per tenant: B may have its own contact with A's address, A's stays A's.
    const sameEmail = await createPerson(b.token, { firstName: 'Twin', emails: [emailA] });
    expect(sameEmail.emails).toEqual([emailA]);

    const read = await e2e.gql<{ person: PersonResult }>(
      `query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`,
      { id: personA.id },
      a.token,
    );
    expect(read.body.data?.person).toEqual(personA);
    const listA = await e2e.gql<{ people: Connection }>(
      `{ people(first: 100) { totalCount edges { node { id } } } }`,
      {},
      a.token,
    );
    expect(listA.body.data?.people.totalCount).toBe(1);
  });

  it('lets a viewer read people but refuses it every write at the gateway', async () => {
    const viewer = await e2e.signAccessToken({
      userId: a.userId,
      tenantId: a.tenantId,
      permissions: ['crm.company:read', 'crm.person:read'],
      role: 'viewer',
      issuedAt: Date.now(),
      expiresAt: Date.now() + 5 * 60_000,
    });
    const read = await e2e.gql<{ person: { id: string } | null }>(
      `query($id: ID!) { person(id: $id) { id } }`,
      { id: personA.id },
      viewer,
    );
    expect(read.body.data?.person).toEqual({ id: personA.id });
    for (const [query, input] of [
      [CREATE_PERSON, { firstName: 'Nope' }],
      [UPDATE_PERSON, { id: personA.id, firstName: 'Nope' }],
      [DELETE_PERSON, { id: personA.id }],
    ] as const) {
      const refused = await e2e.gql(query, { input }, viewer);
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
