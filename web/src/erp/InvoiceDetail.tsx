import { type ReactNode, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../__generated__';
import { useCan } from '../permissions';
import { Button, Card, Empty, formatDate, formatMoney, Loading, PageHeader, Problems } from '../ui';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

const InvoiceDetailQuery = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      id
      number
      status
      currency
      issuedAt
      createdAt
      customer {
        id
        name
      }
      total {
        amount
        currency
      }
      lines {
        description
        quantity
        unitPrice {
          amount
          currency
        }
        amount {
          amount
          currency
        }
      }
    }
  }
`);

const PostInvoiceMutation = graphql(`
  mutation PostInvoice($input: PostInvoiceInput!) {
    postInvoice(input: $input) {
      invoice {
        id
        number
        status
        issuedAt
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/**
 * One invoice: its customer, lines and total. A draft can be posted (after a confirmation, since a
 * posted invoice can never change again); a posted one is read-only.
 */
export function InvoiceDetail({ id, back }: { id: string; back: ReactNode }) {
  const canWrite = useCan('erp.invoice:write');
  const [{ data, fetching, error }] = useQuery({ query: InvoiceDetailQuery, variables: { id } });
  const [posting, postInvoice] = useMutation(PostInvoiceMutation);
  const [confirming, setConfirming] = useState(false);
  const invoice = data?.invoice;

  if (!data) {
    return (
      <>
        <PageHeader title="Invoice">{back}</PageHeader>
        {fetching ? <Loading what="the invoice" /> : <Problems error={error} />}
      </>
    );
  }
  if (!invoice) {
    return (
      <>
        <PageHeader title="Invoice">{back}</PageHeader>
        <Empty>There is no such invoice in this organisation.</Empty>
      </>
    );
  }

  const post = async () => {
    const result = await postInvoice({ input: { id: invoice.id } });
    if (result.data?.postInvoice.invoice) setConfirming(false);
  };
  const canPost = invoice.status === 'DRAFT' && canWrite;

  return (
    <>
      <PageHeader title={`Invoice ${invoice.number}`}>{back}</PageHeader>
      <div className="flex flex-col gap-4">
        <Card>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-3 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-slate-500">Number</dt>
              <dd className="font-medium">{invoice.number}</dd>
            </div>
            <div>
              <dt className="text-slate-500">Status</dt>
              <dd>
                <InvoiceStatusBadge status={invoice.status} />
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Customer</dt>
              <dd className="break-words">{invoice.customer.name}</dd>
            </div>
            <div>
              <dt className="text-slate-500">Total</dt>
              <dd className="font-medium tabular-nums">{formatMoney(invoice.total)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">Created</dt>
              <dd>{formatDate(invoice.createdAt)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">Issued</dt>
              <dd>{invoice.issuedAt ? formatDate(invoice.issuedAt) : 'Not yet (draft)'}</dd>
            </div>
            <div>
              <dt className="text-slate-500">Currency</dt>
              <dd>{invoice.currency}</dd>
            </div>
          </dl>
        </Card>

        <Card title="Lines">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-1 pr-2">
                  Description
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  Qty
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  Unit price
                </th>
                <th scope="col" className="py-1 text-right">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {invoice.lines.map((line, index) => (
                <tr key={index}>
                  <td className="break-words py-2 pr-2">{line.description}</td>
                  <td className="py-2 pr-2 text-right tabular-nums">{line.quantity}</td>
                  <td className="py-2 pr-2 text-right tabular-nums">{formatMoney(line.unitPrice)}</td>
                  <td className="py-2 text-right tabular-nums">{formatMoney(line.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t border-slate-300 font-semibold">
                <th scope="row" colSpan={3} className="py-2 pr-2 text-right">
                  Total
                </th>
                <td className="py-2 text-right tabular-nums">{formatMoney(invoice.total)}</td>
              </tr>
            </tfoot>
          </table>
        </Card>

        {invoice.status !== 'DRAFT' && (
          <p className="text-sm text-slate-600">This invoice is posted: it can no longer be changed.</p>
        )}
        {canPost && !confirming && (
          <div>
            <Button onClick={() => setConfirming(true)}>Post invoice</Button>
          </div>
        )}
        {canPost && confirming && (
          <Card title={`Post ${invoice.number}?`}>
            <p className="mb-3 text-sm">
              Posting issues the invoice to {invoice.customer.name}. A posted invoice can never be changed.
            </p>
            <div className="flex flex-wrap gap-2">
              <Button disabled={posting.fetching} onClick={() => void post()}>
                {posting.fetching ? 'Posting…' : 'Yes, post it'}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            </div>
          </Card>
        )}
        <Problems error={posting.error} userErrors={posting.data?.postInvoice.userErrors} />
      </div>
    </>
  );
}
