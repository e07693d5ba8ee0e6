import type { FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { FormActions, Problems, TextField } from '../../ui';
import { fieldErrors } from '../../field-errors';
import { useCan } from '../../permissions';
import { useFields } from '../../use-fields';
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

/** A new person: name, e-mail, job title and company; the server's userErrors under their fields. */
export function PersonForm({
  onCreated,
  onCancel,
}: {
  onCreated: (person: { id: string; name: string }) => void;
  onCancel: () => void;
}) {
  const canPickCompany = useCan('crm.company:read');
  const [result, createPerson] = useMutation(CreatePerson);
  const errors = fieldErrors(result.data?.createPerson.userErrors, INPUTS);
  const { fields, setFields, bind } = useFields(
    { firstName: '', lastName: '', email: '', jobTitle: '', companyId: '' },
    errors,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createPerson({
      input: {
        firstName: fields.firstName,
        lastName: fields.lastName || null,
        emails: fields.email.trim() ? [fields.email.trim()] : [],
        jobTitle: fields.jobTitle || null,
        companyId: fields.companyId || null,
      },
    });
    const person = answer.data?.createPerson.person;
    if (person) onCreated(person);
  };

  return (
    <form aria-label="New person" onSubmit={submit} className="flex flex-col gap-3">
      <Problems error={result.error} userErrors={errors.rest} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="First name" required maxLength={100} {...bind('firstName')} />
        <TextField label="Last name" maxLength={100} {...bind('lastName')} />
      </div>
      <TextField label="E-mail" type="email" {...bind('email')} error={errors.of('emails')} />
      <TextField label="Job title" maxLength={200} {...bind('jobTitle')} />
      {canPickCompany && (
        <CompanyPicker
          value={fields.companyId}
          onChange={(companyId) => setFields((current) => ({ ...current, companyId }))}
          error={errors.of('companyId')}
        />
      )}
      <FormActions submit="Create person" busy={result.fetching} onCancel={onCancel} />
    </form>
  );
}
