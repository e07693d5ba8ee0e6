import {
  type Connection,
  isUuid,
  notFound,
  pageSize,
  parseId,
  planKeyset,
  type SortColumn,
  type SubgraphContext,
  tenantOf,
  toConnection,
  userError,
  type UserError,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { checkOptionalText } from '../department/hr-text';
import { computeBalance, lockEmployee } from './leave-balance';
import { checkDays, formatHalfDays, halvesOfStored } from './leave-days';
import { checkInputDate, checkLeaveType, employeeNotFound } from './leave-references';
import { LEAVE_ALLOCATION_COLUMNS, LEAVE_TEXT_MAX_LENGTH, type LeaveAllocationRow } from './leave.types';

export interface LeaveAllocationPayload {
  allocation: LeaveAllocationRow | null;
  userErrors: UserError[];
}

const BY_VALID_FROM: Record<'VALID_FROM', SortColumn> = {
  VALID_FROM: { expression: 'valid_from', cursorText: 'valid_from::text', cast: 'date' },
};

/** Allocations of the tenant, latest validity first, optionally of one employee and/or leave type. */
export async function listLeaveAllocations(
  ctx: SubgraphContext,
  args: {
    first?: number | null;
    after?: string | null;
    employeeId?: string | null;
    leaveTypeId?: string | null;
  },
): Promise<Connection<LeaveAllocationRow>> {
  const size = pageSize(args.first);
  const params: unknown[] = [tenantOf(ctx)];
  let filter = 'tenant_id = $1';
  if (args.employeeId) {
    params.push(parseId(args.employeeId, 'employeeId'));
    filter += ` and employee_id = $${params.length}`;
  }
  if (args.leaveTypeId) {
    params.push(parseId(args.leaveTypeId, 'leaveTypeId'));
    filter += ` and leave_type_id = $${params.length}`;
  }
  const countParams = [...params];
  const plan = planKeyset(BY_VALID_FROM, { field: 'VALID_FROM', direction: 'DESC' }, args.after, params);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<LeaveAllocationRow & { sortKey: string }> = await manager.query(
      `select ${LEAVE_ALLOCATION_COLUMNS}, ${plan.cursorSelect} as "sortKey" from erp.leave_allocations
       where ${plan.where(filter)} order by ${plan.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.leave_allocations where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, plan.positionOf, plan.hadCursor);
  });
}

export interface NewAllocationInput {
  employeeId: string;
  leaveTypeId: string;
  days: string;
  validFrom: string;
  validTo: string;
  note?: string | null;
}

/** Grants an employee days of a leave type for a validity period (both dates included). */
export async function createLeaveAllocation(
  ctx: SubgraphContext,
  input: NewAllocationInput,
): Promise<LeaveAllocationPayload> {
  const tenantId = tenantOf(ctx);
  const errors: UserError[] = [];
  const halves = checkDays(input.days, errors);
  const validFrom = checkInputDate(input.validFrom, 'validFrom', errors);
  const validTo = checkInputDate(input.validTo, 'validTo', errors);
  if (validFrom && validTo && validTo < validFrom) {
    errors.push(
      userError('VALID_TO_BEFORE_FROM', `The validity must end on or after ${validFrom}.`, [
        'input',
        'validTo',
      ]),
    );
  }
  const note = checkOptionalText(input.note, 'note', LEAVE_TEXT_MAX_LENGTH, 'NOTE_TOO_LONG', errors);
  return ctx.db.run(async (manager) => {
    const employee = isUuid(input.employeeId)
      ? await lockEmployee(manager, tenantId, input.employeeId.toLowerCase())
      : null;
    if (!employee) errors.push(employeeNotFound());
    const leaveType = await checkLeaveType(manager, tenantId, input.leaveTypeId, errors);
    if (errors.length > 0 || !employee || !leaveType || halves === null || note === undefined) {
      return { allocation: null, userErrors: errors };
    }
    const [row]: LeaveAllocationRow[] = await manager.query(
      `insert into erp.leave_allocations (tenant_id, employee_id, leave_type_id, days, valid_from, valid_to, note)
       values ($1, $2, $3, $4, $5, $6, $7) returning ${LEAVE_ALLOCATION_COLUMNS}`,
      [tenantId, employee.id, leaveType.id, formatHalfDays(halves), validFrom, validTo, note],
    );
    return { allocation: row, userErrors: [] };
  });
}

/**
 * Changes the days (or note) of an allocation. Lowering it below what is already APPROVED in its
 * period is refused (ALLOCATION_BELOW_APPROVED); pending requests may then exceed it, and their
 * approval is checked again. Runs under the employee's lock, like approvals.
 */
export async function updateLeaveAllocation(
  ctx: SubgraphContext,
  input: { id: string; days?: string | null; note?: string | null },
): Promise<LeaveAllocationPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const errors: UserError[] = [];
  const halves = input.days == null ? null : checkDays(input.days, errors);
  const note =
    input.note === undefined
      ? undefined
      : checkOptionalText(input.note, 'note', LEAVE_TEXT_MAX_LENGTH, 'NOTE_TOO_LONG', errors);
  return ctx.db.run(async (manager) => {
    const [found]: Array<{ employeeId: string }> = await manager.query(
      `select employee_id as "employeeId" from erp.leave_allocations where tenant_id = $1 and id = $2`,
      [tenantId, id],
    );
    if (!found) throw notFound('LeaveAllocation', id);
    await lockEmployee(manager, tenantId, found.employeeId);
    const [current]: LeaveAllocationRow[] = await manager.query(
      `select ${LEAVE_ALLOCATION_COLUMNS} from erp.leave_allocations where tenant_id = $1 and id = $2`,
      [tenantId, id],
    );
    if (halves !== null) await checkNotBelowApproved(manager, current, halves, errors);
    if (errors.length > 0) return { allocation: null, userErrors: errors };
    const [rows]: [LeaveAllocationRow[], number] = await manager.query(
      `update erp.leave_allocations set days = coalesce($3::numeric, days),
         note = case when $5 then $4 else note end, updated_at = now()
       where tenant_id = $1 and id = $2 returning ${LEAVE_ALLOCATION_COLUMNS}`,
      [tenantId, id, halves === null ? null : formatHalfDays(halves), note ?? null, input.note !== undefined],
    );
    return { allocation: rows[0], userErrors: [] };
  });
}

/** Refuses a new size of `allocation` that would leave its period with more approved than allocated. */
async function checkNotBelowApproved(
  manager: EntityManager,
  allocation: LeaveAllocationRow,
  halves: number,
  errors: UserError[],
): Promise<void> {
  const balance = await computeBalance(
    manager,
    allocation.tenantId,
    allocation.employeeId,
    { id: allocation.leaveTypeId, requiresAllocation: true },
    allocation.validFrom,
  );
  const allocatedAfter = balance.allocated - halvesOfStored(allocation.days) + halves;
  if (balance.approved > allocatedAfter) {
    errors.push(
      userError(
        'ALLOCATION_BELOW_APPROVED',
        `${formatHalfDays(balance.approved)} days of this period are already approved; the allocations cannot total less.`,
        ['input', 'days'],
      ),
    );
  }
}
