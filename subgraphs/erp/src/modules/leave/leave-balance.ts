import type { EntityManager } from 'typeorm';
import type { LeaveBalanceFigures } from './leave.types';
import { formatHalfDays } from './leave-days';

/**
 * The balance of one employee and leave type on date `on`, in half days:
 *  - allocated: the allocations valid on `on` (validFrom ≤ on ≤ validTo), summed;
 *  - the window: from the earliest start to the latest end of those allocations (the calendar year
 *    of `on` when none is valid, so a type without allocations still shows what was taken);
 *  - approved / pending: APPROVED / REQUESTED requests starting inside the window.
 * remaining = allocated − approved − pending. Callers that decide on it hold the employee's lock.
 */
export async function computeBalance(
  manager: EntityManager,
  tenantId: string,
  employeeId: string,
  leaveType: { id: string; requiresAllocation: boolean },
  on: string,
): Promise<LeaveBalanceFigures> {
  const [row]: Array<{
    validFrom: string | null;
    validTo: string | null;
    allocated: number;
    approved: number;
    pending: number;
  }> = await manager.query(
    `with valid as (
         select days, valid_from, valid_to from erp.leave_allocations
         where tenant_id = $1 and employee_id = $2 and leave_type_id = $3 and valid_from <= $4 and valid_to >= $4
       ), period as (
         select min(valid_from) as valid_from, max(valid_to) as valid_to,
           coalesce(min(valid_from), date_trunc('year', $4::date)::date) as from_date,
           coalesce(max(valid_to), (date_trunc('year', $4::date) + interval '1 year - 1 day')::date) as to_date,
           coalesce(sum(days) * 2, 0)::int as allocated
         from valid
       )
       select period.valid_from::text as "validFrom", period.valid_to::text as "validTo", period.allocated,
         coalesce(sum(request.days) filter (where request.status = 'APPROVED') * 2, 0)::int as approved,
         coalesce(sum(request.days) filter (where request.status = 'REQUESTED') * 2, 0)::int as pending
       from period
       left join erp.leave_requests request
         on request.tenant_id = $1 and request.employee_id = $2 and request.leave_type_id = $3
         and request.status in ('APPROVED', 'REQUESTED')
         and request.start_date between period.from_date and period.to_date
       group by period.valid_from, period.valid_to, period.allocated`,
    [tenantId, employeeId, leaveType.id, on],
  );
  return {
    employeeId,
    leaveTypeId: leaveType.id,
    on,
    requiresAllocation: leaveType.requiresAllocation,
    allocated: row.allocated,
    approved: row.approved,
    pending: row.pending,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

export function remainingHalves(balance: LeaveBalanceFigures): number {
  return balance.allocated - balance.approved - balance.pending;
}

/** "5 days remain (10 allocated, 3 approved, 2 pending)": what a refusal tells the user. */
export function describeBalance(balance: LeaveBalanceFigures): string {
  const remaining = formatHalfDays(remainingHalves(balance));
  return `${remaining} ${remaining === '1' ? 'day remains' : 'days remain'} (${formatHalfDays(balance.allocated)} allocated, ${formatHalfDays(balance.approved)} approved, ${formatHalfDays(balance.pending)} pending)`;
}

/**
 * Takes the employee row's lock until the transaction ends: every write that changes what an
 * employee may take (requests, approvals, allocation changes) queues behind it, so balance checks
 * read what the previous writer committed. Returns the employee (null when not in the tenant).
 */
export async function lockEmployee(
  manager: EntityManager,
  tenantId: string,
  employeeId: string,
): Promise<{ id: string; active: boolean; userId: string | null; name: string } | null> {
  const rows: Array<{ id: string; active: boolean; userId: string | null; name: string }> =
    await manager.query(
      `select id, active, user_id as "userId", name from erp.employees where tenant_id = $1 and id = $2 for update`,
      [tenantId, employeeId],
    );
  return rows[0] ?? null;
}
