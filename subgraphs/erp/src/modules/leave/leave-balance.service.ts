import { parseId, type SubgraphContext, tenantOf } from '@nexora/kit';
import { dateArgument, todayUtc } from '../journal-entry/ledger-date';
import { computeBalance } from './leave-balance';
import { LEAVE_TYPE_COLUMNS, type LeaveBalanceFigures, type LeaveTypeRow } from './leave.types';

/** `leaveBalance`: null when the employee or the leave type is not the tenant's. */
export async function leaveBalance(
  ctx: SubgraphContext,
  args: { employeeId: string; leaveTypeId: string; on?: string | null },
): Promise<LeaveBalanceFigures | null> {
  const tenantId = tenantOf(ctx);
  const employeeId = parseId(args.employeeId, 'employeeId');
  const leaveTypeId = parseId(args.leaveTypeId, 'leaveTypeId');
  const on = args.on ? dateArgument(args.on, 'on') : todayUtc();
  return ctx.db.run(async (manager) => {
    const [leaveType]: LeaveTypeRow[] = await manager.query(
      `select ${LEAVE_TYPE_COLUMNS} from erp.leave_types where tenant_id = $1 and id = $2`,
      [tenantId, leaveTypeId],
    );
    const employees: unknown[] = await manager.query(
      `select 1 from erp.employees where tenant_id = $1 and id = $2`,
      [tenantId, employeeId],
    );
    if (!leaveType || employees.length === 0) return null;
    return computeBalance(manager, tenantId, employeeId, leaveType, on);
  });
}
