import type { PurchaseOrderStatus } from '../__generated__/graphql';

const LOOK: Record<PurchaseOrderStatus, { label: string; className: string }> = {
  DRAFT: { label: 'Draft', className: 'bg-amber-100 text-amber-900' },
  CONFIRMED: { label: 'Confirmed', className: 'bg-indigo-100 text-indigo-900' },
  PARTIALLY_RECEIVED: { label: 'Partially received', className: 'bg-sky-100 text-sky-900' },
  RECEIVED: { label: 'Received', className: 'bg-emerald-100 text-emerald-900' },
  CANCELLED: { label: 'Cancelled', className: 'bg-slate-200 text-slate-900' },
};

/** A purchase order's status as a word (never colour alone). */
export function PurchaseOrderStatusBadge({ status }: { status: PurchaseOrderStatus }) {
  const look = LOOK[status];
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${look.className}`}>
      {look.label}
    </span>
  );
}

export const PURCHASE_ORDER_STATUSES: ReadonlyArray<{ value: PurchaseOrderStatus; label: string }> = (
  Object.keys(LOOK) as PurchaseOrderStatus[]
).map((value) => ({ value, label: LOOK[value].label }));
