import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { graphql } from '../__generated__';
import { Detail } from '../crm/RecordLayout';
import { useCan } from '../permissions';
import { Button, Card, Empty, formatDate, formatMoney, Loading, PageHeader, Problems } from '../ui';
import { OnHandCard } from './OnHandCard';
import { ProductForm, type ProductFields } from './ProductForm';
import { ReorderRules } from './ReorderRules';

const ProductDetail = graphql(`
  query ProductDetail($id: ID!, $withStock: Boolean!, $withValuation: Boolean!) {
    product(id: $id) {
      id
      sku
      name
      unit
      currency
      active
      createdAt
      costPrice {
        amount
        currency
      }
      salePrice {
        amount
        currency
      }
      averageCost @include(if: $withValuation) {
        amount
        currency
      }
      stockValue @include(if: $withValuation) {
        amount
        currency
      }
      ...ProductOnHand @include(if: $withStock)
      ...ProductReorderRules @include(if: $withStock)
    }
  }
`);

const UpdateProduct = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      product {
        id
        sku
        name
        unit
        currency
        costPrice {
          amount
          currency
        }
        salePrice {
          amount
          currency
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/**
 * One product: its details (editable with `erp.product:write`), what is on hand where (with
 * `erp.stock:read`), what its stock is worth (with `erp.valuation:read`) and its reorder rules.
 * Sections the role cannot read are not asked for.
 */
export default function ProductScreen() {
  const { id = '' } = useParams<{ id: string }>();
  const canWrite = useCan('erp.product:write');
  const withStock = useCan('erp.stock:read');
  const withValuation = useCan('erp.valuation:read');
  const [{ data, fetching, error }] = useQuery({
    query: ProductDetail,
    variables: { id, withStock, withValuation },
  });
  const [editing, setEditing] = useState(false);
  const [update, updateProduct] = useMutation(UpdateProduct);

  if (!data) return fetching ? <Loading what="the product" /> : <Problems error={error} />;
  const product = data.product;
  if (!product) return <Empty>This product does not exist, or you cannot see it.</Empty>;

  const save = async (fields: ProductFields) => {
    const answer = await updateProduct({ input: { id: product.id, ...fields } });
    if (answer.data?.updateProduct.product) setEditing(false);
  };

  return (
    <>
      <p className="mb-1 text-sm">
        <Link href="/products" className="text-indigo-700 hover:underline">
          ← Products
        </Link>
      </p>
      <PageHeader title={`${product.sku} ${product.name}`}>
        {canWrite && !editing && (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit product
          </Button>
        )}
      </PageHeader>
      <Problems error={error} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Details">
          {editing ? (
            <ProductForm
              initial={{
                sku: product.sku,
                name: product.name,
                unit: product.unit,
                currency: product.currency,
                costPrice: product.costPrice.amount,
                salePrice: product.salePrice.amount,
              }}
              submitLabel="Save product"
              busy={update.fetching}
              error={update.error}
              userErrors={update.data?.updateProduct.userErrors}
              onSubmit={(fields) => void save(fields)}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <dl className="grid grid-cols-2 gap-3 text-sm">
              <Detail term="SKU">{product.sku}</Detail>
              <Detail term="Unit">{product.unit}</Detail>
              <Detail term="Cost price">{formatMoney(product.costPrice)}</Detail>
              <Detail term="Sale price">{formatMoney(product.salePrice)}</Detail>
              <Detail term="Status">{product.active ? 'Active' : 'Inactive'}</Detail>
              <Detail term="Created">{formatDate(product.createdAt)}</Detail>
            </dl>
          )}
        </Card>
        {withStock && <OnHandCard product={product} unit={product.unit} />}
        {withValuation && (
          <Card title="Valuation">
            <dl className="grid grid-cols-2 gap-3 text-sm">
              <Detail term="Stock value">{formatMoney(product.stockValue)}</Detail>
              <Detail term="Average cost">
                {product.averageCost ? formatMoney(product.averageCost) : 'No receipt yet'}
              </Detail>
            </dl>
          </Card>
        )}
        {withStock && <ReorderRules product={product} productId={product.id} />}
      </div>
    </>
  );
}
