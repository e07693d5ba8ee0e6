import { type ReactNode, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData, graphql } from '../__generated__';
import { useCan } from '../permissions';
import { Button, Card, Empty, Loading, PageHeader, Problems } from '../ui';
import { CreditNoteForm } from './CreditNoteForm';
import { InvoiceDetailFields } from './invoice-fields';
import { InvoiceForm } from './InvoiceForm';
import { InvoiceLinesTable } from './InvoiceLinesTable';
import { InvoiceSettlements } from './InvoiceSettlements';
import { InvoiceSummary } from './InvoiceSummary';
import { RecordPaymentForm } from './RecordPaymentForm';

const InvoiceDetailQuery = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      id
      ...InvoiceDetailFields
    }
  }
`);

const PostInvoiceMutation = graphql(`
  mutation PostInvoice($input: PostInvoiceInput!) {
    postInvoice(input: $input) {
      invoice {
        ...InvoiceDetailFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);

type Panel = 'none' | 'edit' | 'confirm-post' | 'payment' | 'credit';

/**
 * One invoice: its customer, dates, lines, amounts and what settled it. A draft can be edited and
 * posted (after a confirmation, since a posted invoice never changes again); a posted one with
 * something owed takes payments and credit notes. Each action shows only to a role allowed it.
 */
export function InvoiceDetail({ id, back }: { id: string; back: ReactNode }) {
  const canWrite = useCan('erp.invoice:write');
  const canPost = useCan('erp.invoice:post');
  const canPay = useCan('erp.payment:write');
  const canCredit = useCan('erp.credit-note:write');
  const [{ data, fetching, error }] = useQuery({ query: InvoiceDetailQuery, variables: { id } });
  const [posting, postInvoice] = useMutation(PostInvoiceMutation);
  const [panel, setPanel] = useState<Panel>('none');
  const close = () => setPanel('none');

  if (!data) {
    return (
      <>
        <PageHeader title="Invoice">{back}</PageHeader>
        {fetching ? <Loading what="the invoice" /> : <Problems error={error} />}
      </>
    );
  }
  if (!data.invoice) {
    return (
      <>
        <PageHeader title="Invoice">{back}</PageHeader>
        <Empty>There is no such invoice in this organisation.</Empty>
      </>
    );
  }
  const invoice = getFragmentData(InvoiceDetailFields, data.invoice);

  const post = async () => {
    const result = await postInvoice({ input: { id: invoice.id } });
    if (result.data?.postInvoice.invoice) close();
  };
  const draft = invoice.status === 'DRAFT';
  const open = invoice.status === 'POSTED' || invoice.status === 'PARTIALLY_PAID';

  if (panel === 'edit' && draft) {
    return (
      <>
        <PageHeader title={`Edit ${invoice.number}`}>{back}</PageHeader>
        <InvoiceForm draft={invoice} onSaved={close} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={`Invoice ${invoice.number}`}>{back}</PageHeader>
      <div className="flex flex-col gap-4">
        <InvoiceSummary invoice={invoice} />
        <Card title="Lines">
          <InvoiceLinesTable invoice={invoice} />
        </Card>
        {!draft && <InvoiceSettlements invoice={invoice} />}

        {!draft && (
          <p className="text-sm text-slate-600">
            This invoice is posted: it can no longer be changed.
            {open ? ' Payments and credit notes settle it.' : ''}
          </p>
        )}
        {panel === 'none' && (
          <div className="flex flex-wrap gap-2">
            {draft && canWrite && (
              <Button variant="secondary" onClick={() => setPanel('edit')}>
                Edit draft
              </Button>
            )}
            {draft && canPost && <Button onClick={() => setPanel('confirm-post')}>Post invoice</Button>}
            {open && canPay && <Button onClick={() => setPanel('payment')}>Record payment</Button>}
            {open && canCredit && (
              <Button variant="secondary" onClick={() => setPanel('credit')}>
                Issue credit note
              </Button>
            )}
          </div>
        )}
        {panel === 'confirm-post' && draft && (
          <Card title={`Post ${invoice.number}?`}>
            <p className="mb-3 text-sm">
              Posting issues the invoice to {invoice.customer.name}. A posted invoice can never be changed.
            </p>
            <div className="flex flex-wrap gap-2">
              <Button disabled={posting.fetching} onClick={() => void post()}>
                {posting.fetching ? 'Posting…' : 'Yes, post it'}
              </Button>
              <Button variant="secondary" onClick={close}>
                Cancel
              </Button>
            </div>
          </Card>
        )}
        {panel === 'payment' && open && (
          <RecordPaymentForm invoiceId={invoice.id} residual={invoice.residual} onDone={close} />
        )}
        {panel === 'credit' && open && (
          <CreditNoteForm invoiceId={invoice.id} currency={invoice.currency} onDone={close} />
        )}
        <Problems error={posting.error} userErrors={posting.data?.postInvoice.userErrors} />
      </div>
    </>
  );
}
