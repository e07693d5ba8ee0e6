import { Link } from 'wouter';
import { graphql } from '../__generated__';
import { countShown, PagedList, Rows, usePagedQuery } from '../paged-list';
import { formatMoney } from '../ui';

const ProductsQuery = graphql(`
  query Products($first: Int!, $after: String, $search: String) {
    products(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          sku
          name
          unit
          active
          salePrice {
            amount
            currency
          }
        }
      }
    }
  }
`);

/** The tenant's products by SKU, a page at a time; `search` matches name or SKU. Mount with `key`. */
export function ProductList({ search }: { search: string }) {
  const paged = usePagedQuery({
    query: ProductsQuery,
    variables: { search: search || null },
    connection: (data) => data.products,
    requestPolicy: 'cache-and-network',
  });
  return (
    <PagedList
      paged={paged}
      label="Products"
      loading="products"
      empty={search ? `No product matches “${search}”.` : 'No products yet.'}
      count={(total, shown) => countShown(total, shown, 'product', 'products')}
    >
      {(products) => (
        <Rows>
          {products.map((product) => (
            <li key={product.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-3">
              <Link href={`/products/${product.id}`} className="font-medium text-indigo-700 hover:underline">
                {product.sku}
              </Link>
              <span className="min-w-0 flex-1 truncate">{product.name}</span>
              {!product.active && <span className="text-xs text-slate-500">Inactive</span>}
              <span className="text-sm tabular-nums text-slate-600">
                {formatMoney(product.salePrice)} / {product.unit}
              </span>
            </li>
          ))}
        </Rows>
      )}
    </PagedList>
  );
}
