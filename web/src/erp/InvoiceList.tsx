import { Link } from 'wouter';
import { graphql } from '../__generated__';
import type { InvoiceStatus } from '../__generated__/graphql';
import { countOf, PagedList, usePagedQuery } from '../paged-list';
import { formatDate, formatMoney } from '../ui';
import { isOverdue } from './invoice-fields';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

const PAGE_SIZE = 20;

const InvoiceListQueryDocument = graphql(`
  query InvoiceList($first: Int!, $after: String, $status: InvoiceStatus) {
    invoices(first: $first, after: $after, status: $status) {
      totalCount
      edges {
        node {
          id
          number
          status
          dueDate
          total {
            amount
            currency
          }
          residual {
            amount
            currency
          }
          customer {
            id
            name
          }
        }
      }
      pageInfo {
        ...NextPage
      }
    }
  }
`);

const EMPTY: Record<InvoiceStatus | 'ALL', string> = {
  ALL: 'No invoices yet.',
  DRAFT: 'No draft invoices.',
  POSTED: 'No posted invoices waiting for payment.',
  PARTIALLY_PAID: 'No partially paid invoices.',
  PAID: 'No paid invoices.',
};

/** One list of invoices, newest first, with what is still owed and when it falls due, a page at a time; read again whenever it shows. */
export function InvoiceList({ status }: { status: InvoiceStatus | null }) {
  const paged = usePagedQuery({
    query: InvoiceListQueryDocument,
    variables: { status },
    first: PAGE_SIZE,
    connection: (data) => data.invoices,
    requestPolicy: 'cache-and-network',
  });
  return (
    <PagedList
      paged={paged}
      label="Invoices"
      loading="invoices"
      empty={EMPTY[status ?? 'ALL']}
      count={(total) => countOf(total, 'invoice', 'invoices')}
    >
      {(invoices) => (
        <div className="overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full table-fixed text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="w-28 px-3 py-2 sm:w-32">
                  Number
                </th>
                <th scope="col" className="px-3 py-2">
                  Customer
                </th>
                <th scope="col" className="hidden w-24 px-3 py-2 sm:table-cell">
                  Status
                </th>
                <th scope="col" className="w-24 px-3 py-2 text-right sm:w-32">
                  Total
                </th>
                <th scope="col" className="hidden w-32 px-3 py-2 text-right sm:table-cell">
                  Residual
                </th>
                <th scope="col" className="hidden w-36 px-3 py-2 md:table-cell">
                  Due
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {invoices.map((invoice) => (
                <tr key={invoice.id}>
                  <td className="px-3 py-2 font-medium">
                    <Link href={`/invoices/${invoice.id}`} className="text-indigo-700 underline">
                      {invoice.number}
                    </Link>
                    {/* A phone has no room for a status column: the status goes under the number. */}
                    <span className="mt-1 block sm:hidden">
                      <InvoiceStatusBadge status={invoice.status} />
                    </span>
                  </td>
                  <td className="truncate px-3 py-2" title={invoice.customer.name}>
                    {invoice.customer.name}
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">
                    <InvoiceStatusBadge status={invoice.status} />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatMoney(invoice.total)}</td>
                  <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">
                    {invoice.status === 'DRAFT' ? '—' : formatMoney(invoice.residual)}
                  </td>
                  <td
                    className={`hidden px-3 py-2 md:table-cell ${isOverdue(invoice) ? 'font-semibold text-red-700' : 'text-slate-600'}`}
                  >
                    {formatDate(invoice.dueDate)}
                    {isOverdue(invoice) && ' (overdue)'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PagedList>
  );
}
