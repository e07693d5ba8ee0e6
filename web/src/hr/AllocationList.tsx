import { graphql } from '../__generated__';
import { countShown, PagedList, Rows, usePagedQuery } from '../paged-list';
import { formatDate } from '../ui';
import { daysOf } from './leave-types';

const LeaveAllocationsQuery = graphql(`
  query LeaveAllocations($first: Int!, $after: String) {
    leaveAllocations(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          days
          validFrom
          validTo
          note
          employee {
            id
            name
          }
          leaveType {
            id
            name
          }
        }
      }
    }
  }
`);

/** Every allocation of the tenant, latest validity first, a page at a time. */
export function AllocationList() {
  const paged = usePagedQuery({
    query: LeaveAllocationsQuery,
    variables: {},
    connection: (data) => data.leaveAllocations,
    requestPolicy: 'cache-and-network',
  });
  return (
    <PagedList
      paged={paged}
      label="Allocations"
      loading="allocations"
      empty="No leave allocated yet."
      count={(total, shown) => countShown(total, shown, 'allocation', 'allocations')}
    >
      {(allocations) => (
        <Rows>
          {allocations.map((allocation) => (
            <li
              key={allocation.id}
              className="flex flex-wrap items-baseline justify-between gap-x-4 px-4 py-3 text-sm"
            >
              <span>
                <span className="font-medium">{allocation.employee.name}</span> · {allocation.leaveType.name}
                {allocation.note && <span className="text-slate-500"> · {allocation.note}</span>}
              </span>
              <span className="tabular-nums">
                {daysOf(allocation.days)}{' '}
                <span className="text-slate-500">
                  {formatDate(allocation.validFrom)} – {formatDate(allocation.validTo)}
                </span>
              </span>
            </li>
          ))}
        </Rows>
      )}
    </PagedList>
  );
}
