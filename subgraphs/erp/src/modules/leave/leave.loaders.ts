import { alignToKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import {
  LEAVE_REQUEST_COLUMNS,
  LEAVE_TYPE_COLUMNS,
  type LeaveRequestRow,
  type LeaveTypeRow,
} from './leave.types';

/** Leave types of the caller's tenant by id for this request, one query per batch. */
export function leaveTypeByIdLoader(ctx: SubgraphContext): DataLoader<string, LeaveTypeRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, LeaveTypeRow | null>('leaveTypeById', async (ids) => {
    const rows: LeaveTypeRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${LEAVE_TYPE_COLUMNS} from erp.leave_types where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/** Leave requests of the caller's tenant by id for this request, one query per batch. */
export function leaveRequestByIdLoader(
  ctx: SubgraphContext,
): DataLoader<string, LeaveRequestRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, LeaveRequestRow | null>('leaveRequestById', async (ids) => {
    const rows: LeaveRequestRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${LEAVE_REQUEST_COLUMNS} from erp.leave_requests where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}
