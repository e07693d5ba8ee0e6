import { isUuid, userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { checkLedgerDate } from '../journal-entry/ledger-date';
import { LEAVE_TYPE_COLUMNS, type LeaveTypeRow } from './leave.types';

/** A leave type of the tenant, or null with LEAVE_TYPE_NOT_FOUND pushed (malformed ids included). */
export async function checkLeaveType(
  manager: EntityManager,
  tenantId: string,
  rawId: string,
  errors: UserError[],
): Promise<LeaveTypeRow | null> {
  const rows: LeaveTypeRow[] = isUuid(rawId)
    ? await manager.query(
        `select ${LEAVE_TYPE_COLUMNS} from erp.leave_types where tenant_id = $1 and id = $2`,
        [tenantId, rawId.toLowerCase()],
      )
    : [];
  if (!rows[0]) {
    errors.push(
      userError('LEAVE_TYPE_NOT_FOUND', 'No leave type of this organisation has that id.', [
        'input',
        'leaveTypeId',
      ]),
    );
  }
  return rows[0] ?? null;
}

export function employeeNotFound(): UserError {
  return userError('EMPLOYEE_NOT_FOUND', 'No employee of this organisation has that id.', [
    'input',
    'employeeId',
  ]);
}

/** An ISO date of the input, or null with DATE_INVALID pushed. */
export function checkInputDate(raw: string, field: string, errors: UserError[]): string | null {
  const checked = checkLedgerDate(raw, ['input', field]);
  if (checked.ok) return checked.date;
  errors.push(checked.error);
  return null;
}
