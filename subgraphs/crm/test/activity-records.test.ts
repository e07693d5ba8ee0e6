import { randomUUID } from 'node:crypto';
import { sqlStatementCount, subgraphTestHarness, type RunningSubgraph } from '@nexora/kit';
import { crmSubgraph } from '../src';
import { createRecord } from './record-fixtures';

const harness = subgraphTestHarness(crmSubgraph, {
  permissions: [
    'crm.activity:read',
    'crm.activity:write',
    'crm.person:read',
    'crm.person:write',
    'crm.deal:read',
    'crm.deal:write',
  ],
});

const LOG = `mutation ($input: LogActivityInput!) {
  logActivity(input: $input) { activity { id person { id } deal { id } } userErrors { code } }
}`;
const TIMELINES = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Person { timeline { totalCount edges { node { subject } } } }
    ... on Deal { timeline { totalCount edges { node { subject } } } }
    ... on User { assignedTasks { totalCount edges { node { subject } } } }
  }
}`;

let crm: RunningSubgraph;
beforeAll(async () => {
  crm = await harness.start();
});
afterAll(async () => {
  await crm.stop();
});

const create = (tenantId: string, query: string, input: object) =>
  createRecord(harness, crm, tenantId, query, input);
const person = (tenantId: string, firstName: string) =>
  create(
    tenantId,
    `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
    { firstName },
  );
const deal = (tenantId: string, title: string) =>
  create(tenantId, `mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`, {
    title,
  });

type Page = { totalCount: number; edges: Array<{ node: { subject: string } }> };
async function entities(tenantId: string, r: object[]) {
  const result = await harness.call<{ _entities: Array<{ timeline?: Page; assignedTasks?: Page } | null> }>(
    crm,
    { tenantId },
    TIMELINES,
    { r },
  );
  if (!result.body.data) throw new Error(JSON.stringify(result.body));
  return result.body.data._entities;
}

describe('activities on people and deals', () => {
  it('logs against a person or a deal, whose timelines show them, and refuses records of another tenant', async () => {
    const tenantId = randomUUID();
    const ana = await person(tenantId, 'Ana');
    const renewal = await deal(tenantId, 'Renewal');
    const logged = await harness.call<{
      logActivity: { activity: { person: { id: string }; deal: { id: string } } };
    }>(crm, { tenantId }, LOG, {
      input: { kind: 'CALL', subject: 'Pricing call', personId: ana, dealId: renewal },
    });
    expect(logged.body.data!.logActivity.activity).toMatchObject({
      person: { id: ana },
      deal: { id: renewal },
    });
    await harness.call(crm, { tenantId }, LOG, {
      input: { kind: 'NOTE', subject: 'Deal note', dealId: renewal },
    });

    const [anaPage, dealPage] = await entities(tenantId, [
      { __typename: 'Person', id: ana },
      { __typename: 'Deal', id: renewal },
    ]);
    expect(anaPage!.timeline!.edges.map((edge) => edge.node.subject)).toEqual(['Pricing call']);
    expect(dealPage!.timeline!.edges.map((edge) => edge.node.subject)).toEqual(['Deal note', 'Pricing call']);

    const foreign = await person(randomUUID(), 'Elsewhere');
    const refused = await harness.call<{ logActivity: { userErrors: Array<{ code: string }> } }>(
      crm,
      { tenantId },
      LOG,
      {
        input: { kind: 'NOTE', subject: 'Intrusion', personId: foreign, dealId: randomUUID() },
      },
    );
    expect(refused.body.data!.logActivity.userErrors).toEqual([
      { code: 'PERSON_NOT_FOUND' },
      { code: 'DEAL_NOT_FOUND' },
    ]);
  });

  it("a member's assigned tasks, and timelines of many records, cost the same SQL as of one", async () => {
    const tenantId = randomUUID();
    const members = [randomUUID(), randomUUID(), randomUUID()];
    const people = [];
    for (let index = 0; index < 8; index += 1) people.push(await person(tenantId, `Person ${index}`));
    for (const [index, personId] of people.entries()) {
      await harness.call(crm, { tenantId }, LOG, {
        input: { kind: 'TASK', subject: `Task ${index}`, personId, assigneeId: members[index % 3] },
      });
    }
    const tasks = await entities(
      tenantId,
      members.map((id) => ({ __typename: 'User', id })),
    );
    expect(tasks.map((entry) => entry!.assignedTasks!.totalCount)).toEqual([3, 3, 2]);

    const cost = async (ids: string[]) => {
      const before = sqlStatementCount(crm.dataSource);
      const pages = await entities(
        tenantId,
        ids.map((id) => ({ __typename: 'Person', id })),
      );
      expect(pages.every((page) => page!.timeline!.totalCount === 1)).toBe(true);
      return sqlStatementCount(crm.dataSource) - before;
    };
    expect(await cost(people)).toBe(await cost(people.slice(0, 2)));
  });
});
