import { useQuery } from 'urql';
import { graphql } from '../__generated__';

const LeaveTypesQuery = graphql(`
  query LeaveTypes {
    leaveTypes(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          requiresAllocation
        }
      }
    }
  }
`);

/** The tenant's leave types by name (a tenant has a handful: the first 100). */
export function useLeaveTypes() {
  const [{ data, fetching, error }] = useQuery({
    query: LeaveTypesQuery,
    requestPolicy: 'cache-and-network',
  });
  return {
    leaveTypes: data?.leaveTypes.edges.map((edge) => edge.node) ?? [],
    loaded: Boolean(data),
    fetching,
    error,
  };
}

/** "1 day", "0.5 days", "12 days". */
export function daysOf(days: string): string {
  return days === '1' ? '1 day' : `${days} days`;
}

export const STATUS_LABEL: Record<string, string> = {
  REQUESTED: 'Pending',
  APPROVED: 'Approved',
  REFUSED: 'Refused',
  CANCELLED: 'Cancelled',
};
