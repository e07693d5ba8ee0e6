/** A row of `erp.employees`, as `EMPLOYEE_COLUMNS` selects it; dates are ISO `YYYY-MM-DD` text. */
export interface EmployeeRow {
  id: string;
  tenantId: string;
  name: string;
  workEmail: string | null;
  jobTitle: string | null;
  departmentId: string | null;
  managerId: string | null;
  hireDate: string;
  endDate: string | null;
  active: boolean;
  userId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const EMPLOYEE_COLUMNS = `id, tenant_id as "tenantId", name, work_email as "workEmail",
  job_title as "jobTitle", department_id as "departmentId", manager_id as "managerId",
  hire_date::text as "hireDate", end_date::text as "endDate", active, user_id as "userId",
  created_at as "createdAt", updated_at as "updatedAt"`;

/** A NEXORA user as erp knows it: only its id (identity owns the rest). */
export interface UserReference {
  id: string;
}

export const EMPLOYEE_NAME_MAX_LENGTH = 200;
export const JOB_TITLE_MAX_LENGTH = 200;
