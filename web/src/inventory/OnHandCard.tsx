import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { Card, Empty } from '../ui';
import { quantityOf } from './units';

export const ProductOnHand = graphql(`
  fragment ProductOnHand on Product {
    onHand {
      total
      locations {
        quantity
        location {
          id
          fullCode
          name
        }
      }
    }
  }
`);

/** What is on hand of a product: each location holding some, and the total over all of them. */
export function OnHandCard({
  product: masked,
  unit,
}: {
  product: FragmentType<typeof ProductOnHand>;
  unit: string;
}) {
  const { onHand } = getFragmentData(ProductOnHand, masked);
  if (!onHand) return null;
  return (
    <Card title="On hand">
      {onHand.locations.length === 0 ? (
        <Empty>None in stock.</Empty>
      ) : (
        <table className="w-full text-left text-sm" aria-label="On hand per location">
          <thead className="text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="py-1">
                Location
              </th>
              <th scope="col" className="py-1 text-right">
                Quantity
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {onHand.locations.map((row) => (
              <tr key={row.location.id}>
                <td className="py-1.5">
                  <span className="font-medium">{row.location.fullCode}</span>{' '}
                  <span className="text-slate-500">{row.location.name}</span>
                </td>
                <td className="py-1.5 text-right tabular-nums">{quantityOf(row.quantity, unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-3 text-sm font-semibold">
        Total: <span className="tabular-nums">{quantityOf(onHand.total, unit)}</span>
      </p>
    </Card>
  );
}
