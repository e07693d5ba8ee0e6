import { startE2EPlatform, uniqueName, type E2EPlatform, type SignedUpTenant } from './e2e-client';

let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;

beforeAll(async () => {
  e2e = await startE2EPlatform();
  [a, b] = await Promise.all([e2e.signUpTenant('convert-a'), e2e.signUpTenant('convert-b')]);
});
afterAll(async () => {
  await e2e?.stop();
});

const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }`;
const CONVERT = `mutation ($input: ConvertLeadInput!) {
  convertLead(input: $input) {
    lead { status }
    person { id name }
    company { id name people { totalCount } deals { totalCount } }
    deal { id title owner { email } stage { name } }
    userErrors { code }
  }
}`;

describe('converting a lead through the whole platform', () => {
  it('the person, company and deal are readable at once, the deal owned by the lead owner', async () => {
    const companyName = uniqueName('Contoso');
    const created = await e2e.gql<{ createLead: { lead: { id: string } } }>(
      CREATE_LEAD,
      {
        input: {
          name: 'Tomás Rivera',
          email: `tomas@${companyName.toLowerCase().replace(/[^a-z0-9]/g, '')}.example`,
          companyName,
        },
      },
      a.token,
    );
    const leadId = created.body.data!.createLead.lead.id;

    // Tenant B cannot convert A's lead.
    const foreign = await e2e.gql(CONVERT, { input: { leadId } }, b.token);
    expect(foreign.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const result = await e2e.gql<{
      convertLead: {
        lead: { status: string };
        person: { id: string; name: string };
        company: { id: string; name: string; people: { totalCount: number }; deals: { totalCount: number } };
        deal: { id: string; title: string; owner: { email: string }; stage: { name: string } };
        userErrors: unknown[];
      };
    }>(CONVERT, { input: { leadId } }, a.token);
    expect(result.status).toBe(200);
    const converted = result.body.data!.convertLead;
    expect(converted).toMatchObject({
      lead: { status: 'CONVERTED' },
      person: { name: 'Tomás Rivera' },
      company: { name: companyName, people: { totalCount: 1 }, deals: { totalCount: 1 } },
      deal: { title: `${companyName}: new deal`, owner: { email: a.email }, stage: { name: 'Lead in' } },
      userErrors: [],
    });

    // Nothing of it is visible to tenant B, by id or through _entities.
    const byId = await e2e.gql(
      `query ($p: ID!, $c: ID!, $d: ID!) { person(id: $p) { id } company(id: $c) { id } deal(id: $d) { id } }`,
      { p: converted.person.id, c: converted.company.id, d: converted.deal.id },
      b.token,
    );
    expect(byId.body).toEqual({ data: { person: null, company: null, deal: null } });
    const entities = await e2e.subgraph(
      'crm',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } ... on Deal { id } } }`,
      {
        r: [
          { __typename: 'Person', id: converted.person.id },
          { __typename: 'Deal', id: converted.deal.id },
        ],
      },
      e2e.signedFor('crm', b.tenantId, b.userId),
    );
    expect(entities.body).toEqual({ data: { _entities: [null, null] } });
  });
});
