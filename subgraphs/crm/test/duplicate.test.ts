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
  'crm.company:read',
  'crm.company:write',
  'crm.person:read',
  'crm.person:write',
  'crm.deal:read',
  'crm.deal:write',
  'crm.activity:read',
  'crm.activity:write',
];
const harness = subgraphTestHarness(crmSubgraph, { permissions: ALL });

/**
 * A link table as a later module might add one: it points at companies through (tenant_id,
 * company_id) and holds each (company, label) once. Owned by crm's role with RLS, like crm's own.
 */
const LINKS = `crm.test_company_links_${randomUUID().replace(/-/g, '').slice(0, 12)}`;

let crm: RunningSubgraph;
beforeAll(async () => {
  crm = await harness.start();
  await queryAsSuperuser(`create table ${LINKS} (
    tenant_id uuid not null, company_id uuid not null, label text not null,
    unique (tenant_id, company_id, label),
    foreign key (tenant_id, company_id) references crm.companies (tenant_id, id))`);
  await queryAsSuperuser(`alter table ${LINKS} owner to nexora_crm`);
  await queryAsSuperuser(`alter table ${LINKS} enable row level security`);
  await queryAsSuperuser(`alter table ${LINKS} force row level security`);
  await queryAsSuperuser(`create policy tenant_isolation on ${LINKS}
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
});
afterAll(async () => {
  await queryAsSuperuser(`drop table if exists ${LINKS}`);
  await crm.stop();
});

const CREATE_COMPANY = `mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } userErrors { code } } }`;
const CREATE_PERSON = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } userErrors { code } } }`;
const CREATE_DEAL = `mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } userErrors { code } } }`;
const LOG = `mutation ($input: LogActivityInput!) { logActivity(input: $input) { activity { id } userErrors { code } } }`;
const MERGE_COMPANIES = `mutation ($input: MergeInput!) {
  mergeCompanies(input: $input) { company { id name domain industry tags } userErrors { field code } }
}`;
const MERGE_PEOPLE = `mutation ($input: MergeInput!) {
  mergePeople(input: $input) { person { id name emails phones jobTitle tags } userErrors { code } }
}`;
const CANDIDATES = `query ($entity: DuplicateEntity!) {
  duplicateCandidates(entity: $entity) { score reason companies { id name } people { id name } }
}`;

async function create<T>(tenantId: string, query: string, field: string, input: object): Promise<T> {
  const result = await harness.call<Record<string, Record<string, unknown>>>(crm, { tenantId }, query, {
    input,
  });
  const payload = result.body.data?.[field];
  const record =
    payload && Object.values(payload).find((value) => value && typeof value === 'object' && 'id' in value);
  if (!record) throw new Error(`${field} failed: ${JSON.stringify(result.body)}`);
  return record as T;
}
const company = (tenantId: string, input: object) =>
  create<{ id: string }>(tenantId, CREATE_COMPANY, 'createCompany', input).then((row) => row.id);
const person = (tenantId: string, input: object) =>
  create<{ id: string }>(tenantId, CREATE_PERSON, 'createPerson', input).then((row) => row.id);

const referencing = (tenantId: string, table: string, column: string, id: string) =>
  countRows(`select 1 from ${table} where tenant_id = $1 and ${column} = $2`, [tenantId, id]);

describe('duplicate candidates', () => {
  it('pairs alike names and the same domain, never a record of another tenant', async () => {
    const tenantId = randomUUID();
    const acme = await company(tenantId, { name: 'Acme Corporation' });
    const acmeInc = await company(tenantId, { name: 'ACME Corporation Inc' });
    await company(tenantId, { name: 'Zeta Logistics' });
    const www = await company(tenantId, { name: 'Initech', domain: 'www.initech.example' });
    const bare = await company(tenantId, { name: 'Initech Software', domain: 'initech.example' });
    await company(randomUUID(), { name: 'Acme Corporation' });

    const result = await harness.call<{
      duplicateCandidates: Array<{ score: number; reason: string; companies: Array<{ id: string }> }>;
    }>(crm, { tenantId }, CANDIDATES, { entity: 'COMPANY' });
    const pairs = result.body.data!.duplicateCandidates.map((candidate) => ({
      reason: candidate.reason,
      ids: candidate.companies.map((row) => row.id).sort(),
    }));
    expect(pairs).toEqual(
      expect.arrayContaining([
        { reason: 'SIMILAR_NAME', ids: [acme, acmeInc].sort() },
        { reason: 'SAME_DOMAIN', ids: [www, bare].sort() },
      ]),
    );
    expect(pairs).toHaveLength(2);
  });

  it('pairs people with alike names', async () => {
    const tenantId = randomUUID();
    const a = await person(tenantId, {
      firstName: 'Jonathan',
      lastName: 'Smythe',
      emails: ['jon@acme.example'],
    });
    const b = await person(tenantId, {
      firstName: 'Jonathon',
      lastName: 'Smythe',
      emails: ['j.smythe@acme.example'],
    });
    await person(tenantId, { firstName: 'Maria', lastName: 'Lopez' });
    const result = await harness.call<{
      duplicateCandidates: Array<{ reason: string; people: Array<{ id: string }> }>;
    }>(crm, { tenantId }, CANDIDATES, { entity: 'PERSON' });
    expect(
      result.body.data!.duplicateCandidates.map((candidate) => ({
        reason: candidate.reason,
        ids: candidate.people.map((row) => row.id).sort(),
      })),
    ).toEqual([{ reason: 'SAME_EMAIL_DOMAIN_AND_NAME', ids: [a, b].sort() }]);
  });
});

describe('mergeCompanies', () => {
  it('moves people, deals, activities and any linked row onto the survivor, then deletes the merged', async () => {
    const tenantId = randomUUID();
    const survivor = await company(tenantId, { name: 'Acme', tags: ['key-account'] });
    const merged = await company(tenantId, {
      name: 'ACME Inc',
      domain: 'acme.example',
      industry: 'Manufacturing',
      tags: ['emea'],
    });
    const peter = await person(tenantId, { firstName: 'Peter', companyId: merged });
    const deal = await create<{ id: string }>(tenantId, CREATE_DEAL, 'createDeal', {
      title: 'Renewal',
      companyId: merged,
    });
    await create(tenantId, LOG, 'logActivity', { kind: 'NOTE', subject: 'Met them', companyId: merged });
    // The same link on both: the survivor's stays, the merged one's is dropped rather than failing.
    await queryAsSuperuser(
      `insert into ${LINKS} values ($1, $2, 'partner'), ($1, $3, 'partner'), ($1, $3, 'reseller')`,
      [tenantId, survivor, merged],
    );

    const result = await harness.call<{
      mergeCompanies: { company: Record<string, unknown> | null; userErrors: unknown[] };
    }>(crm, { tenantId }, MERGE_COMPANIES, { input: { survivorId: survivor, mergedIds: [merged] } });
    expect(result.body.data!.mergeCompanies).toEqual({
      company: {
        id: survivor,
        name: 'Acme',
        domain: 'acme.example',
        industry: 'Manufacturing',
        tags: ['key-account', 'emea'],
      },
      userErrors: [],
    });
    expect({
      people: await referencing(tenantId, 'crm.people', 'company_id', survivor),
      deals: await referencing(tenantId, 'crm.deals', 'company_id', survivor),
      activities: await referencing(tenantId, 'crm.activities', 'company_id', survivor),
      links: await referencing(tenantId, LINKS, 'company_id', survivor),
      leftOnMerged: await referencing(tenantId, LINKS, 'company_id', merged),
      mergedRow: await countRows('select 1 from crm.companies where id = $1', [merged]),
    }).toEqual({ people: 1, deals: 1, activities: 1, links: 2, leftOnMerged: 0, mergedRow: 0 });
    expect(
      await countRows('select 1 from crm.people where id = $1 and company_id = $2', [peter, survivor]),
    ).toBe(1);
    expect(
      await countRows('select 1 from crm.deals where id = $1 and company_id = $2', [deal.id, survivor]),
    ).toBe(1);
    const [event] = await queryAsSuperuser<{ payload: unknown }>(
      `select payload from crm.outbox where tenant_id = $1 and type = 'crm.company.merged'`,
      [tenantId],
    );
    expect(event.payload).toEqual({ id: survivor, mergedIds: [merged] });
  });

  it('changes nothing when a step fails midway (a trigger refuses one table for this tenant)', async () => {
    const tenantId = randomUUID();
    const survivor = await company(tenantId, { name: 'Keep' });
    const merged = await company(tenantId, { name: 'Fold', industry: 'Retail' });
    await person(tenantId, { firstName: 'Ana', companyId: merged });
    await queryAsSuperuser(`insert into ${LINKS} values ($1, $2, 'partner')`, [tenantId, merged]);
    const trigger = `refuse_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await queryAsSuperuser(`create function crm.${trigger}() returns trigger language plpgsql as $$
      begin if new.tenant_id = '${tenantId}' then raise exception 'injected failure'; end if; return new; end $$`);
    await queryAsSuperuser(
      `create trigger ${trigger} before update on ${LINKS} for each row execute function crm.${trigger}()`,
    );
    try {
      const result = await harness.call(crm, { tenantId }, MERGE_COMPANIES, {
        input: { survivorId: survivor, mergedIds: [merged] },
      });
      expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await queryAsSuperuser(`drop trigger ${trigger} on ${LINKS}`);
      await queryAsSuperuser(`drop function crm.${trigger}()`);
    }
    expect({
      companies: await countRows('select 1 from crm.companies where tenant_id = $1', [tenantId]),
      peopleOnMerged: await referencing(tenantId, 'crm.people', 'company_id', merged),
      linksOnMerged: await referencing(tenantId, LINKS, 'company_id', merged),
      events: await countRows(
        `select 1 from crm.outbox where tenant_id = $1 and type = 'crm.company.merged'`,
        [tenantId],
      ),
    }).toEqual({ companies: 2, peopleOnMerged: 1, linksOnMerged: 1, events: 0 });
  });

  it('merging people changes nothing when a step fails midway (moving their activities is refused)', async () => {
    const tenantId = randomUUID();
    const survivor = await person(tenantId, { firstName: 'Ana', emails: ['ana@keep.example'] });
    const merged = await person(tenantId, {
      firstName: 'Ana',
      emails: ['ana@fold.example'],
      phones: ['+15550100'],
    });
    await create(tenantId, LOG, 'logActivity', { kind: 'NOTE', subject: 'Met Ana', personId: merged });
    const trigger = `refuse_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await queryAsSuperuser(`create function crm.${trigger}() returns trigger language plpgsql as $$
      begin if new.tenant_id = '${tenantId}' then raise exception 'injected failure'; end if; return new; end $$`);
    await queryAsSuperuser(
      `create trigger ${trigger} before update on crm.activities for each row execute function crm.${trigger}()`,
    );
    try {
      const result = await harness.call(crm, { tenantId }, MERGE_PEOPLE, {
        input: { survivorId: survivor, mergedIds: [merged] },
      });
      expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await queryAsSuperuser(`drop trigger ${trigger} on crm.activities`);
      await queryAsSuperuser(`drop function crm.${trigger}()`);
    }
    expect({
      people: await countRows('select 1 from crm.people where tenant_id = $1', [tenantId]),
      survivorEmails: await countRows(
        `select 1 from crm.people where id = $1 and emails = array['ana@keep.example']`,
        [survivor],
      ),
      emailsOfMerged: await countRows('select 1 from crm.person_emails where person_id = $1', [merged]),
      activitiesOnMerged: await referencing(tenantId, 'crm.activities', 'person_id', merged),
      events: await countRows(
        `select 1 from crm.outbox where tenant_id = $1 and type = 'crm.person.merged'`,
        [tenantId],
      ),
    }).toEqual({ people: 2, survivorEmails: 1, emailsOfMerged: 1, activitiesOnMerged: 1, events: 0 });
  });

  it('refuses a merge into itself, nothing to merge, another tenant’s ids and a viewer', async () => {
    const tenantId = randomUUID();
    const a = await company(tenantId, { name: 'One' });
    const foreign = await company(randomUUID(), { name: 'Elsewhere' });
    const merge = async (input: object, permissions = ALL) =>
      harness.call<{ mergeCompanies: { userErrors: Array<{ code: string }> } }>(
        crm,
        { tenantId, permissions },
        MERGE_COMPANIES,
        { input },
      );
    const codes = async (input: object) =>
      (await merge(input)).body.data!.mergeCompanies.userErrors.map((error) => error.code);
    expect(await codes({ survivorId: a, mergedIds: [a] })).toEqual(['MERGE_INTO_ITSELF']);
    expect(await codes({ survivorId: a, mergedIds: [] })).toEqual(['NOTHING_TO_MERGE']);
    expect(await codes({ survivorId: a, mergedIds: [foreign] })).toEqual(['NOT_FOUND_IN_TENANT']);
    expect(errorCodes(await merge({ survivorId: a, mergedIds: ['nope'] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await merge({ survivorId: a, mergedIds: [foreign] }, ['crm.company:read']))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await countRows('select 1 from crm.companies where id = $1', [foreign])).toBe(1);
  });
});

describe('mergePeople', () => {
  it('joins e-mails, phones and tags, keeps the survivor’s values and finds the survivor by a merged e-mail', async () => {
    const tenantId = randomUUID();
    const survivor = await person(tenantId, {
      firstName: 'Ana',
      lastName: 'Lima',
      emails: ['ana@lima.example'],
      tags: ['vip'],
    });
    const merged = await person(tenantId, {
      firstName: 'Ana',
      lastName: 'Lima Souza',
      emails: ['ana.lima@gmail.example'],
      phones: ['+55 11 5555 0100'],
      jobTitle: 'CFO',
      tags: ['finance'],
    });
    const result = await harness.call<{ mergePeople: { person: Record<string, unknown> } }>(
      crm,
      { tenantId },
      MERGE_PEOPLE,
      {
        input: { survivorId: survivor, mergedIds: [merged] },
      },
    );
    expect(result.body.data!.mergePeople.person).toEqual({
      id: survivor,
      name: 'Ana Lima',
      emails: ['ana@lima.example', 'ana.lima@gmail.example'],
      phones: ['+551155550100'],
      jobTitle: 'CFO',
      tags: ['vip', 'finance'],
    });
    const found = await harness.call<{ people: { edges: Array<{ node: { id: string } }> } }>(
      crm,
      { tenantId },
      `{ people(search: "ana.lima@gmail") { edges { node { id } } } }`,
    );
    expect(found.body.data!.people.edges).toEqual([{ node: { id: survivor } }]);
    expect(await countRows('select 1 from crm.people where id = $1', [merged])).toBe(0);
  });
});
