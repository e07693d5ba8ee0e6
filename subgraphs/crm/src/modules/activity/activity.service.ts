import {
  badUserInput,
  type Connection,
  decodeCursor,
  emitEvent,
  type KeysetPosition,
  notFound,
  pageSize,
  parseId,
  type SubgraphContext,
  tenantOf,
  toConnection,
  type UserError,
  userError,
} from '@nexora/kit';
import { companyByIdLoader } from '../company/company.loaders';
import { dealByIdLoader } from '../deal/deal.service';
import { personByIdLoader } from '../person/person.loaders';
import { ACTIVITY_KINDS, type ActivityEntity, type ActivityKind } from './activity.entity';

export const ACTIVITY_COLUMNS = `a.id, a.tenant_id as "tenantId", a.kind, a.subject, a.body, a.company_id as "companyId",
  a.person_id as "personId", a.deal_id as "dealId",
  a.occurred_at as "occurredAt", a.due_at as "dueAt", a.done_at as "doneAt", a.assignee_id as "assigneeId",
  a.author_id as "authorId", a.created_at as "createdAt", a.updated_at as "updatedAt"`;

const SUBJECT_MAX_LENGTH = 200;
const BODY_MAX_LENGTH = 10_000;

export interface ActivityPayload {
  activity: ActivityEntity | null;
  userErrors: UserError[];
}

export interface LogActivityInput {
  kind: ActivityKind;
  subject: string;
  body?: string | null;
  companyId?: string | null;
  personId?: string | null;
  dealId?: string | null;
  occurredAt?: string | null;
  dueAt?: string | null;
  assigneeId?: string | null;
}

/** An ISO-8601 date-time (or date) a person typed; null when blank. */
function checkInstant(
  raw: string | null | undefined,
  field: string[],
): { ok: true; value: Date | null } | { ok: false; error: UserError } {
  if (raw === null || raw === undefined || raw.trim() === '') return { ok: true, value: null };
  const value = new Date(raw.trim());
  if (!/^\d{4}-\d{2}-\d{2}/.test(raw.trim()) || Number.isNaN(value.getTime())) {
    return {
      ok: false,
      error: userError(
        'DATE_INVALID',
        `"${raw.slice(0, 40)}" is not an ISO-8601 date like "2026-12-31T09:00:00Z".`,
        field,
      ),
    };
  }
  return { ok: true, value };
}

export async function logActivity(ctx: SubgraphContext, input: LogActivityInput): Promise<ActivityPayload> {
  const tenantId = tenantOf(ctx);
  const userErrors: UserError[] = [];
  if (!(ACTIVITY_KINDS as readonly string[]).includes(input.kind)) {
    userErrors.push(userError('KIND_INVALID', 'Unknown activity kind.', ['input', 'kind']));
  }
  const subject = input.subject.trim();
  if (subject.length === 0)
    userErrors.push(userError('SUBJECT_REQUIRED', 'Enter a subject.', ['input', 'subject']));
  else if ([...subject].length > SUBJECT_MAX_LENGTH) {
    userErrors.push(
      userError('SUBJECT_TOO_LONG', `The subject can have at most ${SUBJECT_MAX_LENGTH} characters.`, [
        'input',
        'subject',
      ]),
    );
  }
  const body = input.body?.trim() ? input.body.trim() : null;
  if (body && [...body].length > BODY_MAX_LENGTH) {
    userErrors.push(
      userError('BODY_TOO_LONG', `The text can have at most ${BODY_MAX_LENGTH} characters.`, [
        'input',
        'body',
      ]),
    );
  }
  const occurredAt = checkInstant(input.occurredAt, ['input', 'occurredAt']);
  const dueAt = checkInstant(input.dueAt, ['input', 'dueAt']);
  for (const checked of [occurredAt, dueAt]) if (!checked.ok) userErrors.push(checked.error);
  const isTask = input.kind === 'TASK';
  if (!isTask && (input.dueAt || input.assigneeId)) {
    userErrors.push(
      userError('NOT_A_TASK', 'Only tasks have a due date and an assignee.', [
        'input',
        input.dueAt ? 'dueAt' : 'assigneeId',
      ]),
    );
  }
  if (!input.companyId && !input.personId && !input.dealId) {
    userErrors.push(
      userError('RECORD_REQUIRED', 'Name the record the activity is about (companyId, personId or dealId).', [
        'input',
        'companyId',
      ]),
    );
  }
  const companyId = input.companyId ? parseId(input.companyId, 'input.companyId') : null;
  const personId = input.personId ? parseId(input.personId, 'input.personId') : null;
  const dealId = input.dealId ? parseId(input.dealId, 'input.dealId') : null;
  const assigneeId = input.assigneeId ? parseId(input.assigneeId, 'input.assigneeId') : null;
  if (companyId && !(await companyByIdLoader(ctx).load(companyId))) {
    userErrors.push(
      userError('COMPANY_NOT_FOUND', 'No company of this tenant has that id.', ['input', 'companyId']),
    );
  }
  if (personId && !(await personByIdLoader(ctx).load(personId))) {
    userErrors.push(
      userError('PERSON_NOT_FOUND', 'No person of this tenant has that id.', ['input', 'personId']),
    );
  }
  if (dealId && !(await dealByIdLoader(ctx).load(dealId))) {
    userErrors.push(userError('DEAL_NOT_FOUND', 'No deal of this tenant has that id.', ['input', 'dealId']));
  }
  if (userErrors.length > 0) return { activity: null, userErrors };

  const rows: ActivityEntity[] = await ctx.db.run((manager) =>
    manager.query(
      `insert into crm.activities as a
         (tenant_id, kind, subject, body, company_id, person_id, deal_id, occurred_at, due_at, assignee_id, author_id)
       values ($1, $2, $3, $4, $5, $10, $11, coalesce($6, now()), $7, $8, $9) returning ${ACTIVITY_COLUMNS}`,
      [
        tenantId,
        input.kind,
        subject,
        body,
        companyId,
        occurredAt.ok ? occurredAt.value : null,
        dueAt.ok ? dueAt.value : null,
        isTask ? (assigneeId ?? ctx.caller.userId) : null,
        ctx.caller.userId,
        personId,
        dealId,
      ],
    ),
  );
  const activity = rows[0];
  await emitEvent(ctx, 'crm.activity.logged', {
    id: activity.id,
    kind: activity.kind,
    companyId: activity.companyId,
  });
  return { activity, userErrors: [] };
}

/** Marks a task done (again: nothing changes). NOT_FOUND for an id of no activity of the tenant. */
export async function completeTask(ctx: SubgraphContext, rawId: string): Promise<ActivityPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(rawId, 'input.id');
  return ctx.db.run(async (manager) => {
    const [current]: ActivityEntity[] = await manager.query(
      `select ${ACTIVITY_COLUMNS} from crm.activities a where a.tenant_id = $1 and a.id = $2 for update`,
      [tenantId, id],
    );
    if (!current) throw notFound('Activity', id);
    if (current.kind !== 'TASK') {
      return {
        activity: null,
        userErrors: [userError('NOT_A_TASK', 'Only a task can be completed.', ['input', 'id'])],
      };
    }
    if (current.doneAt) return { activity: current, userErrors: [] };
    const [updated]: [ActivityEntity[], number] = await manager.query(
      `update crm.activities a set done_at = now(), updated_at = now() where a.tenant_id = $1 and a.id = $2
       returning ${ACTIVITY_COLUMNS}`,
      [tenantId, id],
    );
    await emitEvent(ctx, 'crm.task.completed', {
      id,
      companyId: current.companyId,
      assigneeId: current.assigneeId,
    });
    return { activity: updated[0], userErrors: [] };
  });
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

function keysetAfter(after: string | null | undefined): KeysetPosition | null {
  const position = decodeCursor(after);
  if (position) {
    parseId(position.id, 'after');
    if (Number.isNaN(Date.parse(position.key)))
      throw badUserInput('"after" is not a cursor returned by this list.', 'after');
  }
  return position;
}

/**
 * Timelines of many companies, people or deals in one statement (a page each, newest first), plus one for their
 * counts: a list of records with their timelines costs the same whatever its length.
 */
export type TimelineOf = 'company_id' | 'person_id' | 'deal_id';

export function timelineLoader(ctx: SubgraphContext, of: TimelineOf, args: PageArgs) {
  return activityPagesLoader(ctx, args, {
    name: `timeline:${of}`,
    where: `a.${of} = k.id`,
    sortKey: 'a.occurred_at',
    descending: true,
  });
}

/**
 * Tasks assigned to many members in one statement (plus one for the counts), soonest due first and
 * undated ones last; open ones unless `done` is true.
 */
export function assignedTasksLoader(ctx: SubgraphContext, args: PageArgs & { done?: boolean | null }) {
  const done = args.done === true;
  return activityPagesLoader(ctx, args, {
    name: `assignedTasks:${done}`,
    where: `a.kind = 'TASK' and a.assignee_id = k.id and a.done_at is ${done ? 'not null' : 'null'}`,
    sortKey: `coalesce(a.due_at, 'infinity')`,
    descending: false,
  });
}

interface ActivityPages {
  /** Distinguishes the loader per list kind; page arguments are added to it. */
  name: string;
  /** Which activities belong to key `k.id` (SQL over `a` and `k`, constants only). */
  where: string;
  /** A timestamptz expression the pages are ordered by, then id. */
  sortKey: string;
  descending: boolean;
}

/**
 * Pages of activities for many keys (records or members) in one statement, and their counts in a
 * second: a list of records with their activities costs the same whatever its length.
 */
function activityPagesLoader(ctx: SubgraphContext, args: PageArgs, pages: ActivityPages) {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const position = keysetAfter(args.after);
  const direction = pages.descending ? 'desc' : 'asc';
  const loaderKey = `${pages.name}:${size}:${args.after ?? ''}`;
  return ctx.loaders.get<string, Connection<ActivityEntity>>(loaderKey, async (keys) => {
    const params: unknown[] = [tenantId, [...keys], size + 1];
    let cursorFilter = '';
    if (position) {
      params.push(position.key, position.id);
      cursorFilter = `and (${pages.sortKey}, a.id) ${pages.descending ? '<' : '>'} ($4::timestamptz, $5::uuid)`;
    }
    return ctx.db.run(async (manager) => {
      const rows: Array<ActivityEntity & { sortKey: string; pageOf: string }> = await manager.query(
        `select page.* from unnest($2::uuid[]) as k(id)
         cross join lateral (
           select ${ACTIVITY_COLUMNS}, ${pages.sortKey}::text as "sortKey", k.id as "pageOf"
           from crm.activities a
           where a.tenant_id = $1 and ${pages.where} ${cursorFilter}
           order by ${pages.sortKey} ${direction}, a.id ${direction} limit $3
         ) as page`,
        params,
      );
      const counts: Array<{ key: string; count: number }> = await manager.query(
        `select k.id as key, count(*)::int as count from unnest($2::uuid[]) as k(id)
         join crm.activities a on a.tenant_id = $1 and ${pages.where} group by k.id`,
        [tenantId, [...keys]],
      );
      const countOf = new Map(counts.map((row) => [row.key, row.count]));
      return keys.map((key) =>
        toConnection(
          rows.filter((row) => row.pageOf === key),
          size,
          countOf.get(key) ?? 0,
          (row) => ({ key: row.sortKey, id: row.id }),
          position !== null,
        ),
      );
    });
  });
}

/** The caller's tasks (see `assignedTasksLoader`). */
export async function myTasks(ctx: SubgraphContext, args: PageArgs & { done?: boolean | null }) {
  const userId = ctx.caller.userId;
  if (!userId) throw badUserInput('"myTasks" needs a signed-in member.', 'myTasks');
  return assignedTasksLoader(ctx, args).load(userId);
}
