import type { ComponentProps } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { SelectField } from '../ui';

const DepartmentOptions = graphql(`
  query DepartmentOptions {
    departments(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** One of the tenant's departments (the first 100 by name), or `none` (all of them, or none). */
export function DepartmentSelect({
  none,
  ...props
}: { label: string; none: string; error?: string; className?: string } & ComponentProps<'select'>) {
  const [{ data, fetching }] = useQuery({ query: DepartmentOptions });
  const departments = data?.departments.edges.map((edge) => edge.node) ?? [];
  return (
    <SelectField {...props}>
      <option value="">{fetching && !data ? 'Loading departments…' : none}</option>
      {departments.map((department) => (
        <option key={department.id} value={department.id}>
          {department.name}
        </option>
      ))}
    </SelectField>
  );
}
