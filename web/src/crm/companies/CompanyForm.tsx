import type { FormEvent } from 'react';
import { FormActions, Problems, TextField } from '../../ui';
import { fieldErrors, type FieldedError } from '../../field-errors';
import { useFields } from '../../use-fields';

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
  initial = { name: '', domain: '', industry: '' },
  submitLabel,
  busy,
  userErrors,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: CompanyFields;
  submitLabel: string;
  busy: boolean;
  userErrors?: ReadonlyArray<FieldedError>;
  error?: Parameters<typeof Problems>[0]['error'];
  onSubmit: (fields: CompanyFields) => void;
  onCancel?: () => void;
}) {
  const errors = fieldErrors(userErrors, INPUTS);
  const { fields, bind } = useFields(initial, errors);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(fields);
  };

  return (
    <form aria-label={submitLabel} onSubmit={submit} className="flex flex-col gap-3">
      <Problems error={error} userErrors={errors.rest} />
      <TextField label="Name" required maxLength={200} {...bind('name')} />
      <TextField label="Domain" placeholder="acme.com" {...bind('domain')} />
      <TextField label="Industry" placeholder="Software" maxLength={100} {...bind('industry')} />
      <FormActions submit={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
