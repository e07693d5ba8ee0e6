import type { FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import type { LeadSource, LeadStatus } from '../../__generated__/graphql';
import { FormActions, Problems, SelectField, TextField } from '../../ui';
import { fieldErrors } from '../../field-errors';
import { useFields } from '../../use-fields';
import { LEAD_SOURCES, LEAD_STATUSES } from './labels';

const CreateLead = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      lead {
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

const INPUTS = ['name', 'companyName', 'email', 'phone', 'source', 'status', 'score'] as const;

/** A new lead: who, their company, how to reach them, where they came from, how promising. */
export function LeadForm({ onCreated, onCancel }: { onCreated: () => void; onCancel: () => void }) {
  const [result, createLead] = useMutation(CreateLead);
  const errors = fieldErrors(result.data?.createLead.userErrors, INPUTS);
  const { fields, bind } = useFields(
    { name: '', companyName: '', email: '', phone: '', source: 'OTHER', status: 'NEW', score: '' },
    errors,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createLead({
      input: {
        name: fields.name,
        companyName: fields.companyName || null,
        email: fields.email || null,
        phone: fields.phone || null,
        source: fields.source as LeadSource,
        status: fields.status as LeadStatus,
        score: fields.score === '' ? null : Number(fields.score),
      },
    });
    if (answer.data?.createLead.lead) onCreated();
  };

  return (
    <form aria-label="New lead" onSubmit={submit} className="flex flex-col gap-3">
      <Problems error={result.error} userErrors={errors.rest} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Name" required maxLength={200} {...bind('name')} />
        <TextField label="Company name" maxLength={200} {...bind('companyName')} />
        <TextField label="E-mail" type="email" {...bind('email')} />
        <TextField label="Phone" type="tel" {...bind('phone')} />
        <SelectField label="Source" {...bind('source')}>
          {Object.entries(LEAD_SOURCES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Status" {...bind('status')}>
          {Object.entries(LEAD_STATUSES)
            .filter(([value]) => value !== 'CONVERTED')
            .map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
        </SelectField>
        <TextField label="Score (0–100)" type="number" inputMode="numeric" step={1} {...bind('score')} />
      </div>
      <FormActions submit="Create lead" busy={result.fetching} onCancel={onCancel} />
    </form>
  );
}
