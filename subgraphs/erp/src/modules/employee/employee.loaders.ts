import { alignToKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import { EMPLOYEE_COLUMNS, type EmployeeRow } from './employee.types';

/** Employees of the caller's tenant by id for this request, one query per batch (lowercase UUIDs). */
export function employeeByIdLoader(ctx: SubgraphContext): DataLoader<string, EmployeeRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, EmployeeRow | null>('employeeById', async (ids) => {
    const rows: EmployeeRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${EMPLOYEE_COLUMNS} from erp.employees where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/** The employee linked to each NEXORA user, in the caller's tenant only (lowercase UUIDs). */
export function employeeByUserLoader(ctx: SubgraphContext): DataLoader<string, EmployeeRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, EmployeeRow | null>('employeeByUser', async (userIds) => {
    const rows: EmployeeRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${EMPLOYEE_COLUMNS} from erp.employees where tenant_id = $1 and user_id = any($2::uuid[])`,
        [tenantId, userIds],
      ),
    );
    return alignToKeys(userIds, rows, (row) => row.userId ?? '');
  });
}
