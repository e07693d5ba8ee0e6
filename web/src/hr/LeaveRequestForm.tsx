import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { fieldErrors } from '../field-errors';
import { FormActions, Notice, Problems, SelectField, TextField } from '../ui';
import { useFields } from '../use-fields';
import { today } from './EmployeeForm';
import { daysOf, useLeaveTypes } from './leave-types';

const RequestLeave = graphql(`
  mutation RequestLeave($input: RequestLeaveInput!) {
    requestLeave(input: $input) {
      request {
        id
        days
        status
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

const INPUTS = ['leaveTypeId', 'startDate', 'endDate', 'halfDay', 'reason'] as const;

/**
 * Asks for leave for the signed-in employee: a type, first and last day (working days count), a
 * half day, a reason. erp refuses what does not fit (INSUFFICIENT_ALLOCATION says what remains,
 * LEAVE_OVERLAP names the other leave) and writes nothing; the message shows at the field at fault.
 */
export function LeaveRequestForm() {
  const { leaveTypes } = useLeaveTypes();
  const [result, requestLeave] = useMutation(RequestLeave);
  const [halfDay, setHalfDay] = useState(false);
  // A half day has no last day to show an error under: such an error shows above the form.
  const errors = fieldErrors(
    result.data?.requestLeave.userErrors,
    halfDay ? INPUTS.filter((input) => input !== 'endDate') : INPUTS,
  );
  const { fields, bind, setFields } = useFields(
    { leaveTypeId: '', startDate: today(), endDate: today(), reason: '' },
    errors,
  );
  const [filed, setFiled] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFiled(null);
    const answer = await requestLeave({
      input: {
        ...fields,
        endDate: halfDay ? fields.startDate : fields.endDate,
        halfDay,
        reason: fields.reason.trim() || null,
      },
    });
    const request = answer.data?.requestLeave.request;
    if (request) {
      setFiled(`Requested ${daysOf(request.days)} of ${request.leaveType.name}; it waits for approval.`);
      setFields((current) => ({ ...current, reason: '' }));
    }
  };
  return (
    <form aria-label="Request leave" onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
      {filed && <Notice>{filed}</Notice>}
      <Problems error={result.error} userErrors={errors.rest} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Leave type" required {...bind('leaveTypeId')}>
          <option value="">Choose…</option>
          {leaveTypes.map((leaveType) => (
            <option key={leaveType.id} value={leaveType.id}>
              {leaveType.name}
            </option>
          ))}
        </SelectField>
        <label className="flex items-center gap-2 self-end py-2 text-sm">
          <input type="checkbox" checked={halfDay} onChange={(event) => setHalfDay(event.target.checked)} />
          Half a day
        </label>
        <TextField label="First day" type="date" required {...bind('startDate')} />
        {!halfDay && <TextField label="Last day" type="date" required {...bind('endDate')} />}
      </div>
      <TextField label="Reason" maxLength={500} {...bind('reason')} />
      <FormActions submit="Request leave" busy={result.fetching} busyLabel="Requesting…" />
    </form>
  );
}
