import { type ComponentProps, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { useDebounced } from '../crm/companies/use-debounced';
import { SelectField, TextField } from '../ui';

const EmployeeOptions = graphql(`
  query EmployeeOptions($search: String) {
    employees(first: 20, search: $search, active: true) {
      edges {
        node {
          id
          name
          jobTitle
        }
      }
    }
  }
`);

export interface EmployeeOption {
  id: string;
  name: string;
}

/**
 * Chooses one active employee (or none): a search box narrows the choices to the first 20 names,
 * a plain select picks one. `exclude` leaves one out (an employee is not their own manager).
 */
export function EmployeeSelect({
  label,
  value,
  onChange,
  none,
  exclude,
  error,
  required,
}: {
  label: string;
  value: EmployeeOption | null;
  onChange: (employee: EmployeeOption | null) => void;
  none: string;
  exclude?: string;
  error?: string;
  required?: ComponentProps<'select'>['required'];
}) {
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim());
  const [{ data, fetching }] = useQuery({ query: EmployeeOptions, variables: { search: settled || null } });
  const matches = (data?.employees.edges.map((edge) => edge.node) ?? []).filter(
    (employee) => employee.id !== exclude,
  );
  const options =
    value && !matches.some((employee) => employee.id === value.id) ? [value, ...matches] : matches;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField
        label={`Find ${label.toLowerCase()}`}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <SelectField
        label={label}
        required={required}
        value={value?.id ?? ''}
        onChange={(event) => onChange(options.find((employee) => employee.id === event.target.value) ?? null)}
        error={error}
      >
        <option value="">{fetching && !data ? 'Loading employees…' : none}</option>
        {options.map((employee) => (
          <option key={employee.id} value={employee.id}>
            {employee.name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
