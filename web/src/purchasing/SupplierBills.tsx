import type { PurchaseOrderDetailFieldsFragment } from '../__generated__/graphql';
import { Card, formatDate, formatMoney } from '../ui';

/** The supplier bills recorded against an order, with their totals and any price difference. */
export function SupplierBills({ order }: { order: PurchaseOrderDetailFieldsFragment }) {
  return (
    <Card title="Supplier bills">
      {order.bills.length === 0 ? (
        <p className="text-sm text-slate-500">No bills yet.</p>
      ) : (
        <ul aria-label="Supplier bills" className="-mx-4 divide-y divide-slate-200 text-sm">
          {order.bills.map((bill) => (
            <li key={bill.id} className="flex flex-wrap items-baseline gap-x-3 px-4 py-2">
              <span className="font-medium">{bill.number}</span>
              <span>{formatDate(bill.billDate)}</span>
              {bill.supplierReference && <span className="text-slate-500">{bill.supplierReference}</span>}
              {Number(bill.priceDifference.amount) !== 0 && (
                <span className="text-slate-500">price difference {formatMoney(bill.priceDifference)}</span>
              )}
              <span className="ml-auto font-medium tabular-nums">{formatMoney(bill.total)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
