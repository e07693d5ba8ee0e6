import { isUuid, userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { checkDepartmentExists } from '../department/department-checks';
import { checkTreeLink, MANAGER_TREE } from '../department/hr-tree';
import { checkName, checkOptionalText } from '../department/hr-text';
import { checkLedgerDate } from '../journal-entry/ledger-date';
import { EMPLOYEE_NAME_MAX_LENGTH, type EmployeeRow, JOB_TITLE_MAX_LENGTH } from './employee.types';

/** What createEmployee and updateEmployee accept; on update an omitted field stays unchanged. */
export interface EmployeeInput {
  name?: string | null;
  workEmail?: string | null;
  jobTitle?: string | null;
  departmentId?: string | null;
  managerId?: string | null;
  hireDate?: string | null;
  endDate?: string | null;
  active?: boolean | null;
  userId?: string | null;
}

export type EmployeeState = Pick<
  EmployeeRow,
  | 'name'
  | 'workEmail'
  | 'jobTitle'
  | 'departmentId'
  | 'managerId'
  | 'hireDate'
  | 'endDate'
  | 'active'
  | 'userId'
>;

/** A pragmatic address shape: something@domain.tld, no spaces, at most 254 characters. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * The employee as it would be after `input` (`current` for an update, null on creation with `id`
 * null), or null with every reason pushed to `errors`. References are checked in the tenant only.
 */
export async function checkEmployee(
  manager: EntityManager,
  tenantId: string,
  id: string | null,
  current: EmployeeState | null,
  input: EmployeeInput,
  errors: UserError[],
): Promise<EmployeeState | null> {
  const keep = <K extends keyof EmployeeState>(key: K): EmployeeState[K] | undefined =>
    input[key] === undefined && current ? current[key] : undefined;
  const name =
    keep('name') ??
    (input.name == null
      ? requiredName(errors)
      : checkName(input.name, 'employee', EMPLOYEE_NAME_MAX_LENGTH, errors));
  const workEmail =
    input.workEmail === undefined && current ? current.workEmail : checkEmail(input.workEmail, errors);
  const jobTitle =
    input.jobTitle === undefined && current
      ? current.jobTitle
      : checkOptionalText(input.jobTitle, 'jobTitle', JOB_TITLE_MAX_LENGTH, 'JOB_TITLE_TOO_LONG', errors);
  const departmentId =
    input.departmentId === undefined && current
      ? current.departmentId
      : input.departmentId
        ? await checkDepartmentExists(manager, tenantId, input.departmentId, errors)
        : null;
  const managerId =
    input.managerId === undefined && current
      ? current.managerId
      : input.managerId
        ? await checkManager(manager, tenantId, input.managerId, id, errors)
        : null;
  const hireDate = keep('hireDate') ?? checkDate(input.hireDate, 'hireDate', true, errors);
  const endDate =
    input.endDate === undefined && current
      ? current.endDate
      : checkDate(input.endDate, 'endDate', false, errors);
  if (hireDate && endDate && endDate <= hireDate) {
    errors.push(
      userError('END_BEFORE_HIRE', `The end date must be after the hire date (${hireDate}).`, [
        'input',
        'endDate',
      ]),
    );
  }
  const userId = input.userId === undefined && current ? current.userId : checkUserId(input.userId, errors);
  const active = input.active ?? current?.active ?? true;
  if (errors.length > 0 || !name || !hireDate) return null;
  return {
    name,
    workEmail: workEmail ?? null,
    jobTitle: jobTitle ?? null,
    departmentId: departmentId ?? null,
    managerId: managerId ?? null,
    hireDate,
    endDate: endDate ?? null,
    active,
    userId: userId ?? null,
  };
}

function requiredName(errors: UserError[]): null {
  errors.push(userError('NAME_REQUIRED', 'Give the employee a name.', ['input', 'name']));
  return null;
}

/** A work e-mail, trimmed and lower-cased; blank → null; undefined when refused. */
function checkEmail(raw: string | null | undefined, errors: UserError[]): string | null | undefined {
  const email = raw?.trim().toLowerCase() ?? '';
  if (email.length === 0) return null;
  if (email.length <= 254 && EMAIL.test(email)) return email;
  errors.push(
    userError('EMAIL_INVALID', 'Enter a work e-mail address such as "ana@example.com".', [
      'input',
      'workEmail',
    ]),
  );
  return undefined;
}

/** A date field; a required one missing is DATE_REQUIRED, a malformed one DATE_INVALID. */
function checkDate(
  raw: string | null | undefined,
  field: string,
  required: boolean,
  errors: UserError[],
): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') {
    if (required) errors.push(userError('DATE_REQUIRED', `"${field}" is required.`, ['input', field]));
    return null;
  }
  const checked = checkLedgerDate(raw, ['input', field]);
  if (checked.ok) return checked.date;
  errors.push(checked.error);
  return null;
}

function checkUserId(raw: string | null | undefined, errors: UserError[]): string | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (isUuid(raw)) return raw.toLowerCase();
  errors.push(userError('USER_ID_INVALID', '"userId" is not a NEXORA user id.', ['input', 'userId']));
  return undefined;
}

/** A manager: an employee of the tenant that does not report (directly or not) to this employee. */
async function checkManager(
  manager: EntityManager,
  tenantId: string,
  rawId: string,
  id: string | null,
  errors: UserError[],
): Promise<string | null> {
  const managerId = rawId.toLowerCase();
  const field = ['input', 'managerId'];
  const link = isUuid(managerId)
    ? await checkTreeLink(manager, MANAGER_TREE, tenantId, managerId, id)
    : 'missing';
  if (link === 'missing') {
    errors.push(userError('MANAGER_NOT_FOUND', 'No employee of this organisation has that id.', field));
    return null;
  }
  if (link === 'cycle') {
    errors.push(
      userError(
        'MANAGER_CYCLE',
        'An employee cannot report to themselves or to someone who reports to them.',
        field,
      ),
    );
    return null;
  }
  return managerId;
}
