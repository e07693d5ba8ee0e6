import { randomUUID } from 'node:crypto';
import { waitUntil } from '@nexora/kit';
import {
  createCompany,
  createInvoice,
  startE2EPlatform,
  uniqueName,
  type E2EPlatform,
  type SignedUpTenant,
} from './e2e-client';

let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;

beforeAll(async () => {
  e2e = await startE2EPlatform();
  [a, b] = await Promise.all([e2e.signUpTenant('merge-a'), e2e.signUpTenant('merge-b')]);
});
afterAll(async () => {
  await e2e?.stop();
});

const MERGE = `mutation ($input: MergeInput!) {
  mergeCompanies(input: $input) { company { id name } userErrors { code } }
}`;
const SURVIVOR = `query ($id: ID!) {
  company(id: $id) {
    name
    people { totalCount }
    deals { totalCount }
    timeline { totalCount }
    invoices { totalCount }
    openBalance { amount currency }
  }
}`;
const CANDIDATES = `{ duplicateCandidates(entity: COMPANY) { companies { id name } } }`;

interface Survivor {
  company: {
    people: { totalCount: number };
    deals: { totalCount: number };
    timeline: { totalCount: number };
    invoices: { totalCount: number };
    openBalance: Array<{ amount: string; currency: string }>;
  } | null;
}

describe('merging duplicates through the whole platform', () => {
  it('moves people, deals, activities and (through erp’s consumer) invoices onto the survivor', async () => {
    const name = uniqueName('Globex');
    const survivor = await createCompany(e2e, a.token, name);
    const merged = await createCompany(e2e, a.token, `${name} Inc`);
    await e2e.gql(
      `mutation ($c: ID!) { createPerson(input: { firstName: "Hank", companyId: $c }) { person { id } } }`,
      { c: merged },
      a.token,
    );
    await e2e.gql(
      `mutation ($c: ID!) { createDeal(input: { title: "Pilot", companyId: $c }) { deal { id } } }`,
      { c: merged },
      a.token,
    );
    await e2e.gql(
      `mutation ($c: ID!) { logActivity(input: { kind: CALL, subject: "Intro", companyId: $c }) { activity { id } } }`,
      { c: merged },
      a.token,
    );
    await createInvoice(e2e, a.token, survivor, { quantity: '1', unitPrice: '100.00' });
    await createInvoice(e2e, a.token, merged, { quantity: '2', unitPrice: '50.00' });

    const candidates = await e2e.gql<{ duplicateCandidates: Array<{ companies: Array<{ id: string }> }> }>(
      CANDIDATES,
      {},
      a.token,
    );
    expect(
      candidates.body.data!.duplicateCandidates.map((pair) => pair.companies.map((row) => row.id).sort()),
    ).toContainEqual([survivor, merged].sort());

    // Tenant B can neither merge A's companies nor see them as candidates.
    const foreign = await e2e.gql<{ mergeCompanies: { userErrors: Array<{ code: string }> } }>(
      MERGE,
      { input: { survivorId: survivor, mergedIds: [merged] } },
      b.token,
    );
    expect(foreign.body.data!.mergeCompanies.userErrors).toEqual([{ code: 'NOT_FOUND_IN_TENANT' }]);
    const candidatesB = await e2e.gql<{ duplicateCandidates: unknown[] }>(CANDIDATES, {}, b.token);
    expect(candidatesB.body.data!.duplicateCandidates).toEqual([]);

    const result = await e2e.gql<{
      mergeCompanies: { company: { id: string } | null; userErrors: unknown[] };
    }>(MERGE, { input: { survivorId: survivor, mergedIds: [merged] } }, a.token);
    expect(result.body.data!.mergeCompanies).toEqual({ company: { id: survivor, name }, userErrors: [] });

    let after: Survivor['company'] = null;
    await waitUntil(
      async () => {
        const read = await e2e.gql<Survivor>(SURVIVOR, { id: survivor }, a.token);
        after = read.body.data!.company;
        return after?.invoices.totalCount === 2;
      },
      'erp to follow the merge',
      10_000,
    );
    expect(after).toEqual({
      name,
      people: { totalCount: 1 },
      deals: { totalCount: 1 },
      timeline: { totalCount: 1 },
      invoices: { totalCount: 2 },
      openBalance: [{ amount: '200.00', currency: 'USD' }],
    });
    const gone = await e2e.gql(`query ($id: ID!) { company(id: $id) { id } }`, { id: merged }, a.token);
    expect(gone.body).toEqual({ data: { company: null } });
  });

  it('merges people: e-mails, phones and tags joined, their deals and activities moved, the other gone', async () => {
    const suffix = randomUUID().slice(0, 8);
    const company = await createCompany(e2e, a.token, uniqueName('Strickland'));
    const createPerson = async (input: Record<string, unknown>) => {
      const created = await e2e.gql<{ createPerson: { person: { id: string } } }>(
        `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
        { input },
        a.token,
      );
      return created.body.data!.createPerson.person.id;
    };
    const survivor = await createPerson({
      firstName: 'Hank',
      lastName: `Hill ${suffix}`,
      emails: [`hank@strickland-${suffix}.example`],
    });
    const merged = await createPerson({
      firstName: 'Hank',
      lastName: `Hill ${suffix}`,
      emails: [`hank.hill@strickland-${suffix}.example`],
      phones: ['+1 555 0100'],
      tags: ['propane'],
      companyId: company,
    });
    const deal = await e2e.gql<{ createDeal: { deal: { id: string } } }>(
      `mutation { createDeal(input: { title: "Grills" }) { deal { id } } }`,
      {},
      a.token,
    );
    const dealId = deal.body.data!.createDeal.deal.id;
    await e2e.gql(
      `mutation ($input: DealPersonInput!) { addDealPerson(input: $input) { userErrors { code } } }`,
      { input: { dealId, personId: merged } },
      a.token,
    );
    await e2e.gql(
      `mutation ($p: ID!) { logActivity(input: { kind: NOTE, subject: "Likes propane", personId: $p }) { activity { id } } }`,
      { p: merged },
      a.token,
    );

    const candidates = await e2e.gql<{ duplicateCandidates: Array<{ people: Array<{ id: string }> }> }>(
      `{ duplicateCandidates(entity: PERSON) { people { id } } }`,
      {},
      a.token,
    );
    expect(
      candidates.body.data!.duplicateCandidates.map((pair) => pair.people.map((row) => row.id).sort()),
    ).toContainEqual([survivor, merged].sort());

    const MERGE_PEOPLE = `mutation ($input: MergeInput!) {
      mergePeople(input: $input) {
        person { id emails phones tags company { id } timeline { totalCount } }
        userErrors { code }
      }
    }`;
    const input = { survivorId: survivor, mergedIds: [merged] };
    const foreign = await e2e.gql<{ mergePeople: { userErrors: Array<{ code: string }> } }>(
      MERGE_PEOPLE,
      { input },
      b.token,
    );
    expect(foreign.body.data!.mergePeople.userErrors).toEqual([{ code: 'NOT_FOUND_IN_TENANT' }]);

    const result = await e2e.gql<{ mergePeople: unknown }>(MERGE_PEOPLE, { input }, a.token);
    expect(result.body.data!.mergePeople).toEqual({
      person: {
        id: survivor,
        emails: [`hank@strickland-${suffix}.example`, `hank.hill@strickland-${suffix}.example`],
        phones: ['+15550100'],
        tags: ['propane'],
        company: { id: company },
        timeline: { totalCount: 1 },
      },
      userErrors: [],
    });
    const after = await e2e.gql<{ deal: { people: Array<{ id: string }> }; person: null }>(
      `query ($deal: ID!, $merged: ID!) { deal(id: $deal) { people { id } } person(id: $merged) { id } }`,
      { deal: dealId, merged },
      a.token,
    );
    expect(after.body.data).toEqual({ deal: { people: [{ id: survivor }] }, person: null });
  });
});
