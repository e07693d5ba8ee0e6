import type { InvoiceDetailFieldsFragment } from '../__generated__/graphql';
import { formatMoney } from '../ui';

/** An invoice's lines (with each line's tax rate and tax) and its subtotal, tax and total. */
export function InvoiceLinesTable({ invoice }: { invoice: InvoiceDetailFieldsFragment }) {
  const footer: Array<[string, { amount: string; currency: string }]> = [
    ['Subtotal', invoice.subtotal],
    ['Tax', invoice.taxTotal],
    ['Total', invoice.total],
  ];
  return (
    <div className="overflow-x-auto">
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
            <th scope="col" className="hidden py-1 pr-2 text-right sm:table-cell">
              Tax
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
              <td className="hidden py-2 pr-2 text-right tabular-nums sm:table-cell">
                {line.taxRate
                  ? `${formatMoney(line.tax)} (${line.taxRate.rate} %${line.taxRate.inclusive ? ' incl.' : ''})`
                  : 'None'}
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
              <th scope="row" colSpan={3} className="py-1 pr-2 text-right">
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
