import { randomUUID } from 'node:crypto';
import { countRows, errorCodes, subgraphTestHarness, type RunningSubgraph } from '@nexora/kit';
import { crmSubgraph } from '../src';

const READ = 'crm.lead:read';
const WRITE = 'crm.lead:write';
const harness = subgraphTestHarness(crmSubgraph, { permissions: [READ, WRITE] });

const LEAD_FIELDS = 'id name companyName email phone source status score owner { id } convertedAt createdAt';
const CREATE = `mutation ($input: CreateLeadInput!) {
  createLead(input: $input) { lead { ${LEAD_FIELDS} } userErrors { field message code } }
}`;
const UPDATE = `mutation ($input: UpdateLeadInput!) {
  updateLead(input: $input) { lead { ${LEAD_FIELDS} } userErrors { field message code } }
}`;
const LIST = `query ($first: Int, $after: String, $search: String, $filter: LeadFilter, $orderBy: LeadOrder) {
  leads(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {
    totalCount edges { cursor node { id name status } } pageInfo { hasNextPage endCursor }
  }
}`;

interface LeadView {
  id: string;
  name: string;
  companyName: string | null;
  email: string | null;
  phone: string | null;
  source: string;
  status: string;
  score: number | null;
  owner: { id: string } | null;
  convertedAt: string | null;
}
interface LeadPage {
  totalCount: number;
  edges: Array<{ node: { name: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string };
}
interface Payload {
  lead: LeadView | null;
  userErrors: Array<{ field: string[] | null; code: string }>;
}

let crm: RunningSubgraph;
beforeAll(async () => {
  crm = await harness.start();
});
afterAll(async () => {
  await crm.stop();
});

async function create(tenantId: string, input: Record<string, unknown>, userId = randomUUID()) {
  const result = await harness.call<{ createLead: Payload }>(crm, { tenantId, userId }, CREATE, { input });
  return result.body.data!.createLead;
}

describe('leads', () => {
  it('creates a lead with normalised fields, owned by the caller, NEW and unscored by default', async () => {
    const tenantId = randomUUID();
    const userId = randomUUID();
    const payload = await create(
      tenantId,
      { name: '  Ana Lima ', companyName: 'Lima Foods', email: ' Ana@Lima.COM ', phone: '+55 11 5555-0100' },
      userId,
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.lead).toMatchObject({
      name: 'Ana Lima',
      companyName: 'Lima Foods',
      email: 'ana@lima.com',
      phone: '+55 11 5555-0100',
      source: 'OTHER',
      status: 'NEW',
      score: null,
      owner: { id: userId },
      convertedAt: null,
    });
    const events = await countRows(
      `select 1 from crm.outbox where tenant_id = $1 and type = 'crm.lead.created'`,
      [tenantId],
    );
    expect(events).toBe(1);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const tenantId = randomUUID();
    const payload = await create(tenantId, {
      name: ' ',
      companyName: 'x'.repeat(201),
      email: 'ana@',
      phone: 'call me',
      score: 101,
      status: 'CONVERTED',
    });
    expect(payload.lead).toBeNull();
    expect(payload.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['NAME_REQUIRED', ['input', 'name']],
      ['COMPANY_NAME_TOO_LONG', ['input', 'companyName']],
      ['EMAIL_INVALID', ['input', 'email']],
      ['PHONE_INVALID', ['input', 'phone']],
      ['SCORE_INVALID', ['input', 'score']],
      ['STATUS_INVALID', ['input', 'status']],
    ]);
    expect(await countRows('select 1 from crm.leads where tenant_id = $1', [tenantId])).toBe(0);
  });

  it('updates only the fields given, clears with null, and NOT_FOUND for an id of no lead', async () => {
    const tenantId = randomUUID();
    const { lead } = await create(tenantId, { name: 'Bo', email: 'bo@acme.com', score: 40, source: 'EVENT' });
    const result = await harness.call<{ updateLead: Payload }>(crm, { tenantId }, UPDATE, {
      input: { id: lead!.id, status: 'QUALIFIED', score: 85, email: null },
    });
    expect(result.body.data!.updateLead).toEqual({
      lead: expect.objectContaining({
        name: 'Bo',
        email: null,
        score: 85,
        status: 'QUALIFIED',
        source: 'EVENT',
      }),
      userErrors: [],
    });
    const missing = await harness.call(crm, { tenantId }, UPDATE, { input: { id: randomUUID(), score: 1 } });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    const malformed = await harness.call(crm, { tenantId }, UPDATE, { input: { id: 'nope', score: 1 } });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
  });

  it('lists newest first (or in the asked order) with search, filters and cursors that reach every lead once', async () => {
    const tenantId = randomUUID();
    for (let index = 0; index < 7; index += 1) {
      await create(tenantId, {
        name: `Lead ${index}`,
        email: index % 2 === 0 ? `even${index}@acme.com` : null,
        source: index < 3 ? 'WEBSITE' : 'REFERRAL',
        score: index === 3 ? null : (index * 37) % 100,
      });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { body: { data?: { leads: LeadPage } | null } } = await harness.call<{ leads: LeadPage }>(
        crm,
        { tenantId },
        LIST,
        { first: 3, after },
      );
      const leads: LeadPage = page.body.data!.leads;
      expect(leads.totalCount).toBe(7);
      seen.push(...leads.edges.map((edge) => edge.node.name));
      if (!leads.pageInfo.hasNextPage) break;
      after = leads.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Lead 6', 'Lead 5', 'Lead 4', 'Lead 3', 'Lead 2', 'Lead 1', 'Lead 0']);

    const searched = await harness.call<{ leads: { totalCount: number } }>(crm, { tenantId }, LIST, {
      search: 'EVEN',
      filter: { source: 'REFERRAL' },
    });
    expect(searched.body.data!.leads.totalCount).toBe(2); // even4, even6

    const badCursor = await harness.call(crm, { tenantId }, LIST, { after: 'garbage' });
    expect(errorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);

    // Every order reaches each lead once, page by page; scores 0, 37, 74, none, 48, 85, 22.
    const all = async (field: string, direction: string) => {
      const names: string[] = [];
      let cursor: string | null = null;
      for (;;) {
        const page: { body: { data?: { leads: LeadPage } | null } } = await harness.call<{ leads: LeadPage }>(
          crm,
          { tenantId },
          LIST,
          { first: 2, after: cursor, orderBy: { field, direction } },
        );
        const leads: LeadPage = page.body.data!.leads;
        names.push(...leads.edges.map((edge) => edge.node.name));
        if (!leads.pageInfo.hasNextPage) return names;
        cursor = leads.pageInfo.endCursor;
      }
    };
    expect(await all('SCORE', 'DESC')).toEqual([
      'Lead 5',
      'Lead 2',
      'Lead 4',
      'Lead 1',
      'Lead 6',
      'Lead 0',
      'Lead 3',
    ]);
    expect(await all('NAME', 'ASC')).toEqual([
      'Lead 0',
      'Lead 1',
      'Lead 2',
      'Lead 3',
      'Lead 4',
      'Lead 5',
      'Lead 6',
    ]);
    expect(await all('CREATED_AT', 'ASC')).toEqual([...seen].reverse());
    const byName = await harness.call<{ leads: LeadPage }>(crm, { tenantId }, LIST, {
      first: 1,
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    const mixed = await harness.call(crm, { tenantId }, LIST, {
      after: byName.body.data!.leads.pageInfo.endCursor,
    });
    expect(errorCodes(mixed)).toEqual(['BAD_USER_INPUT']);
  });

  it("never shows or changes another tenant's lead, and a viewer cannot write", async () => {
    const owner = randomUUID();
    const { lead } = await create(owner, { name: 'Secret prospect' });
    const stranger = randomUUID();
    const read = await harness.call<{ lead: unknown }>(
      crm,
      { tenantId: stranger },
      `query ($id: ID!) { lead(id: $id) { id } }`,
      {
        id: lead!.id,
      },
    );
    expect(read.body.data!.lead).toBeNull();
    const write = await harness.call(crm, { tenantId: stranger }, UPDATE, {
      input: { id: lead!.id, score: 1 },
    });
    expect(errorCodes(write)).toEqual(['NOT_FOUND']);
    const viewer = await harness.call(crm, { tenantId: owner, permissions: [READ] }, CREATE, {
      input: { name: 'Not allowed' },
    });
    expect(errorCodes(viewer)).toEqual(['FORBIDDEN']);
    expect(await countRows('select 1 from crm.leads where tenant_id = $1', [owner])).toBe(1);
  });
});
