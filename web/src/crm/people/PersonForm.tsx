import { type FormEvent, useState } from 'react';
import { type OperationResult, useMutation } from 'urql';
import { graphql } from '../../__generated__';
import type { CreatePersonMutation } from '../../__generated__/graphql';
import { Button, Problems, TextField } from '../../ui';
import { fieldErrors } from '../../field-errors';
import { useCan } from '../../permissions';
import { CompanyPicker } from './CompanyPicker';

const CreatePerson = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      person {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const INPUTS = ['firstName', 'lastName', 'emails', 'jobTitle', 'companyId'] as const;
const EMPTY = { firstName: '', lastName: '', email: '', jobTitle: '', companyId: '' };

/** A new person: name, e-mail, job title and company; the server's userErrors under their fields. */
export function PersonForm({
  onCreated,
  onCancel,
}: {
  onCreated: (person: { id: string; name: string }) => void;
  onCancel: () => void;
}) {
  const canPickCompany = useCan('crm.company:read');
  const [fields, setFields] = useState(EMPTY);
  const [answer, setAnswer] = useState<OperationResult<CreatePersonMutation> | null>(null);
  const [result, createPerson] = useMutation(CreatePerson);
  const errors = fieldErrors('new-person', answer?.data?.createPerson.userErrors, INPUTS);
  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = await createPerson({
      input: {
        firstName: fields.firstName,
        lastName: fields.lastName || null,
        emails: fields.email.trim() ? [fields.email.trim()] : [],
        jobTitle: fields.jobTitle || null,
        companyId: fields.companyId || null,
      },
    });
    setAnswer(next);
    const person = next.data?.createPerson.person;
    if (person) onCreated(person);
  };

  return (
    <form aria-label="New person" onSubmit={submit} className="flex flex-col gap-3">
      <Problems error={answer?.error} userErrors={errors.rest} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-3">
          <TextField
            label="First name"
            required
            maxLength={100}
            value={fields.firstName}
            onChange={set('firstName')}
            {...errors.control('firstName')}
          />
          {errors.message('firstName')}
        </div>
        <div className="flex flex-col gap-3">
          <TextField
            label="Last name"
            maxLength={100}
            value={fields.lastName}
            onChange={set('lastName')}
            {...errors.control('lastName')}
          />
          {errors.message('lastName')}
        </div>
      </div>
      <TextField
        label="E-mail"
        type="email"
        value={fields.email}
        onChange={set('email')}
        {...errors.control('emails')}
      />
      {errors.message('emails')}
      <TextField
        label="Job title"
        maxLength={200}
        value={fields.jobTitle}
        onChange={set('jobTitle')}
        {...errors.control('jobTitle')}
      />
      {errors.message('jobTitle')}
      {canPickCompany && (
        <>
          <CompanyPicker
            value={fields.companyId}
            onChange={(companyId) => setFields((current) => ({ ...current, companyId }))}
            invalid={errors.control('companyId')}
          />
          {errors.message('companyId')}
        </>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Saving…' : 'Create person'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
