import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { quantityOf } from './units';

const OnHandOfProduct = graphql(`
  query OnHandOfProduct($productId: ID!) {
    stockOnHand(productId: $productId) {
      total
      locations {
        quantity
        location {
          id
          fullCode
        }
      }
    }
  }
`);

/** What is on hand of the chosen product, where: the move form's reminder before a delivery. */
export function OnHandLine({ productId, unit }: { productId: string; unit: string }) {
  const [{ data }] = useQuery({
    query: OnHandOfProduct,
    variables: { productId },
    requestPolicy: 'cache-and-network',
  });
  if (!data) return null;
  const { total, locations } = data.stockOnHand;
  return (
    <p role="status" aria-label="On hand now" className="text-sm text-slate-600">
      On hand: <span className="font-medium tabular-nums">{quantityOf(total, unit)}</span>
      {locations.length > 0 &&
        ` (${locations.map((row) => `${row.location.fullCode} ${row.quantity}`).join(', ')})`}
    </p>
  );
}
