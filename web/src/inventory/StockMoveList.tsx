import { Link } from 'wouter';
import { graphql } from '../__generated__';
import { countShown, PagedList, usePagedQuery } from '../paged-list';
import { formatDate } from '../ui';

const StockMovesQuery = graphql(`
  query StockMoves($first: Int!, $after: String) {
    stockMoves(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          type
          quantity
          reason
          reference
          createdAt
          product {
            id
            sku
            unit
          }
          fromLocation {
            id
            fullCode
          }
          toLocation {
            id
            fullCode
          }
        }
      }
    }
  }
`);

const KIND_LABEL: Record<string, string> = {
  RECEIPT: 'Receipt',
  DELIVERY: 'Delivery',
  TRANSFER: 'Transfer',
  ADJUSTMENT: 'Adjustment',
};

/** The tenant's stock moves, newest first, a page at a time. */
export function StockMoveList() {
  const paged = usePagedQuery({
    query: StockMovesQuery,
    variables: {},
    first: 20,
    connection: (data) => data.stockMoves,
    requestPolicy: 'cache-and-network',
  });
  return (
    <PagedList
      paged={paged}
      label="Stock moves"
      loading="stock moves"
      empty="No stock moves yet."
      count={(total, shown) => countShown(total, shown, 'move', 'moves')}
    >
      {(moves) => (
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Move
                </th>
                <th scope="col" className="px-3 py-2">
                  Product
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Quantity
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  From → to
                </th>
                <th scope="col" className="hidden px-3 py-2 md:table-cell">
                  Recorded
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {moves.map((move) => (
                <tr key={move.id}>
                  <td className="px-3 py-2">
                    {KIND_LABEL[move.type] ?? move.type}
                    {(move.reason || move.reference) && (
                      <span className="block text-xs text-slate-500">{move.reason ?? move.reference}</span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <Link href={`/products/${move.product.id}`} className="text-indigo-700 hover:underline">
                      {move.product.sku}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{move.quantity}</td>
                  <td className="hidden px-3 py-2 sm:table-cell">
                    {move.fromLocation?.fullCode ?? 'outside'} → {move.toLocation?.fullCode ?? 'outside'}
                  </td>
                  <td className="hidden px-3 py-2 text-slate-600 md:table-cell">
                    {formatDate(move.createdAt)}
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
