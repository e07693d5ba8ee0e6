import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { PaymentMethod } from '../__generated__/graphql';
import { fieldErrors } from '../field-errors';
import { Card, FormActions, Problems, SelectField, TextField } from '../ui';
import { useFields } from '../use-fields';
import { todayUtc } from './invoice-fields';

const RecordPaymentMutation = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      payment {
        id
      }
      invoice {
        ...InvoiceDetailFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const METHODS: ReadonlyArray<{ value: PaymentMethod; label: string }> = [
  { value: 'BANK_TRANSFER', label: 'Bank transfer' },
  { value: 'CARD', label: 'Card' },
  { value: 'CASH', label: 'Cash' },
  { value: 'CHECK', label: 'Cheque' },
  { value: 'OTHER', label: 'Other' },
];

const INPUTS = ['amount', 'date', 'reference', 'currency'];

/**
 * Records a payment received for a posted invoice: the amount (the residual unless changed), the day
 * it came, how and the reference. A refusal (more than is owed, a date before the invoice) shows at
 * its field and nothing is recorded; a recorded payment updates the invoice shown (its payload).
 */
export function RecordPaymentForm({
  invoiceId,
  residual,
  onDone,
}: {
  invoiceId: string;
  residual: { amount: string; currency: string };
  onDone: () => void;
}) {
  const [state, recordPayment] = useMutation(RecordPaymentMutation);
  const errors = fieldErrors(state.data?.recordPayment.userErrors, INPUTS);
  const { fields, bind } = useFields({ amount: residual.amount, date: todayUtc(), reference: '' }, errors);
  const [method, setMethod] = useState<PaymentMethod>('BANK_TRANSFER');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await recordPayment({
      input: {
        invoiceId,
        amount: fields.amount.trim(),
        currency: residual.currency,
        date: fields.date || null,
        method,
        reference: fields.reference.trim() || null,
      },
    });
    if (result.data?.recordPayment.payment) onDone();
  };

  return (
    <Card title="Record payment">
      <form
        aria-label="Record payment"
        noValidate
        onSubmit={(event) => void submit(event)}
        className="flex flex-col gap-3"
      >
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-4">
          <TextField label={`Amount (${residual.currency})`} inputMode="decimal" {...bind('amount')} />
          <TextField label="Payment date" type="date" {...bind('date')} />
          <SelectField
            label="Method"
            value={method}
            onChange={(event) => setMethod(event.target.value as PaymentMethod)}
          >
            {METHODS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
          <TextField label="Reference" maxLength={200} {...bind('reference')} />
        </div>
        <Problems error={state.error} userErrors={errors.rest} />
        <FormActions submit="Record payment" busyLabel="Recording…" busy={state.fetching} onCancel={onDone} />
      </form>
    </Card>
  );
}

/** How a payment method reads in the payments list. */
export function methodLabel(method: PaymentMethod): string {
  return METHODS.find((option) => option.value === method)?.label ?? method;
}
