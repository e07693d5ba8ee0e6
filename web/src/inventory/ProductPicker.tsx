import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { useDebounced } from '../crm/companies/use-debounced';
import { SelectField, TextField } from '../ui';

const ProductOptions = graphql(`
  query ProductOptions($search: String) {
    products(first: 20, search: $search, filter: { active: true }) {
      edges {
        node {
          id
          sku
          name
          unit
          currency
        }
      }
    }
  }
`);

export interface PickedProduct {
  id: string;
  sku: string;
  name: string;
  unit: string;
  currency: string;
}

/**
 * Chooses one active product: a search box (name or SKU) narrows the choices to the first 20
 * matches, a plain select picks one, so it works by keyboard and screen reader.
 */
export function ProductPicker({
  value,
  onChange,
  error,
}: {
  value: PickedProduct | null;
  onChange: (product: PickedProduct | null) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim());
  const [{ data, fetching }] = useQuery({ query: ProductOptions, variables: { search: settled || null } });
  const matches = data?.products.edges.map((edge) => edge.node) ?? [];
  // The chosen product stays a choice while the search shows others.
  const options =
    value && !matches.some((product) => product.id === value.id) ? [value, ...matches] : matches;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField
        label="Find a product"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <SelectField
        label="Product"
        required
        value={value?.id ?? ''}
        onChange={(event) => onChange(options.find((product) => product.id === event.target.value) ?? null)}
        error={error}
      >
        <option value="">{fetching && !data ? 'Loading products…' : 'Choose a product'}</option>
        {options.map((product) => (
          <option key={product.id} value={product.id}>
            {product.sku} {product.name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
