import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { Button, Problems, TextArea, TextField } from '../../ui';
import { fieldErrors } from '../../field-errors';
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
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [due, setDue] = useState('');
  const [result, logActivity] = useMutation(LogActivity);
  const formId = `log-${record.type}-${record.id}`;
  const errors = fieldErrors(formId, result.data?.logActivity.userErrors, INPUTS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await logActivity({
      input: {
        kind,
        subject,
        body: body || null,
        dueAt: kind === 'TASK' ? dueAtFrom(due) : null,
        ...(record.type === 'company' ? { companyId: record.id } : { personId: record.id }),
      },
    });
    if (answer.data?.logActivity.activity) {
      setSubject('');
      setBody('');
      setDue('');
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
              name={`${formId}-kind`}
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
        value={subject}
        onChange={(event) => setSubject(event.target.value)}
        {...errors.control('subject')}
      />
      {errors.message('subject')}
      {kind === 'TASK' ? (
        <>
          <TextField
            label="Due date"
            type="date"
            value={due}
            onChange={(event) => setDue(event.target.value)}
            {...errors.control('dueAt')}
          />
          {errors.message('dueAt')}
        </>
      ) : (
        <>
          <TextArea
            label="Details"
            maxLength={10000}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            {...errors.control('body')}
          />
          {errors.message('body')}
        </>
      )}
      <div>
        <Button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Saving…' : kind === 'NOTE' ? 'Add note' : 'Add task'}
        </Button>
      </div>
    </form>
  );
}
