export type LeaveStatus = 'REQUESTED' | 'APPROVED' | 'REFUSED' | 'CANCELLED';

/** A row of `erp.leave_types`. */
export interface LeaveTypeRow {
  id: string;
  tenantId: string;
  name: string;
  unit: 'DAYS';
  requiresAllocation: boolean;
  createdAt: Date;
}

export const LEAVE_TYPE_COLUMNS = `id, tenant_id as "tenantId", name, unit,
  requires_allocation as "requiresAllocation", created_at as "createdAt"`;

/** A row of `erp.leave_allocations`; days as stored ("10.0"), dates as `YYYY-MM-DD`. */
export interface LeaveAllocationRow {
  id: string;
  tenantId: string;
  employeeId: string;
  leaveTypeId: string;
  days: string;
  validFrom: string;
  validTo: string;
  note: string | null;
  createdAt: Date;
}

export const LEAVE_ALLOCATION_COLUMNS = `id, tenant_id as "tenantId", employee_id as "employeeId",
  leave_type_id as "leaveTypeId", days::text as days, valid_from::text as "validFrom",
  valid_to::text as "validTo", note, created_at as "createdAt"`;

/** A row of `erp.leave_requests`. */
export interface LeaveRequestRow {
  id: string;
  tenantId: string;
  employeeId: string;
  leaveTypeId: string;
  startDate: string;
  endDate: string;
  halfDay: boolean;
  days: string;
  status: LeaveStatus;
  reason: string | null;
  requestedBy: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

export const LEAVE_REQUEST_COLUMNS = `id, tenant_id as "tenantId", employee_id as "employeeId",
  leave_type_id as "leaveTypeId", start_date::text as "startDate", end_date::text as "endDate",
  half_day as "halfDay", days::text as days, status, reason, requested_by as "requestedBy",
  decided_by as "decidedBy", decided_at as "decidedAt", created_at as "createdAt"`;

/** What `leaveBalance` answers, in half days; the window is null when no allocation is valid. */
export interface LeaveBalanceFigures {
  employeeId: string;
  leaveTypeId: string;
  on: string;
  requiresAllocation: boolean;
  allocated: number;
  approved: number;
  pending: number;
  validFrom: string | null;
  validTo: string | null;
}

export const LEAVE_TYPE_NAME_MAX_LENGTH = 100;
export const LEAVE_TEXT_MAX_LENGTH = 500;
