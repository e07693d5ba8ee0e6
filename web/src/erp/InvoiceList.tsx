import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../__generated__';
import type { InvoiceListQuery, InvoiceStatus } from '../__generated__/graphql';
import { Button, Empty, formatDate, formatMoney, Loading, Problems } from '../ui';
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
          issuedAt
          total {
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
        hasNextPage
        endCursor
      }
    }
  }
`);

const EMPTY: Record<InvoiceStatus | 'ALL', string> = {
  ALL: 'No invoices yet.',
  DRAFT: 'No draft invoices.',
  POSTED: 'No posted invoices.',
};

/**
 * One list of invoices, a page at a time: "Load more" asks for the page after the last one shown, and
 * the cache (relayPagination) appends it, so the list keeps what it showed while the next page loads.
 */
export function InvoiceList({ status }: { status: InvoiceStatus | null }) {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: InvoiceListQueryDocument,
    variables: { first: PAGE_SIZE, after, status },
    requestPolicy: 'cache-and-network',
  });
  const shown = useRef<InvoiceListQuery | undefined>(undefined);
  if (data) shown.current = data;
  const invoices = shown.current?.invoices;

  if (!invoices) return fetching ? <Loading what="invoices" /> : <Problems error={error} />;
  if (invoices.edges.length === 0) return <Empty>{EMPTY[status ?? 'ALL']}</Empty>;
  return (
    <section aria-label="Invoices">
      <p className="mb-2 text-sm text-slate-500">
        {invoices.totalCount === 1 ? '1 invoice' : `${invoices.totalCount} invoices`}
      </p>
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
              <th scope="col" className="hidden w-32 px-3 py-2 sm:table-cell">
                Issued
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {invoices.edges.map(({ node: invoice }) => (
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
                <td className="hidden px-3 py-2 text-slate-600 sm:table-cell">
                  {invoice.issuedAt ? formatDate(invoice.issuedAt) : 'Not yet'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Problems error={error} />
      {invoices.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          className="mt-3"
          disabled={fetching}
          onClick={() => setAfter(invoices.pageInfo.endCursor ?? null)}
        >
          {fetching ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </section>
  );
}
