import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { PurchaseOrderDetailFieldsFragment } from '../__generated__/graphql';
import { Card, FormActions, Problems, TextField } from '../ui';
import { lineErrorsOf } from './line-errors';
import { quantityLeft } from './purchase-order-fields';

const ReceivePurchaseOrderMutation = graphql(`
  mutation ReceivePurchaseOrder($input: ReceivePurchaseOrderInput!) {
    receivePurchaseOrder(input: $input) {
      purchaseOrder {
        ...PurchaseOrderDetailFields
      }
      moves {
        id
        product {
          id
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type OrderLine = PurchaseOrderDetailFieldsFragment['lines'][number];

function lineName(line: OrderLine, number: number): string {
  return line.product ? `${line.product.sku} ${line.product.name}` : `Line ${number}`;
}

/**
 * Receives goods of a confirmed order: per line still expected, how many arrived (what is still
 * expected unless changed; blank or 0 to skip the line). More than expected is refused at that
 * line (OVER_RECEIPT) with nothing received; a receipt puts the goods in stock at the line's cost.
 */
export function ReceiveForm({
  order,
  onDone,
}: {
  order: PurchaseOrderDetailFieldsFragment;
  onDone: () => void;
}) {
  const open = order.lines.filter((line) => Number(quantityLeft(line.quantity, line.receivedQuantity)) > 0);
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(open.map((line) => [line.id, quantityLeft(line.quantity, line.receivedQuantity)])),
  );
  const [sent, setSent] = useState<string[]>([]);
  const [state, receive] = useMutation(ReceivePurchaseOrderMutation);
  const errors = lineErrorsOf(state.data?.receivePurchaseOrder.userErrors, sent, ['quantity']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const lines = open
      .map((line) => ({ lineId: line.id, quantity: (quantities[line.id] ?? '').trim() }))
      .filter((line) => line.quantity !== '' && Number(line.quantity) !== 0);
    setSent(lines.map((line) => line.lineId));
    const result = await receive({ input: { purchaseOrderId: order.id, lines } });
    if (result.data?.receivePurchaseOrder.purchaseOrder) onDone();
  };

  return (
    <Card title="Receive goods">
      <form
        aria-label="Receive goods"
        noValidate
        onSubmit={(event) => void submit(event)}
        className="flex flex-col gap-3"
      >
        {open.map((line) => {
          const number = order.lines.indexOf(line) + 1;
          return (
            <div
              key={line.id}
              className="grid grid-cols-1 gap-2 sm:grid-cols-[minmax(0,1fr)_12rem] sm:items-start"
            >
              <p className="text-sm">
                <span className="font-medium">{lineName(line, number)}</span>
                <span className="block text-slate-500">
                  Ordered {line.quantity}, received {line.receivedQuantity}
                </span>
              </p>
              <TextField
                label={`Quantity received, line ${number}`}
                inputMode="decimal"
                value={quantities[line.id] ?? ''}
                error={errors.at(line.id, 'quantity')}
                onChange={(event) => setQuantities({ ...quantities, [line.id]: event.target.value })}
              />
            </div>
          );
        })}
        <Problems error={state.error} userErrors={errors.rest} />
        <FormActions submit="Receive" busyLabel="Receiving…" busy={state.fetching} onCancel={onDone} />
      </form>
    </Card>
  );
}
