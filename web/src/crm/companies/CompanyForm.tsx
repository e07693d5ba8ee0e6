import { type FormEvent, useState } from 'react';
import { Button, Problems, TextField } from '../../ui';
import { fieldErrors, type FieldedError } from '../../field-errors';

export interface CompanyFields {
  name: string;
  domain: string;
  industry: string;
}

const INPUTS = ['name', 'domain', 'industry'] as const;

/**
 * Name, domain and industry of a company, for creating one or changing one. The server checks them
 * (a domain like `acme.com`, unique in the tenant): its userErrors show under the field at fault.
 */
export function CompanyForm({
  id,
  initial = { name: '', domain: '', industry: '' },
  submitLabel,
  busy,
  userErrors,
  error,
  onSubmit,
  onCancel,
}: {
  id: string;
  initial?: CompanyFields;
  submitLabel: string;
  busy: boolean;
  userErrors?: ReadonlyArray<FieldedError>;
  error?: Parameters<typeof Problems>[0]['error'];
  onSubmit: (fields: CompanyFields) => void;
  onCancel?: () => void;
}) {
  const [fields, setFields] = useState(initial);
  const errors = fieldErrors(id, userErrors, INPUTS);
  const set = (name: keyof CompanyFields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(fields);
  };

  return (
    <form aria-label={submitLabel} onSubmit={submit} className="flex flex-col gap-3">
      <Problems error={error} userErrors={errors.rest} />
      <TextField
        label="Name"
        required
        maxLength={200}
        value={fields.name}
        onChange={set('name')}
        {...errors.control('name')}
      />
      {errors.message('name')}
      <TextField
        label="Domain"
        placeholder="acme.com"
        value={fields.domain}
        onChange={set('domain')}
        {...errors.control('domain')}
      />
      {errors.message('domain')}
      <TextField
        label="Industry"
        placeholder="Software"
        maxLength={100}
        value={fields.industry}
        onChange={set('industry')}
        {...errors.control('industry')}
      />
      {errors.message('industry')}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
