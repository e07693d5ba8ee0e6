import { Link } from 'wouter';
import { graphql } from '../__generated__';
import { countShown, PagedList, Rows, usePagedQuery } from '../paged-list';
import { PageHeader } from '../ui';
import { quantityOf } from './units';

const ProductsToReorder = graphql(`
  query ProductsToReorder($first: Int!, $after: String) {
    productsToReorder(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          onHand
          suggestedQuantity
          rule {
            id
            minQuantity
          }
          product {
            id
            sku
            name
            unit
          }
          warehouse {
            id
            code
          }
        }
      }
    }
  }
`);

/** Products whose on-hand in a warehouse fell below their reorder rule's minimum, with how much to order. */
export default function ReorderScreen() {
  const paged = usePagedQuery({
    query: ProductsToReorder,
    variables: {},
    connection: (data) => data.productsToReorder,
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader title="To reorder" />
      <PagedList
        paged={paged}
        label="Products to reorder"
        loading="products to reorder"
        empty="Nothing to reorder: every product with a reorder rule is above its minimum."
        count={(total, shown) => countShown(total, shown, 'product to reorder', 'products to reorder')}
      >
        {(suggestions) => (
          <Rows>
            {suggestions.map((suggestion) => (
              <li
                key={suggestion.rule.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3"
              >
                <span className="min-w-0">
                  <Link
                    href={`/products/${suggestion.product.id}`}
                    className="font-medium text-indigo-700 hover:underline"
                  >
                    {suggestion.product.sku}
                  </Link>{' '}
                  {suggestion.product.name}
                  <span className="text-slate-500"> in {suggestion.warehouse.code}</span>
                </span>
                <span className="text-sm tabular-nums">
                  {quantityOf(suggestion.onHand, suggestion.product.unit)} on hand (min{' '}
                  {suggestion.rule.minQuantity}) ·{' '}
                  <strong>order {quantityOf(suggestion.suggestedQuantity, suggestion.product.unit)}</strong>
                </span>
              </li>
            ))}
          </Rows>
        )}
      </PagedList>
    </>
  );
}
