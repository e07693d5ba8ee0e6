import {
  type Connection,
  forbidden,
  isUuid,
  pageSize,
  parseId,
  planKeyset,
  type SortColumn,
  type SubgraphContext,
  tenantOf,
  toConnection,
  userError,
  type UserError,
  writeUnlessTaken,
} from '@nexora/kit';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { lockEmployee } from './leave-balance';
import { holds, isCallerEmployee, LEAVE_APPROVE } from './leave-permissions';
import { checkLeaveType, employeeNotFound } from './leave-references';
import {
  checkAllocationCovers,
  checkLeavePeriod,
  checkNoOverlap,
  type LeavePeriodInput,
  overlapError,
} from './leave-request.checks';
import { formatHalfDays } from './leave-days';
import { leaveRequestByIdLoader } from './leave.loaders';
import { LEAVE_REQUEST_COLUMNS, type LeaveRequestRow, type LeaveStatus } from './leave.types';

export interface LeaveRequestPayload {
  request: LeaveRequestRow | null;
  userErrors: UserError[];
}

const BY_START: Record<'START', SortColumn> = {
  START: { expression: 'start_date', cursorText: 'start_date::text', cast: 'date' },
};

/** Leave requests of the tenant, latest start first, optionally of one employee or status. */
export async function listLeaveRequests(
  ctx: SubgraphContext,
  args: {
    first?: number | null;
    after?: string | null;
    employeeId?: string | null;
    status?: LeaveStatus | null;
  },
): Promise<Connection<LeaveRequestRow>> {
  const size = pageSize(args.first);
  const params: unknown[] = [tenantOf(ctx)];
  let filter = 'tenant_id = $1';
  if (args.employeeId) {
    params.push(parseId(args.employeeId, 'employeeId'));
    filter += ` and employee_id = $${params.length}`;
  }
  if (args.status) {
    params.push(args.status);
    filter += ` and status = $${params.length}`;
  }
  const countParams = [...params];
  const plan = planKeyset(BY_START, { field: 'START', direction: 'DESC' }, args.after, params);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<LeaveRequestRow & { sortKey: string }> = await manager.query(
      `select ${LEAVE_REQUEST_COLUMNS}, ${plan.cursorSelect} as "sortKey" from erp.leave_requests
       where ${plan.where(filter)} order by ${plan.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.leave_requests where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, plan.positionOf, plan.hadCursor);
  });
}

export function findLeaveRequest(ctx: SubgraphContext, id: string): Promise<LeaveRequestRow | null> {
  return leaveRequestByIdLoader(ctx).load(parseId(id, 'id'));
}

export interface RequestLeaveInput extends LeavePeriodInput {
  employeeId?: string | null;
  leaveTypeId: string;
}

/**
 * Files a leave request (REQUESTED) for the caller's own employee record, or, with
 * `erp.leave:approve`, for any employee. Under the employee's lock: no overlap with a live request,
 * and for a type that needs one, an allocation with enough remaining days.
 */
export async function requestLeave(
  ctx: SubgraphContext,
  input: RequestLeaveInput,
): Promise<LeaveRequestPayload> {
  const tenantId = tenantOf(ctx);
  const errors: UserError[] = [];
  const period = checkLeavePeriod(input, errors);
  if (!period) return { request: null, userErrors: errors };
  return ctx.db.run(async (manager) => {
    const employeeId = await resolveEmployeeId(manager, ctx, tenantId, input.employeeId);
    if (!employeeId) return { request: null, userErrors: [employeeRequired()] };
    const employee = isUuid(employeeId)
      ? await lockEmployee(manager, tenantId, employeeId.toLowerCase())
      : null;
    if (!employee) return { request: null, userErrors: [employeeNotFound()] };
    if (!isCallerEmployee(ctx, employee) && !holds(ctx, LEAVE_APPROVE)) {
      throw forbidden(`Requesting leave for another employee requires the "${LEAVE_APPROVE}" permission.`);
    }
    if (!employee.active) {
      const message = `${employee.name} is not an active employee.`;
      return {
        request: null,
        userErrors: [userError('EMPLOYEE_INACTIVE', message, ['input', 'employeeId'])],
      };
    }
    const leaveType = await checkLeaveType(manager, tenantId, input.leaveTypeId, errors);
    if (!leaveType) return { request: null, userErrors: errors };
    await checkNoOverlap(manager, tenantId, employee.id, period, errors);
    if (errors.length === 0)
      await checkAllocationCovers(manager, tenantId, employee.id, leaveType, period, errors);
    if (errors.length > 0) return { request: null, userErrors: errors };
    const written = await writeUnlessTaken(
      manager,
      async () => {
        const [row]: LeaveRequestRow[] = await manager.query(
          `insert into erp.leave_requests (tenant_id, employee_id, leave_type_id, start_date, end_date, half_day,
             days, reason, requested_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${LEAVE_REQUEST_COLUMNS}`,
          [
            tenantId,
            employee.id,
            leaveType.id,
            period.startDate,
            period.endDate,
            period.halfDay,
            formatHalfDays(period.halves),
            period.reason,
            ctx.caller.userId,
          ],
        );
        return row;
      },
      isExclusionViolation,
    );
    if (!written.ok) return { request: null, userErrors: [overlapError()] };
    return { request: written.value, userErrors: [] };
  });
}

/** The employee named by the input, or else the caller's own record in the tenant (null: none). */
async function resolveEmployeeId(
  manager: EntityManager,
  ctx: SubgraphContext,
  tenantId: string,
  employeeId: string | null | undefined,
): Promise<string | null> {
  if (employeeId) return employeeId;
  const userId = ctx.caller.userId;
  if (!userId) return null;
  const rows: Array<{ id: string }> = await manager.query(
    `select id from erp.employees where tenant_id = $1 and user_id = $2`,
    [tenantId, userId.toLowerCase()],
  );
  return rows[0]?.id ?? null;
}

function employeeRequired(): UserError {
  return userError(
    'EMPLOYEE_REQUIRED',
    'You have no employee record in this organisation; name the employee the leave is for.',
    ['input', 'employeeId'],
  );
}

/** Postgres exclusion_violation (23P01): the overlap trigger refused the row. */
function isExclusionViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23P01';
}
