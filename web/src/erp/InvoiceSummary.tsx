import type { ReactNode } from 'react';
import type { InvoiceDetailFieldsFragment } from '../__generated__/graphql';
import { Card, formatDate, formatMoney } from '../ui';
import { isOverdue } from './invoice-fields';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** An invoice's heading facts: status, customer, dates (an overdue due date marked in words), amounts. */
export function InvoiceSummary({ invoice }: { invoice: InvoiceDetailFieldsFragment }) {
  const overdue = isOverdue(invoice);
  return (
    <Card>
      <dl aria-label="Invoice summary" className="grid grid-cols-2 gap-x-4 gap-y-3 text-sm sm:grid-cols-4">
        <Item label="Number">
          <span className="font-medium">{invoice.number}</span>
        </Item>
        <Item label="Status">
          <InvoiceStatusBadge status={invoice.status} />
        </Item>
        <Item label="Customer">
          <span className="break-words">{invoice.customer.name}</span>
        </Item>
        <Item label="Currency">{invoice.currency}</Item>
        <Item label="Invoice date">{formatDate(invoice.invoiceDate)}</Item>
        <Item label="Due date">
          <span className={overdue ? 'font-semibold text-red-700' : ''}>
            {formatDate(invoice.dueDate)}
            {overdue && ' (overdue)'}
          </span>
        </Item>
        <Item label="Issued">{invoice.issuedAt ? formatDate(invoice.issuedAt) : 'Not yet (draft)'}</Item>
        <Item label="Created">{formatDate(invoice.createdAt)}</Item>
        <Item label="Subtotal">
          <span className="tabular-nums">{formatMoney(invoice.subtotal)}</span>
        </Item>
        <Item label="Tax">
          <span className="tabular-nums">{formatMoney(invoice.taxTotal)}</span>
        </Item>
        <Item label="Total">
          <span className="font-medium tabular-nums">{formatMoney(invoice.total)}</span>
        </Item>
        <Item label="Amount paid">
          <span className="tabular-nums">{formatMoney(invoice.amountPaid)}</span>
        </Item>
        {Number(invoice.amountCredited.amount) !== 0 && (
          <Item label="Credited">
            <span className="tabular-nums">{formatMoney(invoice.amountCredited)}</span>
          </Item>
        )}
        <Item label="Residual">
          <output aria-label="Residual" className="font-semibold tabular-nums">
            {formatMoney(invoice.residual)}
          </output>
        </Item>
      </dl>
    </Card>
  );
}
