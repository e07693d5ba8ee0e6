import { alignToKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import { DEPARTMENT_COLUMNS, type DepartmentRow } from './department.types';

/** Departments of the caller's tenant by id for this request, one query per batch (lowercase UUIDs). */
export function departmentByIdLoader(ctx: SubgraphContext): DataLoader<string, DepartmentRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, DepartmentRow | null>('departmentById', async (ids) => {
    const rows: DepartmentRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${DEPARTMENT_COLUMNS} from erp.departments where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}
