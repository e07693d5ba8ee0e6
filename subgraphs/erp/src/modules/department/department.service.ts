import {
  type Connection,
  lowerTextSort,
  notFound,
  pageSize,
  parseId,
  planKeyset,
  searchPattern,
  type SubgraphContext,
  tenantOf,
  userError,
  type UserError,
  toConnection,
  writeUnlessTaken,
  isForeignKeyViolation,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { checkDepartmentParent, checkEmployeeReference } from './department-checks';
import { departmentByIdLoader } from './department.loaders';
import { DEPARTMENT_COLUMNS, DEPARTMENT_NAME_MAX_LENGTH, type DepartmentRow } from './department.types';
import { checkName } from './hr-text';

export interface DepartmentPayload {
  department: DepartmentRow | null;
  userErrors: UserError[];
}

const BY_NAME = { NAME: lowerTextSort('name') };

/** The tenant's departments by name (case-insensitive), optionally those whose name contains `search`. */
export async function listDepartments(
  ctx: SubgraphContext,
  args: { first?: number | null; after?: string | null; search?: string | null },
): Promise<Connection<DepartmentRow>> {
  const size = pageSize(args.first);
  const pattern = searchPattern(args.search);
  const params: unknown[] = [tenantOf(ctx)];
  let filter = 'tenant_id = $1';
  if (pattern) {
    params.push(pattern);
    filter += ` and name ilike $${params.length} escape '\\'`;
  }
  const countParams = [...params];
  const plan = planKeyset(BY_NAME, { field: 'NAME' }, args.after, params);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<DepartmentRow & { sortKey: string }> = await manager.query(
      `select ${DEPARTMENT_COLUMNS}, ${plan.cursorSelect} as "sortKey" from erp.departments
       where ${plan.where(filter)} order by ${plan.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.departments where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, plan.positionOf, plan.hadCursor);
  });
}

export function findDepartment(ctx: SubgraphContext, id: string): Promise<DepartmentRow | null> {
  return departmentByIdLoader(ctx).load(parseId(id, 'id'));
}

export interface DepartmentInput {
  name?: string | null;
  parentId?: string | null;
  managerId?: string | null;
}

/** Creates a department; its name must be free in the tenant (case-insensitive). */
export async function createDepartment(
  ctx: SubgraphContext,
  input: DepartmentInput & { name: string },
): Promise<DepartmentPayload> {
  const tenantId = tenantOf(ctx);
  return ctx.db.run(async (manager) => {
    const errors: UserError[] = [];
    const empty = { name: '', parentId: null, managerId: null };
    const next = await checkDepartmentChanges(manager, tenantId, null, empty, input, errors);
    if (!next) return { department: null, userErrors: errors };
    const written = await writeUnlessTaken(manager, async () => {
      const [row]: DepartmentRow[] = await manager.query(
        `insert into erp.departments (tenant_id, name, parent_id, manager_id) values ($1, $2, $3, $4)
         returning ${DEPARTMENT_COLUMNS}`,
        [tenantId, next.name, next.parentId, next.managerId],
      );
      return row;
    });
    if (!written.ok) return { department: null, userErrors: [nameTaken(next.name)] };
    return { department: written.value, userErrors: [] };
  });
}

/** Renames, re-parents or changes the manager of a department; omitted fields stay, null clears. */
export async function updateDepartment(
  ctx: SubgraphContext,
  input: DepartmentInput & { id: string },
): Promise<DepartmentPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const [current]: DepartmentRow[] = await manager.query(
      `select ${DEPARTMENT_COLUMNS} from erp.departments where tenant_id = $1 and id = $2 for update`,
      [tenantId, id],
    );
    if (!current) throw notFound('Department', id);
    const errors: UserError[] = [];
    const next = await checkDepartmentChanges(manager, tenantId, id, current, input, errors);
    if (!next) return { department: null, userErrors: errors };
    const written = await writeUnlessTaken(manager, async () => {
      const [rows]: [DepartmentRow[], number] = await manager.query(
        `update erp.departments set name = $3, parent_id = $4, manager_id = $5, updated_at = now()
         where tenant_id = $1 and id = $2 returning ${DEPARTMENT_COLUMNS}`,
        [tenantId, id, next.name, next.parentId, next.managerId],
      );
      return rows[0];
    });
    if (!written.ok) return { department: null, userErrors: [nameTaken(next.name)] };
    departmentByIdLoader(ctx).clear(id).prime(id, written.value);
    return { department: written.value, userErrors: [] };
  });
}

/**
 * Deletes a department nobody belongs to: one with employees or sub-departments is refused
 * (DEPARTMENT_IN_USE), so no employee silently loses their department.
 */
export async function deleteDepartment(
  ctx: SubgraphContext,
  input: { id: string },
): Promise<{ deletedId: string | null; userErrors: UserError[] }> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const written = await writeUnlessTaken(
      manager,
      async () => {
        const [, count]: [unknown[], number] = await manager.query(
          `delete from erp.departments where tenant_id = $1 and id = $2`,
          [tenantId, id],
        );
        return count;
      },
      isForeignKeyViolation,
    );
    if (!written.ok) {
      const message = 'The department still has employees or sub-departments; move them first.';
      return { deletedId: null, userErrors: [userError('DEPARTMENT_IN_USE', message, ['input', 'id'])] };
    }
    if (written.value === 0) throw notFound('Department', id);
    return { deletedId: id, userErrors: [] };
  });
}

type DepartmentState = Pick<DepartmentRow, 'name' | 'parentId' | 'managerId'>;

/** The department as it would be after `input`, or null with the reasons in `errors`. */
async function checkDepartmentChanges(
  manager: EntityManager,
  tenantId: string,
  id: string | null,
  current: DepartmentState,
  input: DepartmentInput,
  errors: UserError[],
): Promise<DepartmentState | null> {
  const name =
    input.name === undefined || input.name === null
      ? current.name
      : checkName(input.name, 'department', DEPARTMENT_NAME_MAX_LENGTH, errors);
  const parentId =
    input.parentId === undefined
      ? current.parentId
      : input.parentId === null
        ? null
        : await checkDepartmentParent(manager, tenantId, input.parentId, id, errors);
  const managerId =
    input.managerId === undefined
      ? current.managerId
      : input.managerId === null
        ? null
        : await checkEmployeeReference(
            manager,
            tenantId,
            input.managerId,
            'managerId',
            'MANAGER_NOT_FOUND',
            errors,
          );
  if (errors.length > 0 || name === null) return null;
  return { name, parentId, managerId };
}

function nameTaken(name: string): UserError {
  return userError('NAME_TAKEN', `Another department is already called "${name}".`, ['input', 'name']);
}
