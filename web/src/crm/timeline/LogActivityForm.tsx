import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { FormActions, Problems, TextArea, TextField } from '../../ui';
import { fieldErrors } from '../../field-errors';
import { useFields } from '../../use-fields';
import type { TimelineRecord } from './Timeline';

const LogActivity = graphql(`
  mutation LogActivity($input: LogActivityInput!) {
    logActivity(input: $input) {
      activity {
        id
        ...TimelineActivity
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type Kind = 'NOTE' | 'TASK';
const INPUTS = ['subject', 'body', 'dueAt'] as const;
const EMPTY = { subject: '', body: '', dueAt: '' };

/** A date input's `YYYY-MM-DD` as an instant: noon that day where the user is, so it shows as that day. */
function dueAtFrom(date: string): string | null {
  return date ? new Date(`${date}T12:00:00`).toISOString() : null;
}

/**
 * Adds a note or a task (with a due date; assigned to the caller) to a record's timeline. The cache
 * refetches the record's timeline and My tasks after it is logged.
 */
export function LogActivityForm({ record, onLogged }: { record: TimelineRecord; onLogged: () => void }) {
  const [kind, setKind] = useState<Kind>('NOTE');
  const [result, logActivity] = useMutation(LogActivity);
  const errors = fieldErrors(result.data?.logActivity.userErrors, INPUTS);
  const { fields, setFields, bind } = useFields(EMPTY, errors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await logActivity({
      input: {
        kind,
        subject: fields.subject,
        body: fields.body || null,
        dueAt: kind === 'TASK' ? dueAtFrom(fields.dueAt) : null,
        ...(record.type === 'company' ? { companyId: record.id } : { personId: record.id }),
      },
    });
    if (answer.data?.logActivity.activity) {
      setFields(EMPTY);
      onLogged();
    }
  };

  return (
    <form
      aria-label={kind === 'NOTE' ? 'Add note' : 'Add task'}
      onSubmit={submit}
      className="flex flex-col gap-3"
    >
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">Kind of activity</legend>
        {(['NOTE', 'TASK'] as const).map((option) => (
          <label key={option} className="flex items-center gap-1">
            <input
              type="radio"
              name={`log-${record.type}-${record.id}-kind`}
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            {option === 'NOTE' ? 'Note' : 'Task'}
          </label>
        ))}
      </fieldset>
      <Problems error={result.error} userErrors={errors.rest} />
      <TextField
        label={kind === 'NOTE' ? 'Note subject' : 'Task subject'}
        required
        maxLength={200}
        {...bind('subject')}
      />
      {kind === 'TASK' ? (
        <TextField label="Due date" type="date" {...bind('dueAt')} />
      ) : (
        <TextArea label="Details" maxLength={10000} {...bind('body')} />
      )}
      <FormActions submit={kind === 'NOTE' ? 'Add note' : 'Add task'} busy={result.fetching} />
    </form>
  );
}
