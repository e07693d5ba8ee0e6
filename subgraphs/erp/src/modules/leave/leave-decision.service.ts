import {
  emitEvent,
  forbidden,
  notFound,
  parseId,
  type SubgraphContext,
  tenantOf,
  userError,
  type UserError,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { computeBalance, lockEmployee } from './leave-balance';
import { formatHalfDays, halvesOfStored } from './leave-days';
import { holds, isCallerEmployee, LEAVE_ADMIN, LEAVE_APPROVE } from './leave-permissions';
import type { LeaveRequestPayload } from './leave-request.service';
import { leaveRequestByIdLoader } from './leave.loaders';
import {
  LEAVE_REQUEST_COLUMNS,
  LEAVE_TYPE_COLUMNS,
  type LeaveRequestRow,
  type LeaveStatus,
  type LeaveTypeRow,
} from './leave.types';

type Employee = NonNullable<Awaited<ReturnType<typeof lockEmployee>>>;

/**
 * Loads a request and takes its employee's lock (then the request's), so every decision on one
 * employee's leave happens one at a time and sees the previous one committed.
 */
async function lockRequest(
  manager: EntityManager,
  tenantId: string,
  id: string,
): Promise<{ request: LeaveRequestRow; employee: Employee }> {
  const [found]: Array<{ employeeId: string }> = await manager.query(
    `select employee_id as "employeeId" from erp.leave_requests where tenant_id = $1 and id = $2`,
    [tenantId, id],
  );
  if (!found) throw notFound('LeaveRequest', id);
  const employee = await lockEmployee(manager, tenantId, found.employeeId);
  const [request]: LeaveRequestRow[] = await manager.query(
    `select ${LEAVE_REQUEST_COLUMNS} from erp.leave_requests where tenant_id = $1 and id = $2 for update`,
    [tenantId, id],
  );
  if (!employee || !request) throw notFound('LeaveRequest', id);
  return { request, employee };
}

function notPending(request: LeaveRequestRow): UserError {
  return userError(
    'NOT_PENDING',
    `This request is already ${request.status.toLowerCase()}; only a requested leave can be decided.`,
    ['input', 'id'],
  );
}

async function setStatus(
  manager: EntityManager,
  ctx: SubgraphContext,
  request: LeaveRequestRow,
  status: LeaveStatus,
): Promise<LeaveRequestRow> {
  const [rows]: [LeaveRequestRow[], number] = await manager.query(
    `update erp.leave_requests set status = $3, decided_by = $4, decided_at = now(), updated_at = now()
     where tenant_id = $1 and id = $2 returning ${LEAVE_REQUEST_COLUMNS}`,
    [request.tenantId, request.id, status, ctx.caller.userId],
  );
  leaveRequestByIdLoader(ctx).clear(request.id).prime(request.id, rows[0]);
  return rows[0];
}

/**
 * Approves a REQUESTED leave. Under the employee's lock the allocation is checked again: the
 * approved days of the period plus this request may not exceed what is allocated (allocations can
 * have been lowered since the request), so concurrent approvals can never overdraw. Approving your
 * own request is refused (SELF_APPROVAL) unless you hold `erp.leave:admin`. Emits erp.leave.approved.
 */
export async function approveLeaveRequest(
  ctx: SubgraphContext,
  input: { id: string },
): Promise<LeaveRequestPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const { request, employee } = await lockRequest(manager, tenantId, id);
    if (request.status !== 'REQUESTED') return { request: null, userErrors: [notPending(request)] };
    if (isCallerEmployee(ctx, employee) && !holds(ctx, LEAVE_ADMIN)) {
      const message = `You cannot approve your own leave; another approver (or someone with "${LEAVE_ADMIN}") must.`;
      return { request: null, userErrors: [userError('SELF_APPROVAL', message, ['input', 'id'])] };
    }
    const [leaveType]: LeaveTypeRow[] = await manager.query(
      `select ${LEAVE_TYPE_COLUMNS} from erp.leave_types where tenant_id = $1 and id = $2`,
      [tenantId, request.leaveTypeId],
    );
    const refusal = await approvalRefusal(manager, request, leaveType);
    if (refusal) return { request: null, userErrors: [refusal] };
    const approved = await setStatus(manager, ctx, request, 'APPROVED');
    await emitEvent(ctx, 'erp.leave.approved', {
      id: approved.id,
      employeeId: approved.employeeId,
      leaveTypeId: approved.leaveTypeId,
      leaveType: leaveType.name,
      days: formatHalfDays(halvesOfStored(approved.days)),
      startDate: approved.startDate,
      endDate: approved.endDate,
      halfDay: approved.halfDay,
    });
    return { request: approved, userErrors: [] };
  });
}

/** Why `request` cannot be approved now (INSUFFICIENT_ALLOCATION), or null. */
async function approvalRefusal(
  manager: EntityManager,
  request: LeaveRequestRow,
  leaveType: LeaveTypeRow,
): Promise<UserError | null> {
  if (!leaveType.requiresAllocation) return null;
  const balance = await computeBalance(
    manager,
    request.tenantId,
    request.employeeId,
    leaveType,
    request.startDate,
  );
  const needed = halvesOfStored(request.days);
  const available = balance.allocated - balance.approved;
  if (balance.validTo !== null && request.endDate <= balance.validTo && available >= needed) return null;
  return userError(
    'INSUFFICIENT_ALLOCATION',
    `${leaveType.name}: ${formatHalfDays(Math.max(available, 0))} days remain to approve (${formatHalfDays(balance.allocated)} allocated, ${formatHalfDays(balance.approved)} approved); this request needs ${formatHalfDays(needed)}.`,
    ['input', 'id'],
  );
}

/** Refuses a REQUESTED leave (needs `erp.leave:approve`); the days become available again. */
export async function refuseLeaveRequest(
  ctx: SubgraphContext,
  input: { id: string },
): Promise<LeaveRequestPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const { request } = await lockRequest(manager, tenantId, id);
    if (request.status !== 'REQUESTED') return { request: null, userErrors: [notPending(request)] };
    return { request: await setStatus(manager, ctx, request, 'REFUSED'), userErrors: [] };
  });
}

/**
 * Cancels a leave: the employee themself while it is REQUESTED; an approver (`erp.leave:approve`)
 * also once APPROVED. Refused and cancelled requests stay as they are (NOT_CANCELLABLE).
 */
export async function cancelLeaveRequest(
  ctx: SubgraphContext,
  input: { id: string },
): Promise<LeaveRequestPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const { request, employee } = await lockRequest(manager, tenantId, id);
    const approver = holds(ctx, LEAVE_APPROVE);
    if (!approver && !isCallerEmployee(ctx, employee)) {
      throw forbidden(`Cancelling another employee's leave requires the "${LEAVE_APPROVE}" permission.`);
    }
    const cancellable = request.status === 'REQUESTED' || (request.status === 'APPROVED' && approver);
    if (!cancellable) {
      const message =
        request.status === 'APPROVED'
          ? `An approved leave can only be cancelled by an approver ("${LEAVE_APPROVE}").`
          : `This request is already ${request.status.toLowerCase()}.`;
      return { request: null, userErrors: [userError('NOT_CANCELLABLE', message, ['input', 'id'])] };
    }
    return { request: await setStatus(manager, ctx, request, 'CANCELLED'), userErrors: [] };
  });
}
