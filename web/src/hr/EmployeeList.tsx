import { Link } from 'wouter';
import { graphql } from '../__generated__';
import { countShown, PagedList, Rows, usePagedQuery } from '../paged-list';

const EmployeesQuery = graphql(`
  query Employees($first: Int!, $after: String, $search: String, $departmentId: ID) {
    employees(first: $first, after: $after, search: $search, departmentId: $departmentId) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          name
          jobTitle
          workEmail
          active
          department {
            id
            name
          }
        }
      }
    }
  }
`);

/** The tenant's employees by name, a page at a time, searched and of one department. Mount with `key`. */
export function EmployeeList({ search, departmentId }: { search: string; departmentId: string }) {
  const paged = usePagedQuery({
    query: EmployeesQuery,
    variables: { search: search || null, departmentId: departmentId || null },
    connection: (data) => data.employees,
    requestPolicy: 'cache-and-network',
  });
  return (
    <PagedList
      paged={paged}
      label="Employees"
      loading="employees"
      empty={search || departmentId ? 'No employee matches.' : 'No employees yet.'}
      count={(total, shown) => countShown(total, shown, 'employee', 'employees')}
    >
      {(employees) => (
        <Rows>
          {employees.map((employee) => (
            <li key={employee.id} className="flex flex-wrap items-baseline justify-between gap-x-4 px-4 py-3">
              <span>
                <Link
                  href={`/employees/${employee.id}`}
                  className="font-medium text-indigo-700 hover:underline"
                >
                  {employee.name}
                </Link>
                {!employee.active && <span className="ml-2 text-xs text-slate-500">Inactive</span>}
              </span>
              <span className="min-w-0 truncate text-sm text-slate-500">
                {[employee.jobTitle, employee.department?.name, employee.workEmail]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </Rows>
      )}
    </PagedList>
  );
}
