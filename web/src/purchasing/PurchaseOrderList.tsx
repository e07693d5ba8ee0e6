import { Link } from 'wouter';
import { graphql } from '../__generated__';
import type { PurchaseOrderStatus } from '../__generated__/graphql';
import { countOf, PagedList, usePagedQuery } from '../paged-list';
import { formatDate, formatMoney } from '../ui';
import { PurchaseOrderStatusBadge } from './PurchaseOrderStatusBadge';

const PurchaseOrderListQuery = graphql(`
  query PurchaseOrderList($first: Int!, $after: String, $status: PurchaseOrderStatus) {
    purchaseOrders(first: $first, after: $after, status: $status) {
      totalCount
      edges {
        node {
          id
          number
          status
          orderDate
          supplier {
            id
            name
          }
          total {
            amount
            currency
          }
        }
      }
      pageInfo {
        ...NextPage
      }
    }
  }
`);

/** One list of purchase orders, newest first, a page at a time; read again whenever it shows. */
export function PurchaseOrderList({ status }: { status: PurchaseOrderStatus | null }) {
  const paged = usePagedQuery({
    query: PurchaseOrderListQuery,
    variables: { status },
    first: 20,
    connection: (data) => data.purchaseOrders,
    requestPolicy: 'cache-and-network',
  });
  return (
    <PagedList
      paged={paged}
      label="Purchase orders"
      loading="purchase orders"
      empty={status ? 'No purchase orders with this status.' : 'No purchase orders yet.'}
      count={(total) => countOf(total, 'purchase order', 'purchase orders')}
    >
      {(orders) => (
        <div className="overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full table-fixed text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="w-28 px-3 py-2 sm:w-32">
                  Number
                </th>
                <th scope="col" className="px-3 py-2">
                  Supplier
                </th>
                <th scope="col" className="hidden w-36 px-3 py-2 sm:table-cell">
                  Status
                </th>
                <th scope="col" className="w-24 px-3 py-2 text-right sm:w-32">
                  Total
                </th>
                <th scope="col" className="hidden w-32 px-3 py-2 md:table-cell">
                  Ordered
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {orders.map((order) => (
                <tr key={order.id}>
                  <td className="px-3 py-2 font-medium">
                    <Link href={`/purchase-orders/${order.id}`} className="text-indigo-700 underline">
                      {order.number}
                    </Link>
                    <span className="mt-1 block sm:hidden">
                      <PurchaseOrderStatusBadge status={order.status} />
                    </span>
                  </td>
                  <td className="truncate px-3 py-2" title={order.supplier.name}>
                    {order.supplier.name}
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">
                    <PurchaseOrderStatusBadge status={order.status} />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatMoney(order.total)}</td>
                  <td className="hidden px-3 py-2 text-slate-600 md:table-cell">
                    {formatDate(order.orderDate)}
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
