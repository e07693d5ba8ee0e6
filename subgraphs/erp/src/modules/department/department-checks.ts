import { isUuid, userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { checkTreeLink, DEPARTMENT_TREE } from './hr-tree';

/**
 * A department's parent: a department of the tenant that is neither the department itself nor one
 * of its sub-departments (`childId`, null on creation). The id, or null with an error pushed.
 */
export async function checkDepartmentParent(
  manager: EntityManager,
  tenantId: string,
  rawParentId: string,
  childId: string | null,
  errors: UserError[],
): Promise<string | null> {
  const field = ['input', 'parentId'];
  const parentId = rawParentId.toLowerCase();
  const link = isUuid(parentId)
    ? await checkTreeLink(manager, DEPARTMENT_TREE, tenantId, parentId, childId)
    : 'missing';
  if (link === 'missing') {
    errors.push(userError('PARENT_NOT_FOUND', 'The parent department was not found.', field));
    return null;
  }
  if (link === 'cycle') {
    errors.push(
      userError(
        'PARENT_CYCLE',
        'A department cannot be placed under itself or one of its sub-departments.',
        field,
      ),
    );
    return null;
  }
  return parentId;
}

/**
 * An employee of the tenant named by `field` (a manager): its lowercase id, or null with
 * `<code>` pushed when the id is malformed or names no employee of the tenant.
 */
export async function checkEmployeeReference(
  manager: EntityManager,
  tenantId: string,
  rawId: string,
  field: string,
  code: string,
  errors: UserError[],
): Promise<string | null> {
  const id = rawId.toLowerCase();
  const rows: unknown[] = isUuid(id)
    ? await manager.query(`select 1 from erp.employees where tenant_id = $1 and id = $2`, [tenantId, id])
    : [];
  if (rows.length === 0) {
    errors.push(userError(code, 'No employee of this organisation has that id.', ['input', field]));
    return null;
  }
  return id;
}

/** A department of the tenant named by `input.departmentId`: its id, or null with DEPARTMENT_NOT_FOUND. */
export async function checkDepartmentExists(
  manager: EntityManager,
  tenantId: string,
  rawId: string,
  errors: UserError[],
): Promise<string | null> {
  const id = rawId.toLowerCase();
  const rows: unknown[] = isUuid(id)
    ? await manager.query(`select 1 from erp.departments where tenant_id = $1 and id = $2`, [tenantId, id])
    : [];
  if (rows.length === 0) {
    errors.push(
      userError('DEPARTMENT_NOT_FOUND', 'No department of this organisation has that id.', [
        'input',
        'departmentId',
      ]),
    );
    return null;
  }
  return id;
}
