import { type FormEvent, useState } from 'react';
import type { CombinedError } from 'urql';
import { fieldErrors, type FieldedError } from '../field-errors';
import { useCan } from '../permissions';
import { FormActions, Problems, TextField } from '../ui';
import { useFields } from '../use-fields';
import { DepartmentSelect } from './DepartmentSelect';
import { type EmployeeOption, EmployeeSelect } from './EmployeeSelect';
import { MemberSelect } from './MemberSelect';

export interface EmployeeFields {
  name: string;
  workEmail: string;
  jobTitle: string;
  departmentId: string;
  hireDate: string;
  userId: string;
  manager: EmployeeOption | null;
}

const INPUTS = ['name', 'workEmail', 'jobTitle', 'departmentId', 'managerId', 'hireDate', 'userId'] as const;

/** Today as `YYYY-MM-DD` in the viewer's own calendar. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export const NEW_EMPLOYEE: EmployeeFields = {
  name: '',
  workEmail: '',
  jobTitle: '',
  departmentId: '',
  hireDate: today(),
  userId: '',
  manager: null,
};

/**
 * An employee's name, work e-mail, job title, department, manager, hire date and (for a role that
 * may read members) the member account they sign in with. erp checks them (e-mail and user unique
 * in the tenant, no reporting cycles): its userErrors show under the field at fault.
 */
export function EmployeeForm({
  initial = NEW_EMPLOYEE,
  employeeId,
  submitLabel,
  busy,
  userErrors,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: EmployeeFields;
  /** The employee being changed (left out of the managers to choose). */
  employeeId?: string;
  submitLabel: string;
  busy: boolean;
  userErrors?: ReadonlyArray<FieldedError>;
  error?: CombinedError;
  onSubmit: (fields: EmployeeFields) => void;
  onCancel?: () => void;
}) {
  const errors = fieldErrors(userErrors, INPUTS);
  const { fields, bind } = useFields(
    {
      name: initial.name,
      workEmail: initial.workEmail,
      jobTitle: initial.jobTitle,
      departmentId: initial.departmentId,
      hireDate: initial.hireDate,
      userId: initial.userId,
    },
    errors,
  );
  const [manager, setManager] = useState(initial.manager);
  const canReadMembers = useCan('identity.member:read');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ ...fields, manager });
  };
  return (
    <form aria-label={submitLabel} onSubmit={submit} className="flex flex-col gap-3">
      <Problems error={error} userErrors={errors.rest} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Name" required maxLength={200} autoComplete="off" {...bind('name')} />
        <TextField label="Job title" maxLength={200} {...bind('jobTitle')} />
        <TextField label="Work e-mail" type="email" autoComplete="off" {...bind('workEmail')} />
        <TextField label="Hire date" type="date" required {...bind('hireDate')} />
        <DepartmentSelect label="Department" none="No department" {...bind('departmentId')} />
        {canReadMembers && <MemberSelect label="Signs in as" {...bind('userId')} />}
      </div>
      <EmployeeSelect
        label="Manager"
        none="No manager"
        value={manager}
        onChange={setManager}
        exclude={employeeId}
        error={errors.of('managerId')}
      />
      <FormActions submit={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
