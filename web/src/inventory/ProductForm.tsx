import type { FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { fieldErrors, type FieldedError } from '../field-errors';
import { FormActions, Problems, SelectField, TextField } from '../ui';
import { useFields } from '../use-fields';
import { UNITS } from './units';

export interface ProductFields {
  sku: string;
  name: string;
  unit: string;
  currency: string;
  costPrice: string;
  salePrice: string;
}

const INPUTS = ['sku', 'name', 'unit', 'currency', 'costPrice', 'salePrice'] as const;

export const NEW_PRODUCT: ProductFields = {
  sku: '',
  name: '',
  unit: 'unit',
  currency: 'USD',
  costPrice: '0.00',
  salePrice: '0.00',
};

/**
 * A product's SKU, name, unit, currency and prices, for a new one or a change. erp checks them (a
 * SKU unique in the tenant, prices with the currency's digits, unit and currency fixed once stock
 * moved): its userErrors show under the field at fault.
 */
export function ProductForm({
  initial = NEW_PRODUCT,
  submitLabel,
  busy,
  userErrors,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: ProductFields;
  submitLabel: string;
  busy: boolean;
  userErrors?: ReadonlyArray<FieldedError>;
  error?: CombinedError;
  onSubmit: (fields: ProductFields) => void;
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
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="SKU" required maxLength={64} placeholder="CHAIR-01" {...bind('sku')} />
        <TextField label="Name" required maxLength={200} {...bind('name')} />
        <SelectField label="Unit" {...bind('unit')}>
          {UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {unit}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Currency"
          required
          maxLength={3}
          autoCapitalize="characters"
          {...bind('currency', (typed) => typed.toUpperCase())}
        />
        <TextField label="Cost price" inputMode="decimal" required {...bind('costPrice')} />
        <TextField label="Sale price" inputMode="decimal" required {...bind('salePrice')} />
      </div>
      <FormActions submit={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
