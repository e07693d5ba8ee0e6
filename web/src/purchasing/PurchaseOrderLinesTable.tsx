import type { PurchaseOrderDetailFieldsFragment } from '../__generated__/graphql';
import { formatMoney } from '../ui';

/** An order's lines: product, destination, ordered, received and billed, cost and amount; then totals. */
export function PurchaseOrderLinesTable({ order }: { order: PurchaseOrderDetailFieldsFragment }) {
  const footer: Array<[string, { amount: string; currency: string }]> = [
    ['Subtotal', order.subtotal],
    ['Tax', order.taxTotal],
    ['Total', order.total],
  ];
  return (
    <div className="overflow-x-auto">
      <table aria-label="Order lines" className="w-full text-left text-sm">
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-2">
              Product
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              Ordered
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              Received
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              Billed
            </th>
            <th scope="col" className="hidden py-1 pr-2 text-right sm:table-cell">
              Unit cost
            </th>
            <th scope="col" className="py-1 text-right">
              Amount
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {order.lines.map((line) => (
            <tr key={line.id}>
              <td className="py-2 pr-2">
                <span className="font-medium">
                  {line.product ? `${line.product.sku} ${line.product.name}` : '—'}
                </span>
                <span className="block text-xs text-slate-500">
                  {line.location ? `To ${line.location.fullCode}` : ''}
                  {line.taxRate ? ` · tax ${line.taxRate} %` : ''}
                </span>
              </td>
              <td className="py-2 pr-2 text-right tabular-nums">{line.quantity}</td>
              <td className="py-2 pr-2 text-right tabular-nums">{line.receivedQuantity}</td>
              <td className="py-2 pr-2 text-right tabular-nums">{line.billedQuantity}</td>
              <td className="hidden py-2 pr-2 text-right tabular-nums sm:table-cell">
                {formatMoney(line.unitCost)}
              </td>
              <td className="py-2 text-right tabular-nums">{formatMoney(line.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {footer.map(([label, money]) => (
            <tr
              key={label}
              className={label === 'Total' ? 'border-t border-slate-300 font-semibold' : 'text-slate-600'}
            >
              <th scope="row" colSpan={4} className="py-1 pr-2 text-right">
                {label}
              </th>
              <td className="hidden sm:table-cell" />
              <td className="py-1 text-right tabular-nums">{formatMoney(money)}</td>
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
