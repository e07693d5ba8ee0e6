import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { PurchaseOrderDetailFieldsFragment } from '../__generated__/graphql';
import { fieldErrors } from '../field-errors';
import { todayUtc } from '../erp/invoice-fields';
import { Card, FormActions, Problems, TextField } from '../ui';
import { lineErrorsOf } from './line-errors';
import { quantityLeft } from './purchase-order-fields';

const CreateSupplierBillMutation = graphql(`
  mutation CreateSupplierBill($input: CreateSupplierBillInput!) {
    createSupplierBill(input: $input) {
      supplierBill {
        id
        number
        purchaseOrder {
          ...PurchaseOrderDetailFields
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

interface BillLine {
  quantity: string;
  unitCost: string;
}

/**
 * Records the supplier's bill for received goods (three-way match): per line received and not yet
 * billed, how many and at what unit cost (what was received and the order's cost unless changed),
 * the bill date and the supplier's reference. Billing more than was received is refused at the line
 * (OVER_BILLING), nothing recorded.
 */
export function SupplierBillForm({
  order,
  onDone,
}: {
  order: PurchaseOrderDetailFieldsFragment;
  onDone: () => void;
}) {
  const billable = order.lines.filter(
    (line) => Number(quantityLeft(line.receivedQuantity, line.billedQuantity)) > 0,
  );
  const [lines, setLines] = useState<Record<string, BillLine>>(() =>
    Object.fromEntries(
      billable.map((line) => [
        line.id,
        {
          quantity: quantityLeft(line.receivedQuantity, line.billedQuantity),
          unitCost: line.unitCost.amount,
        },
      ]),
    ),
  );
  const [billDate, setBillDate] = useState(todayUtc());
  const [reference, setReference] = useState('');
  const [sent, setSent] = useState<string[]>([]);
  const [state, createBill] = useMutation(CreateSupplierBillMutation);
  const userErrors = state.data?.createSupplierBill.userErrors;
  const byLine = lineErrorsOf(userErrors, sent, ['quantity', 'unitCost']);
  const topLevel = fieldErrors(byLine.rest, ['billDate', 'supplierReference']);

  const change = (lineId: string, patch: Partial<BillLine>) =>
    setLines({ ...lines, [lineId]: { ...(lines[lineId] ?? { quantity: '', unitCost: '' }), ...patch } });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = billable
      .map((line) => ({
        lineId: line.id,
        quantity: (lines[line.id]?.quantity ?? '').trim(),
        unitCost: (lines[line.id]?.unitCost ?? '').trim(),
      }))
      .filter((line) => line.quantity !== '' && Number(line.quantity) !== 0);
    setSent(input.map((line) => line.lineId));
    const result = await createBill({
      input: {
        purchaseOrderId: order.id,
        currency: order.currency,
        billDate: billDate || null,
        supplierReference: reference.trim() || null,
        lines: input,
      },
    });
    if (result.data?.createSupplierBill.supplierBill) onDone();
  };

  return (
    <Card title="Record supplier bill">
      <form
        aria-label="Record supplier bill"
        noValidate
        onSubmit={(event) => void submit(event)}
        className="flex flex-col gap-3"
      >
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField
            label="Bill date"
            type="date"
            value={billDate}
            error={topLevel.of('billDate')}
            onChange={(event) => setBillDate(event.target.value)}
          />
          <TextField
            label="Supplier's reference"
            maxLength={100}
            value={reference}
            error={topLevel.of('supplierReference')}
            onChange={(event) => setReference(event.target.value)}
          />
        </div>
        {billable.map((line) => {
          const number = order.lines.indexOf(line) + 1;
          return (
            <fieldset key={line.id} className="rounded border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium text-slate-700">
                Line {number}
                {line.product ? `: ${line.product.sku} ${line.product.name}` : ''}
              </legend>
              <p className="mb-2 text-xs text-slate-500">
                Received {line.receivedQuantity}, billed {line.billedQuantity}
              </p>
              <div className="grid grid-cols-2 gap-3">
                <TextField
                  label={`Quantity billed, line ${number}`}
                  inputMode="decimal"
                  value={lines[line.id]?.quantity ?? ''}
                  error={byLine.at(line.id, 'quantity')}
                  onChange={(event) => change(line.id, { quantity: event.target.value })}
                />
                <TextField
                  label={`Unit cost (${order.currency}), line ${number}`}
                  inputMode="decimal"
                  value={lines[line.id]?.unitCost ?? ''}
                  error={byLine.at(line.id, 'unitCost')}
                  onChange={(event) => change(line.id, { unitCost: event.target.value })}
                />
              </div>
            </fieldset>
          );
        })}
        <Problems error={state.error} userErrors={topLevel.rest} />
        <FormActions submit="Record bill" busyLabel="Recording…" busy={state.fetching} onCancel={onDone} />
      </form>
    </Card>
  );
}
