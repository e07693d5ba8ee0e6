import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { type CreatedRecord, ListScreen } from '../crm/ListScreen';
import { useCan } from '../permissions';
import { ProductForm, type ProductFields } from './ProductForm';
import { ProductList } from './ProductList';

const CreateProduct = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        id
        sku
        name
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** The product form for a new one; erp's refusals (DUPLICATE_SKU, …) under the fields at fault. */
function NewProduct({
  onCreated,
  onCancel,
}: {
  onCreated: (product: CreatedRecord) => void;
  onCancel: () => void;
}) {
  const [result, createProduct] = useMutation(CreateProduct);
  const create = async (fields: ProductFields) => {
    const answer = await createProduct({ input: fields });
    const product = answer.data?.createProduct.product;
    if (product) onCreated({ id: product.id, name: `${product.sku} ${product.name}` });
  };
  return (
    <ProductForm
      submitLabel="Create product"
      busy={result.fetching}
      error={result.error}
      userErrors={result.data?.createProduct.userErrors}
      onSubmit={(fields) => void create(fields)}
      onCancel={onCancel}
    />
  );
}

/** The tenant's catalogue, searchable by name or SKU and paged, and a form for a new product. */
export default function ProductsScreen() {
  const canWrite = useCan('erp.product:write');
  return (
    <ListScreen
      title="Products"
      newLabel="New product"
      canCreate={canWrite}
      form={(done) => <NewProduct {...done} />}
      formClassName="max-w-2xl"
      recordHref={(id) => `/products/${id}`}
      searchLabel="Search products"
    >
      {(search, listKey) => <ProductList key={listKey} search={search} />}
    </ListScreen>
  );
}
