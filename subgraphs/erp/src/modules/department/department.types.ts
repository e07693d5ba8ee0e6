/** A row of `erp.departments`, as `DEPARTMENT_COLUMNS` selects it. */
export interface DepartmentRow {
  id: string;
  tenantId: string;
  name: string;
  parentId: string | null;
  managerId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const DEPARTMENT_COLUMNS = `id, tenant_id as "tenantId", name, parent_id as "parentId",
  manager_id as "managerId", created_at as "createdAt", updated_at as "updatedAt"`;

export const DEPARTMENT_NAME_MAX_LENGTH = 200;
