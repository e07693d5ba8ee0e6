import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { fieldErrors } from '../field-errors';
import { useCan } from '../permissions';
import { Card, Empty, FormActions, Loading, PageHeader, Problems, TextField } from '../ui';
import { useFields } from '../use-fields';
import { AllocationForm } from './AllocationForm';
import { AllocationList } from './AllocationList';
import { useLeaveTypes } from './leave-types';

const CreateLeaveType = graphql(`
  mutation CreateLeaveType($input: CreateLeaveTypeInput!) {
    createLeaveType(input: $input) {
      leaveType {
        id
        name
        requiresAllocation
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** A new leave type; names are unique in the tenant (NAME_TAKEN). */
function LeaveTypeForm() {
  const [result, createLeaveType] = useMutation(CreateLeaveType);
  const errors = fieldErrors(result.data?.createLeaveType.userErrors, ['name']);
  const { fields, bind, setFields } = useFields({ name: '' }, errors);
  const [requiresAllocation, setRequiresAllocation] = useState(true);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createLeaveType({ input: { name: fields.name, requiresAllocation } });
    if (answer.data?.createLeaveType.leaveType) setFields({ name: '' });
  };
  return (
    <form
      aria-label="New leave type"
      onSubmit={(event) => void submit(event)}
      className="mt-3 flex flex-col gap-3"
    >
      <Problems error={result.error} userErrors={errors.rest} />
      <TextField
        label="Leave type name"
        required
        maxLength={100}
        placeholder="Paid time off"
        {...bind('name')}
      />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={requiresAllocation}
          onChange={(event) => setRequiresAllocation(event.target.checked)}
        />
        Requests must fit an allocation
      </label>
      <FormActions submit="Add leave type" busy={result.fetching} />
    </form>
  );
}

/** The tenant's leave types and the days granted to employees; `erp.hr:write` adds both. */
export default function LeaveTypesScreen() {
  const canWrite = useCan('erp.hr:write');
  const canReadEmployees = useCan('erp.employee:read');
  const { leaveTypes, loaded, fetching, error } = useLeaveTypes();
  return (
    <>
      <PageHeader title="Leave types and allocations" />
      <div className="grid gap-4 lg:grid-cols-[1fr_2fr]">
        <Card title="Leave types">
          {!loaded ? (
            fetching ? (
              <Loading what="leave types" />
            ) : (
              <Problems error={error} />
            )
          ) : leaveTypes.length === 0 ? (
            <Empty>No leave types yet.</Empty>
          ) : (
            <ul aria-label="Leave types" className="-mx-4 divide-y divide-slate-200 text-sm">
              {leaveTypes.map((leaveType) => (
                <li key={leaveType.id} className="flex flex-wrap justify-between gap-x-3 px-4 py-2">
                  <span className="font-medium">{leaveType.name}</span>
                  <span className="text-slate-500">
                    {leaveType.requiresAllocation ? 'Needs an allocation' : 'Recorded only'}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {canWrite && <LeaveTypeForm />}
        </Card>
        <div className="flex min-w-0 flex-col gap-4">
          {canWrite && canReadEmployees && (
            <Card title="Allocate leave">
              <AllocationForm leaveTypes={leaveTypes} />
            </Card>
          )}
          {canReadEmployees && <AllocationList />}
        </div>
      </div>
    </>
  );
}
