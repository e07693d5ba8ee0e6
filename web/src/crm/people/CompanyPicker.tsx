import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { SelectField, TextField } from '../../ui';
import { useDebounced } from '../companies/use-debounced';

const CompanyOptions = graphql(`
  query CompanyOptions($search: String) {
    companies(first: 20, search: $search) {
      totalCount
      edges {
        node {
          id
          name
          domain
        }
      }
    }
  }
`);

/**
 * Chooses one of the tenant's companies (or none): a search box narrows the choices to the first 20
 * matches by name or domain, a plain select picks one, so it works by keyboard and screen reader.
 */
export function CompanyPicker({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (companyId: string) => void;
  /** The server's message for the chosen company. */
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim());
  const [{ data, fetching }] = useQuery({ query: CompanyOptions, variables: { search: settled || null } });
  const matches = data?.companies.edges.map((edge) => edge.node) ?? [];
  // The chosen company stays a choice while the search shows others.
  const [chosen, setChosen] = useState<(typeof matches)[number] | null>(null);
  const options =
    chosen && chosen.id === value && !matches.some((company) => company.id === value)
      ? [chosen, ...matches]
      : matches;

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField
        label="Find a company"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <SelectField
        label="Company"
        value={value}
        onChange={(event) => {
          setChosen(options.find((company) => company.id === event.target.value) ?? null);
          onChange(event.target.value);
        }}
        error={error}
      >
        <option value="">{fetching && !data ? 'Loading companies…' : 'No company'}</option>
        {options.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name}
            {company.domain ? ` (${company.domain})` : ''}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
