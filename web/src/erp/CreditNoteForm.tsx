import type { FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { fieldErrors } from '../field-errors';
import { Card, FormActions, Problems, TextField } from '../ui';
import { useFields } from '../use-fields';

const CreateCreditNoteMutation = graphql(`
  mutation CreateCreditNote($input: CreateCreditNoteInput!) {
    createCreditNote(input: $input) {
      creditNote {
        id
        number
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

const INPUTS = ['amount', 'reason', 'date', 'currency'];

/**
 * Issues a credit note against a posted invoice: how much (tax included, at most the residual) and
 * why. Refusals show at their field; an issued note updates the invoice shown.
 */
export function CreditNoteForm({
  invoiceId,
  currency,
  onDone,
}: {
  invoiceId: string;
  currency: string;
  onDone: () => void;
}) {
  const [state, createCreditNote] = useMutation(CreateCreditNoteMutation);
  const errors = fieldErrors(state.data?.createCreditNote.userErrors, INPUTS);
  const { fields, bind } = useFields({ amount: '', reason: '' }, errors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await createCreditNote({
      input: { invoiceId, amount: fields.amount.trim(), reason: fields.reason.trim(), currency },
    });
    if (result.data?.createCreditNote.creditNote) onDone();
  };

  return (
    <Card title="Issue credit note">
      <form
        aria-label="Issue credit note"
        noValidate
        onSubmit={(event) => void submit(event)}
        className="flex flex-col gap-3"
      >
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
          <TextField label={`Credit amount (${currency})`} inputMode="decimal" {...bind('amount')} />
          <TextField label="Reason" maxLength={500} {...bind('reason')} />
        </div>
        <Problems error={state.error} userErrors={errors.rest} />
        <FormActions
          submit="Issue credit note"
          busyLabel="Issuing…"
          busy={state.fetching}
          onCancel={onDone}
        />
      </form>
    </Card>
  );
}
