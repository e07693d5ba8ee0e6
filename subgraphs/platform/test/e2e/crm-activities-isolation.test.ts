import {
  createCompany,
  startE2EPlatform,
  uniqueName,
  type E2EPlatform,
  type SignedUpTenant,
  type UserErrorResult,
} from './e2e-client';

let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;
let companyA: string;
let taskA: string;

const LOG = `mutation ($input: LogActivityInput!) {
  logActivity(input: $input) { activity { id subject author { email } assignee { email } company { name } } userErrors { code } }
}`;
const TIMELINE = `query ($id: ID!) { company(id: $id) { name timeline { totalCount edges { node { subject } } } } }`;
const MY_TASKS = `{ myTasks { totalCount edges { node { id subject } } } }`;

interface LogPayload {
  logActivity: {
    activity: {
      id: string;
      subject: string;
      author: { email: string };
      assignee: { email: string } | null;
      company: { name: string };
    } | null;
    userErrors: UserErrorResult[];
  };
}

beforeAll(async () => {
  e2e = await startE2EPlatform();
  [a, b] = await Promise.all([e2e.signUpTenant('act-a'), e2e.signUpTenant('act-b')]);
  companyA = await createCompany(e2e, a.token, uniqueName('Timeline Co'));
  const task = await e2e.gql<LogPayload>(
    LOG,
    { input: { kind: 'TASK', subject: 'Call back about renewal', companyId: companyA, dueAt: '2026-12-15' } },
    a.token,
  );
  taskA = task.body.data!.logActivity.activity!.id;
});

afterAll(async () => {
  await e2e?.stop();
});

describe('activities through the whole platform', () => {
  it('a logged task carries its company from crm and its author and assignee from identity', async () => {
    const note = await e2e.gql<LogPayload>(
      LOG,
      { input: { kind: 'NOTE', subject: 'Prefers e-mail', companyId: companyA } },
      a.token,
    );
    expect(note.status).toBe(200);
    expect(note.body.data!.logActivity.activity).toMatchObject({
      subject: 'Prefers e-mail',
      author: { email: a.email },
      assignee: null,
    });
    const timeline = await e2e.gql<{
      company: { timeline: { totalCount: number; edges: Array<{ node: { subject: string } }> } };
    }>(TIMELINE, { id: companyA }, a.token);
    expect(timeline.body.data!.company.timeline.edges.map((edge) => edge.node.subject)).toEqual([
      'Prefers e-mail',
      'Call back about renewal',
    ]);
    const tasks = await e2e.gql<{ myTasks: { edges: Array<{ node: { id: string } }> } }>(
      MY_TASKS,
      {},
      a.token,
    );
    expect(tasks.body.data!.myTasks.edges.map((edge) => edge.node.id)).toEqual([taskA]);
  });

  it("a member's tasks come from crm on identity's user, in the caller's tenant only", async () => {
    const mine = await e2e.gql<{
      me: { user: { assignedTasks: { edges: Array<{ node: { id: string } }> } } };
    }>(`{ me { user { assignedTasks { edges { node { id } } } } } }`, {}, a.token);
    expect(mine.body.data!.me.user.assignedTasks.edges.map((edge) => edge.node.id)).toEqual([taskA]);
    // B asking about A's user through crm directly sees no task of A's tenant.
    const asB = await e2e.subgraph(
      'crm',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { assignedTasks { totalCount } } } }`,
      { r: [{ __typename: 'User', id: a.userId }] },
      e2e.signedFor('crm', b.tenantId, b.userId),
    );
    expect(asB.body).toEqual({ data: { _entities: [{ assignedTasks: { totalCount: 0 } }] } });
  });

  it("tenant B cannot read A's timeline or tasks, log against A's company, or complete A's task", async () => {
    const timeline = await e2e.gql(TIMELINE, { id: companyA }, b.token);
    expect(timeline.body).toEqual({ data: { company: null } });
    const tasks = await e2e.gql(MY_TASKS, {}, b.token);
    expect(tasks.body).toEqual({ data: { myTasks: { totalCount: 0, edges: [] } } });
    const logged = await e2e.gql<LogPayload>(
      LOG,
      { input: { kind: 'NOTE', subject: 'Intrusion', companyId: companyA } },
      b.token,
    );
    expect(logged.body.data!.logActivity).toEqual({
      activity: null,
      userErrors: [{ code: 'COMPANY_NOT_FOUND' }],
    });
    const completed = await e2e.gql(
      `mutation ($id: ID!) { completeTask(input: { id: $id }) { activity { id } } }`,
      { id: taskA },
      b.token,
    );
    expect(completed.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const timelineEntities = await e2e.subgraph(
      'crm',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Company { timeline { totalCount } } } }`,
      { r: [{ __typename: 'Company', id: companyA }] },
      e2e.signedFor('crm', b.tenantId, b.userId),
    );
    expect(timelineEntities.body).toEqual({ data: { _entities: [null] } });
  });
});
