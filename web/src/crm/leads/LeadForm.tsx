import { type FormEvent, useState } from 'react';
import { type OperationResult, useMutation } from 'urql';
import { graphql } from '../../__generated__';
import type { CreateLeadMutation, LeadSource, LeadStatus } from '../../__generated__/graphql';
import { Button, Problems, SelectField, TextField } from '../../ui';
import { fieldErrors } from '../../field-errors';
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
const EMPTY = { name: '', companyName: '', email: '', phone: '', source: 'OTHER', status: 'NEW', score: '' };

/** A new lead: who, their company, how to reach them, where they came from, how promising. */
export function LeadForm({ onCreated, onCancel }: { onCreated: () => void; onCancel: () => void }) {
  const [fields, setFields] = useState(EMPTY);
  const [answer, setAnswer] = useState<OperationResult<CreateLeadMutation> | null>(null);
  const [result, createLead] = useMutation(CreateLead);
  const errors = fieldErrors('new-lead', answer?.data?.createLead.userErrors, INPUTS);
  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = await createLead({
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
    setAnswer(next);
    if (next.data?.createLead.lead) onCreated();
  };

  const text = (
    name: keyof typeof EMPTY,
    label: string,
    props: { type?: string; maxLength?: number } = {},
  ) => (
    <div className="flex flex-col gap-3">
      <TextField
        label={label}
        value={fields[name]}
        onChange={set(name)}
        {...props}
        {...errors.control(name)}
      />
      {errors.message(name)}
    </div>
  );

  return (
    <form aria-label="New lead" onSubmit={submit} className="flex flex-col gap-3">
      <Problems error={answer?.error} userErrors={errors.rest} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-3">
          <TextField
            label="Name"
            required
            maxLength={200}
            value={fields.name}
            onChange={set('name')}
            {...errors.control('name')}
          />
          {errors.message('name')}
        </div>
        {text('companyName', 'Company name', { maxLength: 200 })}
        {text('email', 'E-mail', { type: 'email' })}
        {text('phone', 'Phone', { type: 'tel' })}
        <div className="flex flex-col gap-3">
          <SelectField
            label="Source"
            value={fields.source}
            onChange={set('source')}
            {...errors.control('source')}
          >
            {Object.entries(LEAD_SOURCES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          {errors.message('source')}
        </div>
        <div className="flex flex-col gap-3">
          <SelectField
            label="Status"
            value={fields.status}
            onChange={set('status')}
            {...errors.control('status')}
          >
            {Object.entries(LEAD_STATUSES)
              .filter(([value]) => value !== 'CONVERTED')
              .map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
          </SelectField>
          {errors.message('status')}
        </div>
        <div className="flex flex-col gap-3">
          <TextField
            label="Score (0–100)"
            type="number"
            inputMode="numeric"
            step={1}
            value={fields.score}
            onChange={set('score')}
            {...errors.control('score')}
          />
          {errors.message('score')}
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Saving…' : 'Create lead'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
