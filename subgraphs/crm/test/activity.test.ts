import { randomUUID } from 'node:crypto';
import {
  countRows,
  errorCodes,
  sqlStatementCount,
  subgraphTestHarness,
  type RunningSubgraph,
} from '@nexora/kit';
import { crmSubgraph } from '../src';
import { createCompany } from './company-fixtures';

const permissions = ['crm.activity:read', 'crm.activity:write', 'crm.company:read', 'crm.company:write'];
const harness = subgraphTestHarness(crmSubgraph, { permissions });

const FIELDS =
  'id kind subject body company { id name } occurredAt dueAt doneAt assignee { id } author { id }';
const LOG = `mutation ($input: LogActivityInput!) {
  logActivity(input: $input) { activity { ${FIELDS} } userErrors { field code } }
}`;
const COMPLETE = `mutation ($id: ID!) {
  completeTask(input: { id: $id }) { activity { id doneAt } userErrors { code } }
}`;
const TIMELINE = `query ($r: [_Any!]!, $first: Int, $after: String) {
  _entities(representations: $r) {
    ... on Company { id timeline(first: $first, after: $after) {
      totalCount edges { node { subject } } pageInfo { hasNextPage endCursor } } }
  }
}`;
const MY_TASKS = `query ($done: Boolean) { myTasks(done: $done) { totalCount edges { node { subject dueAt } } } }`;

interface Activity {
  id: string;
  kind: string;
  subject: string;
  company: { id: string; name: string } | null;
  occurredAt: string;
  dueAt: string | null;
  doneAt: string | null;
  assignee: { id: string } | null;
  author: { id: string } | null;
}
interface Payload {
  activity: Activity | null;
  userErrors: Array<{ field: string[] | null; code: string }>;
}
interface Timeline {
  totalCount: number;
  edges: Array<{ node: { subject: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

let crm: RunningSubgraph;
beforeAll(async () => {
  crm = await harness.start();
});
afterAll(async () => {
  await crm.stop();
});

async function log(tenantId: string, userId: string, input: Record<string, unknown>): Promise<Payload> {
  const result = await harness.call<{ logActivity: Payload }>(crm, { tenantId, userId }, LOG, { input });
  if (!result.body.data) throw new Error(JSON.stringify(result.body));
  return result.body.data.logActivity;
}

async function timeline(
  tenantId: string,
  companyIds: string[],
  first = 20,
  after?: string,
): Promise<Timeline[]> {
  const result = await harness.call<{ _entities: Array<{ timeline: Timeline }> }>(
    crm,
    { tenantId },
    TIMELINE,
    {
      r: companyIds.map((id) => ({ __typename: 'Company', id })),
      first,
      after,
    },
  );
  if (!result.body.data) throw new Error(JSON.stringify(result.body));
  return result.body.data._entities.map((entity) => entity.timeline);
}

describe('activities', () => {
  it('logs a note and a task against a company; a task is assigned to its author by default', async () => {
    const tenantId = randomUUID();
    const userId = randomUUID();
    const company = await createCompany(crm, { tenantId }, { name: 'Timeline Ltd' });
    const note = await log(tenantId, userId, {
      kind: 'NOTE',
      subject: ' Met at the fair ',
      companyId: company.id,
    });
    expect(note.userErrors).toEqual([]);
    expect(note.activity).toMatchObject({
      kind: 'NOTE',
      subject: 'Met at the fair',
      company: { id: company.id, name: 'Timeline Ltd' },
      dueAt: null,
      assignee: null,
      author: { id: userId },
    });
    const task = await log(tenantId, userId, {
      kind: 'TASK',
      subject: 'Send the proposal',
      companyId: company.id,
      dueAt: '2026-12-10T09:00:00Z',
    });
    expect(task.activity).toMatchObject({
      dueAt: '2026-12-10T09:00:00.000Z',
      assignee: { id: userId },
      doneAt: null,
    });
    expect(
      await countRows(`select 1 from crm.outbox where tenant_id = $1 and type = 'crm.activity.logged'`, [
        tenantId,
      ]),
    ).toBe(2);
  });

  it('refuses bad input and a company of another tenant, writing nothing', async () => {
    const tenantId = randomUUID();
    const foreign = await createCompany(crm, { tenantId: randomUUID() }, { name: 'Elsewhere' });
    const payload = await log(tenantId, randomUUID(), {
      kind: 'CALL',
      subject: '',
      body: 'x'.repeat(10_001),
      occurredAt: 'yesterday',
      dueAt: '2026-12-10',
      companyId: foreign.id,
    });
    expect(payload.activity).toBeNull();
    expect(payload.userErrors.map((error) => error.code)).toEqual([
      'SUBJECT_REQUIRED',
      'BODY_TOO_LONG',
      'DATE_INVALID',
      'NOT_A_TASK',
      'COMPANY_NOT_FOUND',
    ]);
    const noRecord = await log(tenantId, randomUUID(), { kind: 'NOTE', subject: 'Orphan' });
    expect(noRecord.userErrors.map((error) => error.code)).toEqual(['RECORD_REQUIRED']);
    expect(await countRows('select 1 from crm.activities where tenant_id = $1', [tenantId])).toBe(0);
  });

  it('pages a timeline newest first, and a list of companies costs the same SQL as one', async () => {
    const tenantId = randomUUID();
    const userId = randomUUID();
    const companies = [];
    for (let index = 0; index < 12; index += 1) {
      companies.push(await createCompany(crm, { tenantId }, { name: `Company ${index}` }));
    }
    for (let day = 1; day <= 5; day += 1) {
      await log(tenantId, userId, {
        kind: 'CALL',
        subject: `Call ${day}`,
        companyId: companies[0].id,
        occurredAt: `2026-11-0${day}T10:00:00Z`,
      });
    }
    await log(tenantId, userId, { kind: 'NOTE', subject: 'Other', companyId: companies[1].id });

    const [first] = await timeline(tenantId, [companies[0].id], 2);
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((edge) => edge.node.subject)).toEqual(['Call 5', 'Call 4']);
    const [second] = await timeline(tenantId, [companies[0].id], 2, first.pageInfo.endCursor!);
    expect(second.edges.map((edge) => edge.node.subject)).toEqual(['Call 3', 'Call 2']);

    const before = sqlStatementCount(crm.dataSource);
    const two = await timeline(
      tenantId,
      companies.slice(0, 2).map((company) => company.id),
    );
    const forTwo = sqlStatementCount(crm.dataSource) - before;
    const between = sqlStatementCount(crm.dataSource);
    const twelve = await timeline(
      tenantId,
      companies.map((company) => company.id),
    );
    const forTwelve = sqlStatementCount(crm.dataSource) - between;
    expect(forTwelve).toBe(forTwo);
    expect(two.map((page) => page.totalCount)).toEqual([5, 1]);
    expect(twelve.slice(2).every((page) => page.totalCount === 0)).toBe(true);
  });

  it("myTasks lists the caller's open tasks soonest first, completing moves one to done", async () => {
    const tenantId = randomUUID();
    const me = randomUUID();
    const company = await createCompany(crm, { tenantId }, { name: 'Tasks Inc' });
    const later = await log(tenantId, me, {
      kind: 'TASK',
      subject: 'Later',
      companyId: company.id,
      dueAt: '2026-12-20',
    });
    await log(tenantId, me, { kind: 'TASK', subject: 'Undated', companyId: company.id });
    await log(tenantId, me, { kind: 'TASK', subject: 'Soon', companyId: company.id, dueAt: '2026-12-05' });
    await log(tenantId, me, {
      kind: 'TASK',
      subject: 'Theirs',
      companyId: company.id,
      assigneeId: randomUUID(),
    });
    const open = await harness.call<{
      myTasks: { totalCount: number; edges: Array<{ node: { subject: string } }> };
    }>(crm, { tenantId, userId: me }, MY_TASKS);
    expect(open.body.data!.myTasks.edges.map((edge) => edge.node.subject)).toEqual([
      'Soon',
      'Later',
      'Undated',
    ]);

    const done = await harness.call<{ completeTask: Payload }>(crm, { tenantId, userId: me }, COMPLETE, {
      id: later.activity!.id,
    });
    expect(done.body.data!.completeTask.activity!.doneAt).not.toBeNull();
    const again = await harness.call<{ completeTask: Payload }>(crm, { tenantId, userId: me }, COMPLETE, {
      id: later.activity!.id,
    });
    expect(again.body.data!.completeTask.activity!.doneAt).toBe(
      done.body.data!.completeTask.activity!.doneAt,
    );
    expect(
      await countRows(`select 1 from crm.outbox where tenant_id = $1 and type = 'crm.task.completed'`, [
        tenantId,
      ]),
    ).toBe(1);
    const closed = await harness.call<{ myTasks: { totalCount: number } }>(
      crm,
      { tenantId, userId: me },
      MY_TASKS,
      {
        done: true,
      },
    );
    expect(closed.body.data!.myTasks.totalCount).toBe(1);
  });

  it("completeTask refuses a note, another tenant's task (NOT_FOUND) and a viewer", async () => {
    const tenantId = randomUUID();
    const me = randomUUID();
    const company = await createCompany(crm, { tenantId }, { name: 'Guarded' });
    const note = await log(tenantId, me, { kind: 'NOTE', subject: 'Just a note', companyId: company.id });
    const notTask = await harness.call<{ completeTask: Payload }>(crm, { tenantId }, COMPLETE, {
      id: note.activity!.id,
    });
    expect(notTask.body.data!.completeTask.userErrors.map((error) => error.code)).toEqual(['NOT_A_TASK']);
    const task = await log(tenantId, me, { kind: 'TASK', subject: 'Mine', companyId: company.id });
    const stranger = await harness.call(crm, { tenantId: randomUUID() }, COMPLETE, { id: task.activity!.id });
    expect(errorCodes(stranger)).toEqual(['NOT_FOUND']);
    const viewer = await harness.call(crm, { tenantId, permissions: ['crm.activity:read'] }, COMPLETE, {
      id: task.activity!.id,
    });
    expect(errorCodes(viewer)).toEqual(['FORBIDDEN']);
    expect(
      await countRows('select 1 from crm.activities where tenant_id = $1 and done_at is not null', [
        tenantId,
      ]),
    ).toBe(0);
  });
});
