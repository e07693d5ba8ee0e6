import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { fieldErrors } from '../field-errors';
import { FormActions, Problems, TextField } from '../ui';
import { useFields } from '../use-fields';

const CreateWarehouse = graphql(`
  mutation CreateWarehouse($input: CreateWarehouseInput!) {
    createWarehouse(input: $input) {
      warehouse {
        id
        code
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

const INPUTS = ['code', 'name', 'allowNegativeStock'] as const;

/** A new warehouse (it comes with its default location STOCK); erp's refusals under their field. */
export function WarehouseForm({
  onCreated,
  onCancel,
}: {
  onCreated: (warehouse: { code: string; name: string }) => void;
  onCancel: () => void;
}) {
  const [result, createWarehouse] = useMutation(CreateWarehouse);
  const errors = fieldErrors(result.data?.createWarehouse.userErrors, INPUTS);
  const { fields, bind } = useFields({ code: '', name: '' }, errors);
  const [allowNegativeStock, setAllowNegativeStock] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createWarehouse({ input: { ...fields, allowNegativeStock } });
    const warehouse = answer.data?.createWarehouse.warehouse;
    if (warehouse) onCreated(warehouse);
  };
  return (
    <form aria-label="New warehouse" onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
      <Problems error={result.error} userErrors={errors.rest} />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <TextField
          label="Code"
          required
          maxLength={20}
          placeholder="WH1"
          {...bind('code', (typed) => typed.toUpperCase())}
        />
        <TextField label="Name" required maxLength={200} {...bind('name')} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={allowNegativeStock}
          onChange={(event) => setAllowNegativeStock(event.target.checked)}
        />
        Allow negative stock
      </label>
      <FormActions submit="Create warehouse" busy={result.fetching} onCancel={onCancel} />
    </form>
  );
}
