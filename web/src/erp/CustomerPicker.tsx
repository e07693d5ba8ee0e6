import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { Problems, SelectField, TextField } from '../ui';

const CustomerSearchQuery = graphql(`
  query CustomerSearch($search: String) {
    companies(first: 20, search: $search) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export interface Customer {
  id: string;
  name: string;
}

/**
 * Picks the billed company (or, as `noun="supplier"`, a purchase order's supplier): a search over the
 * tenant's companies (name or domain) and a list of the matches to choose from. The chosen one stays
 * in the list while the search changes.
 */
export function CustomerPicker({
  value,
  onChange,
  error,
  noun = 'customer',
}: {
  value: Customer | null;
  onChange: (customer: Customer | null) => void;
  error?: string;
  noun?: 'customer' | 'supplier';
}) {
  const title = noun === 'customer' ? 'Customer' : 'Supplier';
  const [search, setSearch] = useState('');
  const [{ data, fetching, error: requestError }] = useQuery({
    query: CustomerSearchQuery,
    variables: { search: search.trim() || null },
  });
  const matches = data?.companies.edges.map((edge) => edge.node) ?? [];
  const options = value && !matches.some((match) => match.id === value.id) ? [value, ...matches] : matches;
  const more = (data?.companies.totalCount ?? 0) - matches.length;

  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      <TextField
        label={`Find ${noun}`}
        type="search"
        placeholder="Name or domain"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <div className="flex flex-col gap-1">
        <SelectField
          label={title}
          required
          value={value?.id ?? ''}
          error={error}
          onChange={(event) => onChange(options.find((option) => option.id === event.target.value) ?? null)}
        >
          <option value="">
            {fetching && !data ? 'Loading companies…' : `Choose a ${noun} (${matches.length} found)`}
          </option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </SelectField>
        {more > 0 && (
          <p className="text-xs text-slate-500">{more} more match the search; type more of the name.</p>
        )}
      </div>
      <Problems error={requestError} />
    </div>
  );
}
