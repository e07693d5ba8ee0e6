import { userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { checkOptionalText } from '../department/hr-text';
import { computeBalance, describeBalance, remainingHalves } from './leave-balance';
import { calendarDays, formatHalfDays, MAX_DAYS, workingDays } from './leave-days';
import { checkInputDate } from './leave-references';
import { LEAVE_TEXT_MAX_LENGTH, type LeaveTypeRow } from './leave.types';

export interface LeavePeriodInput {
  startDate: string;
  endDate: string;
  halfDay?: boolean | null;
  reason?: string | null;
}

export interface LeavePeriod {
  startDate: string;
  endDate: string;
  halfDay: boolean;
  halves: number;
  reason: string | null;
}

/**
 * The dates of a request and the days they take, in half days: working days (Monday–Friday) from
 * start to end, both included, or half a day for `halfDay` (start = end, a weekday). Null with
 * every reason pushed otherwise.
 */
export function checkLeavePeriod(input: LeavePeriodInput, errors: UserError[]): LeavePeriod | null {
  const startDate = checkInputDate(input.startDate, 'startDate', errors);
  const endDate = checkInputDate(input.endDate, 'endDate', errors);
  const reason = checkOptionalText(input.reason, 'reason', LEAVE_TEXT_MAX_LENGTH, 'REASON_TOO_LONG', errors);
  const halfDay = input.halfDay ?? false;
  if (!startDate || !endDate) return null;
  if (endDate < startDate) {
    errors.push(
      userError('END_BEFORE_START', `The leave must end on or after its start (${startDate}).`, [
        'input',
        'endDate',
      ]),
    );
    return null;
  }
  if (halfDay && endDate !== startDate) {
    errors.push(
      userError('HALF_DAY_RANGE', 'A half-day request starts and ends on the same day.', [
        'input',
        'halfDay',
      ]),
    );
    return null;
  }
  if (calendarDays(startDate, endDate) > MAX_DAYS) {
    errors.push(
      userError('RANGE_TOO_LONG', `One request covers at most ${MAX_DAYS} days; split it.`, [
        'input',
        'endDate',
      ]),
    );
    return null;
  }
  const days = workingDays(startDate, endDate);
  if (days === 0) {
    errors.push(
      userError('NO_WORKING_DAYS', 'These dates fall on a weekend: there is nothing to take.', [
        'input',
        'startDate',
      ]),
    );
    return null;
  }
  if (reason === undefined) return null;
  return { startDate, endDate, halfDay, halves: halfDay ? 1 : days * 2, reason };
}

/** LEAVE_OVERLAP when another live (requested or approved) request of the employee shares a day. */
export async function checkNoOverlap(
  manager: EntityManager,
  tenantId: string,
  employeeId: string,
  period: LeavePeriod,
  errors: UserError[],
): Promise<void> {
  const rows: Array<{ startDate: string; endDate: string; status: string }> = await manager.query(
    `select start_date::text as "startDate", end_date::text as "endDate", status from erp.leave_requests
     where tenant_id = $1 and employee_id = $2 and status in ('REQUESTED', 'APPROVED')
       and start_date <= $4 and end_date >= $3
     order by start_date limit 1`,
    [tenantId, employeeId, period.startDate, period.endDate],
  );
  if (rows[0]) errors.push(overlapError(rows[0]));
}

export function overlapError(other?: { startDate: string; endDate: string; status: string }): UserError {
  const what = other
    ? `another ${other.status.toLowerCase()} request (${other.startDate} to ${other.endDate})`
    : 'another request of this employee';
  return userError('LEAVE_OVERLAP', `These dates overlap ${what}.`, ['input', 'startDate']);
}

/**
 * For a type that needs an allocation: the allocations valid on the start date must reach the end
 * date, and their remaining days (allocated − approved − pending) cover the request.
 */
export async function checkAllocationCovers(
  manager: EntityManager,
  tenantId: string,
  employeeId: string,
  leaveType: LeaveTypeRow,
  period: LeavePeriod,
  errors: UserError[],
): Promise<void> {
  if (!leaveType.requiresAllocation) return;
  const balance = await computeBalance(manager, tenantId, employeeId, leaveType, period.startDate);
  const needed = formatHalfDays(period.halves);
  if (balance.validTo === null) {
    errors.push(
      userError(
        'INSUFFICIENT_ALLOCATION',
        `No ${leaveType.name} allocation is valid on ${period.startDate}: 0 days remain; this request needs ${needed}.`,
        ['input', 'leaveTypeId'],
      ),
    );
  } else if (period.endDate > balance.validTo) {
    errors.push(
      userError(
        'OUTSIDE_ALLOCATION_PERIOD',
        `The ${leaveType.name} allocation ends on ${balance.validTo}; end the request by then or split it.`,
        ['input', 'endDate'],
      ),
    );
  } else if (remainingHalves(balance) < period.halves) {
    errors.push(
      userError(
        'INSUFFICIENT_ALLOCATION',
        `${leaveType.name}: only ${describeBalance(balance)}; this request needs ${needed}.`,
        ['input', 'endDate'],
      ),
    );
  }
}
