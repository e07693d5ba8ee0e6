import {
  startE2EPlatform,
  uniqueName,
  type E2EPlatform,
  type SignedUpTenant,
  type UserErrorResult,
} from './e2e-client';

let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;
let leadA: string;
let nameA: string;

const CREATE = `mutation ($input: CreateLeadInput!) {
  createLead(input: $input) { lead { id name owner { id email } } userErrors { field message code } }
}`;
const UPDATE = `mutation ($input: UpdateLeadInput!) {
  updateLead(input: $input) { lead { id score } userErrors { code } }
}`;
const LISTS = `query ($search: String) {
  leads(first: 100) { totalCount edges { node { id } } }
  searched: leads(first: 100, search: $search) { totalCount }
}`;
const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id name email } } }`;

interface CreatePayload {
  createLead: {
    lead: { id: string; name: string; owner: { id: string; email: string } } | null;
    userErrors: UserErrorResult[];
  };
}

beforeAll(async () => {
  e2e = await startE2EPlatform();
  [a, b] = await Promise.all([e2e.signUpTenant('lead-a'), e2e.signUpTenant('lead-b')]);
  nameA = uniqueName('Prospect');
  const created = await e2e.gql<CreatePayload>(
    CREATE,
    { input: { name: nameA, email: 'p@prospect.example' } },
    a.token,
  );
  leadA = created.body.data!.createLead.lead!.id;
  await e2e.gql(CREATE, { input: { name: uniqueName('Other') } }, b.token);
});

afterAll(async () => {
  await e2e?.stop();
});

describe('leads through the whole platform', () => {
  it("a lead's owner is resolved by identity in the same request", async () => {
    const created = await e2e.gql<CreatePayload>(CREATE, { input: { name: uniqueName('Owned') } }, a.token);
    expect(created.status).toBe(200);
    expect(created.body.data!.createLead.lead!.owner).toEqual({ id: a.userId, email: a.email });
  });

  it("tenant B sees none of A's leads by list, search, id or _entities, and cannot change them", async () => {
    const listsB = await e2e.gql<{ leads: { totalCount: number }; searched: { totalCount: number } }>(
      LISTS,
      { search: nameA },
      b.token,
    );
    expect(listsB.body.data).toEqual({
      leads: { totalCount: 1, edges: [expect.anything()] },
      searched: { totalCount: 0 },
    });
    const listsA = await e2e.gql<{ searched: { totalCount: number } }>(LISTS, { search: nameA }, a.token);
    expect(listsA.body.data!.searched.totalCount).toBe(1);

    const byId = await e2e.gql(`query ($id: ID!) { lead(id: $id) { id name } }`, { id: leadA }, b.token);
    expect(byId.body).toEqual({ data: { lead: null } });

    const entitiesB = await e2e.subgraph(
      'crm',
      ENTITIES,
      { r: [{ __typename: 'Lead', id: leadA }] },
      e2e.signedFor('crm', b.tenantId, b.userId),
    );
    expect(entitiesB.body).toEqual({ data: { _entities: [null] } });
    const entitiesA = await e2e.subgraph<{ _entities: Array<{ id: string } | null> }>(
      'crm',
      ENTITIES,
      { r: [{ __typename: 'Lead', id: leadA }] },
      e2e.signedFor('crm', a.tenantId, a.userId),
    );
    expect(entitiesA.body.data!._entities[0]?.id).toBe(leadA);

    const update = await e2e.gql(UPDATE, { input: { id: leadA, score: 99 } }, b.token);
    expect(update.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const still = await e2e.gql<{ lead: { score: number | null } }>(
      `query ($id: ID!) { lead(id: $id) { score } }`,
      { id: leadA },
      a.token,
    );
    expect(still.body.data!.lead.score).toBeNull();
  });

  it('anonymous callers are refused before crm runs', async () => {
    const before = e2e.sqlStatements().crm;
    const anonymous = await e2e.gql(LISTS, { search: nameA });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(e2e.sqlStatements().crm).toBe(before);
  });
});
