import type { FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { fieldErrors } from '../field-errors';
import { FormActions, Problems, TextField } from '../ui';
import { useFields } from '../use-fields';

const CreateStockLocation = graphql(`
  mutation CreateStockLocation($input: CreateStockLocationInput!) {
    createStockLocation(input: $input) {
      location {
        id
        fullCode
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const INPUTS = ['code', 'name'] as const;

/** A new location (shelf, zone, bin) in one warehouse; the code is unique in the warehouse. */
export function LocationForm({
  warehouseId,
  warehouseCode,
  onDone,
}: {
  warehouseId: string;
  warehouseCode: string;
  onDone: () => void;
}) {
  const [result, createLocation] = useMutation(CreateStockLocation);
  const errors = fieldErrors(result.data?.createStockLocation.userErrors, INPUTS);
  const { fields, bind } = useFields({ code: '', name: '' }, errors);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createLocation({ input: { warehouseId, ...fields } });
    if (answer.data?.createStockLocation.location) onDone();
  };
  return (
    <form
      aria-label={`New location in ${warehouseCode}`}
      onSubmit={(event) => void submit(event)}
      className="mt-3 flex flex-col gap-3"
    >
      <Problems error={result.error} userErrors={errors.rest} />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <TextField
          label="Location code"
          required
          maxLength={20}
          placeholder="A-01"
          {...bind('code', (typed) => typed.toUpperCase())}
        />
        <TextField label="Location name" required maxLength={200} {...bind('name')} />
      </div>
      <FormActions submit="Add location" busy={result.fetching} onCancel={onDone} />
    </form>
  );
}
