import type { InvoiceDetailFieldsFragment } from '../__generated__/graphql';
import { Card, formatDate, formatMoney } from '../ui';
import { methodLabel } from './RecordPaymentForm';

/** What settled a posted invoice so far: its payments and its credit notes, each in its own list. */
export function InvoiceSettlements({ invoice }: { invoice: InvoiceDetailFieldsFragment }) {
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Card title="Payments">
        {invoice.payments.length === 0 ? (
          <p className="text-sm text-slate-500">No payments yet.</p>
        ) : (
          <ul aria-label="Payments" className="-mx-4 divide-y divide-slate-200 text-sm">
            {invoice.payments.map((payment) => (
              <li key={payment.id} className="flex flex-wrap items-baseline gap-x-3 px-4 py-2">
                <span>{formatDate(payment.date)}</span>
                <span className="text-slate-500">{methodLabel(payment.method)}</span>
                {payment.reference && <span className="break-all text-slate-500">{payment.reference}</span>}
                <span className="ml-auto font-medium tabular-nums">{formatMoney(payment.amount)}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Credit notes">
        {invoice.creditNotes.length === 0 ? (
          <p className="text-sm text-slate-500">No credit notes.</p>
        ) : (
          <ul aria-label="Credit notes" className="-mx-4 divide-y divide-slate-200 text-sm">
            {invoice.creditNotes.map((note) => (
              <li key={note.id} className="flex flex-wrap items-baseline gap-x-3 px-4 py-2">
                <span className="font-medium">{note.number}</span>
                <span>{formatDate(note.date)}</span>
                <span className="break-words text-slate-500">{note.reason}</span>
                <span className="ml-auto font-medium tabular-nums">{formatMoney(note.amount)}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
