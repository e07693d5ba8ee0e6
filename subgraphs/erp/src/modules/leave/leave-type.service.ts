import {
  type Connection,
  lowerTextSort,
  notFound,
  pageSize,
  parseId,
  planKeyset,
  type SubgraphContext,
  tenantOf,
  toConnection,
  userError,
  type UserError,
  writeUnlessTaken,
} from '@nexora/kit';
import { checkName } from '../department/hr-text';
import { leaveTypeByIdLoader } from './leave.loaders';
import { LEAVE_TYPE_COLUMNS, LEAVE_TYPE_NAME_MAX_LENGTH, type LeaveTypeRow } from './leave.types';

export interface LeaveTypePayload {
  leaveType: LeaveTypeRow | null;
  userErrors: UserError[];
}

const BY_NAME = { NAME: lowerTextSort('name') };

/** The tenant's leave types by name (case-insensitive). */
export async function listLeaveTypes(
  ctx: SubgraphContext,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<LeaveTypeRow>> {
  const size = pageSize(args.first);
  const params: unknown[] = [tenantOf(ctx)];
  const filter = 'tenant_id = $1';
  const plan = planKeyset(BY_NAME, { field: 'NAME' }, args.after, params);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<LeaveTypeRow & { sortKey: string }> = await manager.query(
      `select ${LEAVE_TYPE_COLUMNS}, ${plan.cursorSelect} as "sortKey" from erp.leave_types
       where ${plan.where(filter)} order by ${plan.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.leave_types where ${filter}`,
      [params[0]],
    );
    return toConnection(rows, size, count, plan.positionOf, plan.hadCursor);
  });
}

export function findLeaveType(ctx: SubgraphContext, id: string): Promise<LeaveTypeRow | null> {
  return leaveTypeByIdLoader(ctx).load(parseId(id, 'id'));
}

/** Adds a leave type (unit: days); its name must be free in the tenant, ignoring case. */
export async function createLeaveType(
  ctx: SubgraphContext,
  input: { name: string; requiresAllocation?: boolean | null },
): Promise<LeaveTypePayload> {
  const tenantId = tenantOf(ctx);
  const errors: UserError[] = [];
  const name = checkName(input.name, 'leave type', LEAVE_TYPE_NAME_MAX_LENGTH, errors);
  if (!name) return { leaveType: null, userErrors: errors };
  return ctx.db.run(async (manager) => {
    const written = await writeUnlessTaken(manager, async () => {
      const [row]: LeaveTypeRow[] = await manager.query(
        `insert into erp.leave_types (tenant_id, name, requires_allocation) values ($1, $2, $3)
         returning ${LEAVE_TYPE_COLUMNS}`,
        [tenantId, name, input.requiresAllocation ?? true],
      );
      return row;
    });
    if (!written.ok) return { leaveType: null, userErrors: [nameTaken(name)] };
    return { leaveType: written.value, userErrors: [] };
  });
}

/** Renames a leave type or changes whether it needs an allocation; omitted fields stay. */
export async function updateLeaveType(
  ctx: SubgraphContext,
  input: { id: string; name?: string | null; requiresAllocation?: boolean | null },
): Promise<LeaveTypePayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const errors: UserError[] = [];
  const name =
    input.name == null ? null : checkName(input.name, 'leave type', LEAVE_TYPE_NAME_MAX_LENGTH, errors);
  if (errors.length > 0) return { leaveType: null, userErrors: errors };
  return ctx.db.run(async (manager) => {
    const written = await writeUnlessTaken(manager, async () => {
      const [rows]: [LeaveTypeRow[], number] = await manager.query(
        `update erp.leave_types set name = coalesce($3, name),
           requires_allocation = coalesce($4, requires_allocation), updated_at = now()
         where tenant_id = $1 and id = $2 returning ${LEAVE_TYPE_COLUMNS}`,
        [tenantId, id, name, input.requiresAllocation ?? null],
      );
      return rows[0];
    });
    if (!written.ok) return { leaveType: null, userErrors: [nameTaken(name ?? '')] };
    if (!written.value) throw notFound('LeaveType', id);
    leaveTypeByIdLoader(ctx).clear(id).prime(id, written.value);
    return { leaveType: written.value, userErrors: [] };
  });
}

function nameTaken(name: string): UserError {
  return userError('NAME_TAKEN', `Another leave type is already called "${name}".`, ['input', 'name']);
}
