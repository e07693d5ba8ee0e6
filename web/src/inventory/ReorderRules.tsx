import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { fieldErrors } from '../field-errors';
import { useCan } from '../permissions';
import { Card, Empty, FormActions, Problems, SelectField, TextField } from '../ui';
import { useFields } from '../use-fields';
import { useStockPlaces } from './stock-places';

export const ProductReorderRules = graphql(`
  fragment ProductReorderRules on Product {
    reorderRules {
      id
      minQuantity
      maxQuantity
      warehouse {
        id
        code
        name
      }
    }
  }
`);

const SetReorderRule = graphql(`
  mutation SetReorderRule($input: SetReorderRuleInput!) {
    setReorderRule(input: $input) {
      rule {
        id
        minQuantity
        maxQuantity
        warehouse {
          id
          code
          name
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const INPUTS = ['warehouseId', 'minQuantity', 'maxQuantity'] as const;

/** Sets (or replaces) the product's rule for one warehouse: reorder below min, up to max. */
function ReorderRuleForm({ productId }: { productId: string }) {
  const { warehouses } = useStockPlaces();
  const [result, setRule] = useMutation(SetReorderRule);
  const errors = fieldErrors(result.data?.setReorderRule.userErrors, INPUTS);
  const { fields, bind, setFields } = useFields(
    { warehouseId: '', minQuantity: '', maxQuantity: '' },
    errors,
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await setRule({ input: { productId, ...fields } });
    if (answer.data?.setReorderRule.rule) setFields({ warehouseId: '', minQuantity: '', maxQuantity: '' });
  };
  return (
    <form
      aria-label="Set reorder rule"
      onSubmit={(event) => void submit(event)}
      className="mt-3 flex flex-col gap-3"
    >
      <Problems error={result.error} userErrors={errors.rest} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label="Warehouse" required {...bind('warehouseId')}>
          <option value="">Choose…</option>
          {warehouses.map((warehouse) => (
            <option key={warehouse.id} value={warehouse.id}>
              {warehouse.code} {warehouse.name}
            </option>
          ))}
        </SelectField>
        <TextField label="Minimum" inputMode="decimal" required {...bind('minQuantity')} />
        <TextField label="Maximum" inputMode="decimal" required {...bind('maxQuantity')} />
      </div>
      <FormActions submit="Set rule" busy={result.fetching} />
    </form>
  );
}

/** When to reorder the product, per warehouse; a role with `erp.reorder:write` sets the rules. */
export function ReorderRules({
  product: masked,
  productId,
}: {
  product: FragmentType<typeof ProductReorderRules>;
  productId: string;
}) {
  const { reorderRules } = getFragmentData(ProductReorderRules, masked);
  const canWrite = useCan('erp.reorder:write');
  const [adding, setAdding] = useState(false);
  if (!reorderRules) return null;
  return (
    <Card title="Reorder rules">
      {reorderRules.length === 0 ? (
        <Empty>No reorder rule.</Empty>
      ) : (
        <ul aria-label="Reorder rules" className="-mx-4 divide-y divide-slate-200 text-sm">
          {reorderRules.map((rule) => (
            <li key={rule.id} className="flex flex-wrap justify-between gap-x-3 px-4 py-2">
              <span className="font-medium">{rule.warehouse.code}</span>
              <span className="tabular-nums text-slate-600">
                below {rule.minQuantity}, refill to {rule.maxQuantity}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canWrite &&
        (adding ? (
          <ReorderRuleForm productId={productId} />
        ) : (
          <button
            type="button"
            className="mt-3 text-sm text-indigo-700 underline"
            onClick={() => setAdding(true)}
          >
            Set a reorder rule
          </button>
        ))}
    </Card>
  );
}
