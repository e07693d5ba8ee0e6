import type { InvoiceStatus } from '../__generated__/graphql';

const LOOK: Record<InvoiceStatus, { label: string; className: string }> = {
  DRAFT: { label: 'Draft', className: 'bg-amber-100 text-amber-900' },
  POSTED: { label: 'Posted', className: 'bg-emerald-100 text-emerald-900' },
  PARTIALLY_PAID: { label: 'Partially paid', className: 'bg-sky-100 text-sky-900' },
  PAID: { label: 'Paid', className: 'bg-slate-200 text-slate-900' },
};

/** An invoice's status as a word (never colour alone). */
export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const look = LOOK[status];
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${look.className}`}>
      {look.label}
    </span>
  );
}
