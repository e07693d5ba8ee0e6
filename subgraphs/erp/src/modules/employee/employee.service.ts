import {
  type Connection,
  isUuid,
  lowerTextSort,
  notFound,
  pageSize,
  parseId,
  planKeyset,
  searchPattern,
  type SubgraphContext,
  tenantOf,
  toConnection,
  userError,
  type UserError,
  writeUnlessTaken,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { employeeByIdLoader, employeeByUserLoader } from './employee.loaders';
import { EMPLOYEE_COLUMNS, type EmployeeRow, type UserReference } from './employee.types';
import { checkEmployee, type EmployeeInput, type EmployeeState } from './employee.validation';

export interface EmployeePayload {
  employee: EmployeeRow | null;
  userErrors: UserError[];
}

const BY_NAME = { NAME: lowerTextSort('name') };

export interface EmployeeListArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  departmentId?: string | null;
  active?: boolean | null;
}

/** The tenant's employees by name, optionally matching `search`, of one department, or (in)active. */
export async function listEmployees(
  ctx: SubgraphContext,
  args: EmployeeListArgs,
): Promise<Connection<EmployeeRow>> {
  const size = pageSize(args.first);
  const pattern = searchPattern(args.search);
  const params: unknown[] = [tenantOf(ctx)];
  let filter = 'tenant_id = $1';
  if (pattern) {
    params.push(pattern);
    filter += ` and name ilike $${params.length} escape '\\'`;
  }
  if (args.departmentId) {
    params.push(parseId(args.departmentId, 'departmentId'));
    filter += ` and department_id = $${params.length}`;
  }
  if (args.active !== null && args.active !== undefined) {
    params.push(args.active);
    filter += ` and active = $${params.length}`;
  }
  const countParams = [...params];
  const plan = planKeyset(BY_NAME, { field: 'NAME' }, args.after, params);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<EmployeeRow & { sortKey: string }> = await manager.query(
      `select ${EMPLOYEE_COLUMNS}, ${plan.cursorSelect} as "sortKey" from erp.employees
       where ${plan.where(filter)} order by ${plan.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.employees where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, plan.positionOf, plan.hadCursor);
  });
}

export function findEmployee(ctx: SubgraphContext, id: string): Promise<EmployeeRow | null> {
  return employeeByIdLoader(ctx).load(parseId(id, 'id'));
}

/** `User.employee`: the employee linked to the user in the caller's tenant; null when none. */
export async function employeeOfUser(ctx: SubgraphContext, user: UserReference): Promise<EmployeeRow | null> {
  const id = user.id.toLowerCase();
  // identity issues UUIDs; anything else names no user, so nobody is linked to it.
  if (!isUuid(id)) return null;
  return employeeByUserLoader(ctx).load(id);
}

/** Adds an employee; work e-mail and linked user must be free in the tenant. */
export async function createEmployee(ctx: SubgraphContext, input: EmployeeInput): Promise<EmployeePayload> {
  const tenantId = tenantOf(ctx);
  return ctx.db.run(async (manager) => {
    const errors: UserError[] = [];
    const next = await checkEmployee(manager, tenantId, null, null, input, errors);
    if (!next) return { employee: null, userErrors: errors };
    return writeEmployee(manager, tenantId, null, next, () =>
      manager.query(
        `insert into erp.employees (tenant_id, name, work_email, job_title, department_id, manager_id,
           hire_date, end_date, active, user_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${EMPLOYEE_COLUMNS}`,
        [tenantId, ...stateValues(next)],
      ),
    );
  });
}

/** Changes an employee; omitted fields stay, `null` clears an optional one. NOT_FOUND for an unknown id. */
export async function updateEmployee(
  ctx: SubgraphContext,
  input: EmployeeInput & { id: string },
): Promise<EmployeePayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const [current]: EmployeeRow[] = await manager.query(
      `select ${EMPLOYEE_COLUMNS} from erp.employees where tenant_id = $1 and id = $2 for update`,
      [tenantId, id],
    );
    if (!current) throw notFound('Employee', id);
    const errors: UserError[] = [];
    const next = await checkEmployee(manager, tenantId, id, current, input, errors);
    if (!next) return { employee: null, userErrors: errors };
    const payload = await writeEmployee(manager, tenantId, id, next, async () => {
      const [rows]: [EmployeeRow[], number] = await manager.query(
        `update erp.employees set name = $3, work_email = $4, job_title = $5, department_id = $6,
           manager_id = $7, hire_date = $8, end_date = $9, active = $10, user_id = $11, updated_at = now()
         where tenant_id = $1 and id = $2 returning ${EMPLOYEE_COLUMNS}`,
        [tenantId, id, ...stateValues(next)],
      );
      return rows;
    });
    if (payload.employee) employeeByIdLoader(ctx).clear(id).prime(id, payload.employee);
    return payload;
  });
}

function stateValues(state: EmployeeState): unknown[] {
  return [
    state.name,
    state.workEmail,
    state.jobTitle,
    state.departmentId,
    state.managerId,
    state.hireDate,
    state.endDate,
    state.active,
    state.userId,
  ];
}

/**
 * Writes unless the e-mail or user is taken by another employee: checked first for a clear error,
 * and again after a unique violation (a concurrent writer took it between the check and the write).
 */
async function writeEmployee(
  manager: EntityManager,
  tenantId: string,
  id: string | null,
  next: EmployeeState,
  write: () => Promise<EmployeeRow[]>,
): Promise<EmployeePayload> {
  const taken = await takenKeys(manager, tenantId, id, next);
  if (taken.length > 0) return { employee: null, userErrors: taken };
  const written = await writeUnlessTaken(manager, write);
  if (written.ok) return { employee: written.value[0], userErrors: [] };
  return { employee: null, userErrors: await takenKeys(manager, tenantId, id, next) };
}

async function takenKeys(
  manager: EntityManager,
  tenantId: string,
  id: string | null,
  next: EmployeeState,
): Promise<UserError[]> {
  const rows: Array<{ email: boolean; user: boolean }> = await manager.query(
    `select coalesce(bool_or(lower(work_email) = $3), false) as email, coalesce(bool_or(user_id = $4), false) as user
     from erp.employees
     where tenant_id = $1 and id is distinct from $2::uuid and (lower(work_email) = $3 or user_id = $4)`,
    [tenantId, id, next.workEmail, next.userId],
  );
  const errors: UserError[] = [];
  if (rows[0]?.email) {
    errors.push(
      userError('EMAIL_TAKEN', `Another employee already uses ${next.workEmail}.`, ['input', 'workEmail']),
    );
  }
  if (rows[0]?.user) {
    errors.push(
      userError('USER_TAKEN', 'That user is already linked to another employee.', ['input', 'userId']),
    );
  }
  return errors;
}
