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
import { ACTIVITY_KINDS, type ActivityEntity, type ActivityKind } from './activity.entity';

export const ACTIVITY_COLUMNS = `a.id, a.tenant_id as "tenantId", a.kind, a.subject, a.body, a.company_id as "companyId",
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
  if (!input.companyId) {
    userErrors.push(
      userError('RECORD_REQUIRED', 'Name the record the activity is about (companyId).', [
        'input',
        'companyId',
      ]),
    );
  }
  const companyId = input.companyId ? parseId(input.companyId, 'input.companyId') : null;
  const assigneeId = input.assigneeId ? parseId(input.assigneeId, 'input.assigneeId') : null;
  if (companyId && !(await companyByIdLoader(ctx).load(companyId))) {
    userErrors.push(
      userError('COMPANY_NOT_FOUND', 'No company of this tenant has that id.', ['input', 'companyId']),
    );
  }
  if (userErrors.length > 0) return { activity: null, userErrors };

  const rows: ActivityEntity[] = await ctx.db.run((manager) =>
    manager.query(
      `insert into crm.activities as a (tenant_id, kind, subject, body, company_id, occurred_at, due_at, assignee_id, author_id)
       values ($1, $2, $3, $4, $5, coalesce($6, now()), $7, $8, $9) returning ${ACTIVITY_COLUMNS}`,
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
 * Timelines of many companies in one statement (a page each, newest first), plus one for their
 * counts: a list of companies with their timelines costs the same whatever its length.
 */
export function companyTimelineLoader(ctx: SubgraphContext, args: PageArgs) {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const position = keysetAfter(args.after);
  const key = `companyTimeline:${size}:${args.after ?? ''}`;
  return ctx.loaders.get<string, Connection<ActivityEntity>>(key, async (companyIds) => {
    const params: unknown[] = [tenantId, [...companyIds], size + 1];
    let cursorFilter = '';
    if (position) {
      params.push(position.key, position.id);
      cursorFilter = `and (a.occurred_at, a.id) < ($4::timestamptz, $5::uuid)`;
    }
    return ctx.db.run(async (manager) => {
      const rows: Array<ActivityEntity & { sortKey: string; pageOf: string }> = await manager.query(
        `select page.* from unnest($2::uuid[]) as c(id)
         cross join lateral (
           select ${ACTIVITY_COLUMNS}, a.occurred_at::text as "sortKey", c.id as "pageOf"
           from crm.activities a
           where a.tenant_id = $1 and a.company_id = c.id ${cursorFilter}
           order by a.occurred_at desc, a.id desc limit $3
         ) as page`,
        params,
      );
      const counts: Array<{ companyId: string; count: number }> = await manager.query(
        `select company_id as "companyId", count(*)::int as count from crm.activities
         where tenant_id = $1 and company_id = any($2::uuid[]) group by company_id`,
        [tenantId, [...companyIds]],
      );
      const countOf = new Map(counts.map((row) => [row.companyId, row.count]));
      return companyIds.map((companyId) =>
        toConnection(
          rows.filter((row) => row.pageOf === companyId),
          size,
          countOf.get(companyId) ?? 0,
          (row) => ({ key: row.sortKey, id: row.id }),
          position !== null,
        ),
      );
    });
  });
}

/** The caller's tasks, soonest due first (undated last); open ones unless `done` is true. */
export async function myTasks(ctx: SubgraphContext, args: PageArgs & { done?: boolean | null }) {
  const tenantId = tenantOf(ctx);
  const userId = ctx.caller.userId;
  if (!userId) throw badUserInput('"myTasks" needs a signed-in member.', 'myTasks');
  const size = pageSize(args.first);
  const position = keysetAfter(args.after);
  const params: unknown[] = [tenantId, userId];
  const filter = `a.tenant_id = $1 and a.assignee_id = $2 and a.kind = 'TASK' and a.done_at is ${args.done ? 'not null' : 'null'}`;
  let pageFilter = filter;
  if (position) {
    params.push(position.key, position.id);
    pageFilter += ` and (coalesce(a.due_at, 'infinity'), a.id) > ($3::timestamptz, $4::uuid)`;
  }
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<ActivityEntity & { sortKey: string }> = await manager.query(
      `select ${ACTIVITY_COLUMNS}, coalesce(a.due_at, 'infinity')::text as "sortKey" from crm.activities a
       where ${pageFilter} order by coalesce(a.due_at, 'infinity'), a.id limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from crm.activities a where ${filter}`,
      [tenantId, userId],
    );
    return toConnection(rows, size, count, (row) => ({ key: row.sortKey, id: row.id }), position !== null);
  });
}
