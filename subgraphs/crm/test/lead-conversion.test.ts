import { randomUUID } from 'node:crypto';
import {
  countRows,
  errorCodes,
  queryAsSuperuser,
  subgraphTestHarness,
  type RunningSubgraph,
} from '@nexora/kit';
import { crmSubgraph } from '../src';

const ALL = [
  'crm.lead:read',
  'crm.lead:write',
  'crm.company:read',
  'crm.company:write',
  'crm.person:read',
  'crm.person:write',
  'crm.deal:read',
  'crm.deal:write',
];
const harness = subgraphTestHarness(crmSubgraph, { permissions: ALL });

const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { code } } }`;
const CONVERT = `mutation ($input: ConvertLeadInput!) {
  convertLead(input: $input) {
    lead { id status convertedAt convertedPerson { id } convertedCompany { id } convertedDeal { id } }
    person { id firstName lastName emails company { id } }
    company { id name domain }
    deal { id title amount { amount currency } stage { name } company { id } people { id } }
    userErrors { field code }
  }
}`;

interface Conversion {
  lead: {
    id: string;
    status: string;
    convertedAt: string | null;
    convertedPerson: { id: string } | null;
    convertedCompany: { id: string } | null;
    convertedDeal: { id: string } | null;
  } | null;
  person: {
    id: string;
    firstName: string;
    lastName: string | null;
    emails: string[];
    company: { id: string } | null;
  } | null;
  company: { id: string; name: string; domain: string | null } | null;
  deal: {
    id: string;
    title: string;
    amount: { amount: string; currency: string } | null;
    stage: { name: string };
    company: { id: string } | null;
    people: Array<{ id: string }>;
  } | null;
  userErrors: Array<{ field: string[] | null; code: string }>;
}

let crm: RunningSubgraph;
beforeAll(async () => {
  crm = await harness.start();
});
afterAll(async () => {
  await crm.stop();
});

async function lead(tenantId: string, input: object): Promise<string> {
  const result = await harness.call<{ createLead: { lead: { id: string } } }>(
    crm,
    { tenantId },
    CREATE_LEAD,
    { input },
  );
  return result.body.data!.createLead.lead.id;
}
async function convert(tenantId: string, input: object): Promise<Conversion> {
  const result = await harness.call<{ convertLead: Conversion }>(crm, { tenantId }, CONVERT, { input });
  if (!result.body.data) throw new Error(JSON.stringify(result.body));
  return result.body.data.convertLead;
}
const rows = (table: string, tenantId: string) =>
  countRows(`select 1 from crm.${table} where tenant_id = $1`, [tenantId]);

describe('convertLead', () => {
  it('creates a person, a company named by the e-mail domain and a deal in the first stage, and links them', async () => {
    const tenantId = randomUUID();
    const leadId = await lead(tenantId, {
      name: 'Maya Chen Wu',
      email: 'Maya@Northwind.example',
      companyName: 'Northwind Traders',
    });
    const result = await convert(tenantId, { leadId, amount: { amount: '15000.00', currency: 'USD' } });
    expect(result.userErrors).toEqual([]);
    expect(result.person).toMatchObject({
      firstName: 'Maya',
      lastName: 'Chen Wu',
      emails: ['maya@northwind.example'],
    });
    expect(result.company).toMatchObject({ name: 'Northwind Traders', domain: 'northwind.example' });
    expect(result.person!.company).toEqual({ id: result.company!.id });
    expect(result.deal).toMatchObject({
      title: 'Northwind Traders: new deal',
      amount: { amount: '15000.00', currency: 'USD' },
      stage: { name: 'Lead in' },
      company: { id: result.company!.id },
      people: [{ id: result.person!.id }],
    });
    expect(result.lead).toMatchObject({
      status: 'CONVERTED',
      convertedPerson: { id: result.person!.id },
      convertedCompany: { id: result.company!.id },
      convertedDeal: { id: result.deal!.id },
    });
    const [event] = await queryAsSuperuser<{ payload: Record<string, unknown> }>(
      `select payload from crm.outbox where tenant_id = $1 and type = 'crm.lead.converted'`,
      [tenantId],
    );
    expect(event.payload).toMatchObject({
      id: leadId,
      personId: result.person!.id,
      companyId: result.company!.id,
      dealId: result.deal!.id,
    });

    const again = await convert(tenantId, { leadId });
    expect(again.userErrors).toEqual([{ field: ['input', 'leadId'], code: 'LEAD_CONVERTED' }]);
  });

  it('reuses the person with the e-mail and the company with the domain; a free-mail domain names no company', async () => {
    const tenantId = randomUUID();
    const first = await convert(tenantId, {
      leadId: await lead(tenantId, { name: 'Bo Berg', email: 'bo@acme.example' }),
      createDeal: false,
    });
    const second = await convert(tenantId, {
      leadId: await lead(tenantId, { name: 'Bo B.', email: 'BO@acme.example' }),
      createDeal: false,
    });
    expect(second.person!.id).toBe(first.person!.id);
    expect(second.company!.id).toBe(first.company!.id);
    expect(second.deal).toBeNull();
    const colleague = await convert(tenantId, {
      leadId: await lead(tenantId, { name: 'Cy Dahl', email: 'cy@acme.example' }),
      createDeal: false,
    });
    expect(colleague.company!.id).toBe(first.company!.id);
    expect(colleague.person!.id).not.toBe(first.person!.id);

    const gmail = await convert(tenantId, {
      leadId: await lead(tenantId, { name: 'Di Eng', email: 'di.eng@gmail.com' }),
      createDeal: false,
    });
    expect(gmail.company).toBeNull();
    expect({ people: await rows('people', tenantId), companies: await rows('companies', tenantId) }).toEqual({
      people: 3,
      companies: 1,
    });
  });

  it('writes nothing when a step refuses, and points the error at this input', async () => {
    const tenantId = randomUUID();
    const leadId = await lead(tenantId, {
      name: 'Eve Fox',
      email: 'eve@fox.example',
      companyName: 'Fox Ltd',
    });
    const result = await convert(tenantId, { leadId, amount: { amount: '-5', currency: 'USD' } });
    expect(result.lead).toBeNull();
    expect(result.userErrors.map((error) => error.field)).toEqual([['input', 'amount']]);
    expect({
      people: await rows('people', tenantId),
      companies: await rows('companies', tenantId),
      deals: await rows('deals', tenantId),
      converted: await countRows(`select 1 from crm.leads where id = $1 and status = 'CONVERTED'`, [leadId]),
      events: await countRows(
        `select 1 from crm.outbox where tenant_id = $1 and type <> 'crm.lead.created'`,
        [tenantId],
      ),
    }).toEqual({ people: 0, companies: 0, deals: 0, converted: 0, events: 0 });
  });

  it('rolls everything back when a step fails midway (an injected failure creating the deal)', async () => {
    const tenantId = randomUUID();
    const leadId = await lead(tenantId, { name: 'Gil Hart', email: 'gil@hart.example', companyName: 'Hart' });
    const trigger = `refuse_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await queryAsSuperuser(`create function crm.${trigger}() returns trigger language plpgsql as $$
      begin if new.tenant_id = '${tenantId}' then raise exception 'injected failure'; end if; return new; end $$`);
    await queryAsSuperuser(
      `create trigger ${trigger} before insert on crm.deals for each row execute function crm.${trigger}()`,
    );
    try {
      const result = await harness.call(crm, { tenantId }, CONVERT, { input: { leadId } });
      expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await queryAsSuperuser(`drop trigger ${trigger} on crm.deals`);
      await queryAsSuperuser(`drop function crm.${trigger}()`);
    }
    expect({
      people: await rows('people', tenantId),
      companies: await rows('companies', tenantId),
      deals: await rows('deals', tenantId),
      status: (
        await queryAsSuperuser<{ status: string }>('select status from crm.leads where id = $1', [leadId])
      )[0].status,
      events: await countRows(
        `select 1 from crm.outbox where tenant_id = $1 and type <> 'crm.lead.created'`,
        [tenantId],
      ),
    }).toEqual({ people: 0, companies: 0, deals: 0, status: 'NEW', events: 0 });
  });

  it("is NOT_FOUND for another tenant's lead and FORBIDDEN for a viewer", async () => {
    const leadId = await lead(randomUUID(), { name: 'Private' });
    expect(
      errorCodes(await harness.call(crm, { tenantId: randomUUID() }, CONVERT, { input: { leadId } })),
    ).toEqual(['NOT_FOUND']);
    const viewer = await harness.call(
      crm,
      { tenantId: randomUUID(), permissions: ['crm.lead:read'] },
      CONVERT,
      { input: { leadId } },
    );
    expect(errorCodes(viewer)).toEqual(['FORBIDDEN']);
  });
});
