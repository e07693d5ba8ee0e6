import { randomUUID } from 'node:crypto';
import { countRows, sqlStatementCount, subgraphTestHarness, type RunningSubgraph } from '@nexora/kit';
import { crmSubgraph } from '../src';
import { createRecord } from './record-fixtures';

const harness = subgraphTestHarness(crmSubgraph, {
  permissions: ['crm.deal:read', 'crm.deal:write', 'crm.person:read', 'crm.person:write', 'crm.company:read'],
});

const ADD = `mutation ($input: DealPersonInput!) { addDealPerson(input: $input) { deal { id people { name } } userErrors { code } } }`;
const REMOVE = `mutation ($input: DealPersonInput!) { removeDealPerson(input: $input) { deal { people { name } } userErrors { code } } }`;

let crm: RunningSubgraph;
beforeAll(async () => {
  crm = await harness.start();
});
afterAll(async () => {
  await crm.stop();
});

const create = (tenantId: string, query: string, input: object) =>
  createRecord(harness, crm, tenantId, query, input);
const deal = (tenantId: string, title: string) =>
  create(tenantId, `mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`, {
    title,
  });
const person = (tenantId: string, firstName: string) =>
  create(
    tenantId,
    `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
    { firstName },
  );

describe('the people of a deal', () => {
  it('adds and removes people, refusing doubles, unknowns and another tenant’s records', async () => {
    const tenantId = randomUUID();
    const dealId = await deal(tenantId, 'Renewal');
    const [zoe, adam] = [await person(tenantId, 'Zoe'), await person(tenantId, 'Adam')];
    const foreignPerson = await person(randomUUID(), 'Elsewhere');
    const add = async (personId: string) =>
      (
        await harness.call<{
          addDealPerson: {
            deal: { people: Array<{ name: string }> } | null;
            userErrors: Array<{ code: string }>;
          };
        }>(crm, { tenantId }, ADD, { input: { dealId, personId } })
      ).body.data!.addDealPerson;
    await add(zoe);
    expect((await add(adam)).deal!.people.map((row) => row.name)).toEqual(['Adam', 'Zoe']);
    expect((await add(adam)).userErrors).toEqual([{ code: 'ALREADY_LINKED' }]);
    expect((await add(foreignPerson)).userErrors).toEqual([{ code: 'PERSON_NOT_FOUND' }]);
    const removed = await harness.call<{ removeDealPerson: { deal: { people: Array<{ name: string }> } } }>(
      crm,
      { tenantId },
      REMOVE,
      {
        input: { dealId, personId: zoe },
      },
    );
    expect(removed.body.data!.removeDealPerson.deal.people).toEqual([{ name: 'Adam' }]);
    const again = await harness.call<{ removeDealPerson: { userErrors: Array<{ code: string }> } }>(
      crm,
      { tenantId },
      REMOVE,
      {
        input: { dealId, personId: zoe },
      },
    );
    expect(again.body.data!.removeDealPerson.userErrors).toEqual([{ code: 'NOT_LINKED' }]);
    expect(await countRows('select 1 from crm.deal_people where tenant_id = $1', [tenantId])).toBe(1);
  });

  it('reads the people of a page of deals in the same SQL whatever the page size', async () => {
    const tenantId = randomUUID();
    for (let index = 0; index < 30; index += 1) {
      const dealId = await deal(tenantId, `Deal ${index}`);
      const personId = await person(tenantId, `Person ${index}`);
      await harness.call(crm, { tenantId }, ADD, { input: { dealId, personId } });
    }
    const statementsFor = async (first: number) => {
      const before = sqlStatementCount(crm.dataSource);
      const result = await harness.call<{ deals: { edges: Array<{ node: { people: unknown[] } }> } }>(
        crm,
        { tenantId },
        `query ($first: Int) { deals(first: $first) { edges { node { people { name } } } } }`,
        { first },
      );
      expect(result.body.data!.deals.edges.every((edge) => edge.node.people.length === 1)).toBe(true);
      return sqlStatementCount(crm.dataSource) - before;
    };
    expect(await statementsFor(30)).toBe(await statementsFor(3));
  });
});
