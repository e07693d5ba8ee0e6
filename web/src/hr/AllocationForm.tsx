import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { fieldErrors } from '../field-errors';
import { FormActions, Notice, Problems, SelectField, TextField } from '../ui';
import { useFields } from '../use-fields';
import { type EmployeeOption, EmployeeSelect } from './EmployeeSelect';
import { daysOf } from './leave-types';

const CreateLeaveAllocation = graphql(`
  mutation CreateLeaveAllocation($input: CreateLeaveAllocationInput!) {
    createLeaveAllocation(input: $input) {
      allocation {
        id
        days
        employee {
          id
          name
        }
        leaveType {
          id
          name
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const INPUTS = ['employeeId', 'leaveTypeId', 'days', 'validFrom', 'validTo', 'note'] as const;

/** This calendar year, the usual validity of an allocation. */
function thisYear(): { validFrom: string; validTo: string } {
  const year = new Date().getFullYear();
  return { validFrom: `${year}-01-01`, validTo: `${year}-12-31` };
}

/** Grants an employee days of a leave type for a period (half-day steps, e.g. 12.5). */
export function AllocationForm({ leaveTypes }: { leaveTypes: ReadonlyArray<{ id: string; name: string }> }) {
  const [result, createAllocation] = useMutation(CreateLeaveAllocation);
  const errors = fieldErrors(result.data?.createLeaveAllocation.userErrors, INPUTS);
  const { fields, bind, setFields } = useFields(
    { leaveTypeId: '', days: '', note: '', ...thisYear() },
    errors,
  );
  const [employee, setEmployee] = useState<EmployeeOption | null>(null);
  const [granted, setGranted] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGranted(null);
    const answer = await createAllocation({
      input: { ...fields, employeeId: employee?.id ?? '', note: fields.note.trim() || null },
    });
    const allocation = answer.data?.createLeaveAllocation.allocation;
    if (allocation) {
      setGranted(
        `Allocated ${daysOf(allocation.days)} of ${allocation.leaveType.name} to ${allocation.employee.name}.`,
      );
      setFields((current) => ({ ...current, days: '', note: '' }));
    }
  };
  return (
    <form
      aria-label="Allocate leave"
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-3"
    >
      {granted && <Notice>{granted}</Notice>}
      <Problems error={result.error} userErrors={errors.rest} />
      <EmployeeSelect
        label="Employee"
        none="Choose an employee"
        required
        value={employee}
        onChange={setEmployee}
        error={errors.of('employeeId')}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Leave type" required {...bind('leaveTypeId')}>
          <option value="">Choose…</option>
          {leaveTypes.map((leaveType) => (
            <option key={leaveType.id} value={leaveType.id}>
              {leaveType.name}
            </option>
          ))}
        </SelectField>
        <TextField label="Days" inputMode="decimal" required placeholder="25" {...bind('days')} />
        <TextField label="Valid from" type="date" required {...bind('validFrom')} />
        <TextField label="Valid to" type="date" required {...bind('validTo')} />
      </div>
      <TextField label="Note" maxLength={500} placeholder="2026 entitlement" {...bind('note')} />
      <FormActions submit="Allocate" busy={result.fetching} />
    </form>
  );
}
