import { useMutation, useQuery } from 'urql';
import { graphql } from '../__generated__';
import { countShown, PagedList, Rows, usePagedQuery } from '../paged-list';
import { useCan } from '../permissions';
import { Button, Card, Empty, Loading, PageHeader, Problems } from '../ui';
import { LeaveBalances } from './LeaveBalances';
import { LeaveRequestForm } from './LeaveRequestForm';
import { LeaveRequestRow } from './LeaveRequestRow';

const MyEmployee = graphql(`
  query MyEmployee {
    me {
      user {
        id
        employee {
          id
          name
        }
      }
    }
  }
`);

const MyLeaveRequests = graphql(`
  query MyLeaveRequests($first: Int!, $after: String, $employeeId: ID!) {
    leaveRequests(first: $first, after: $after, employeeId: $employeeId) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          startDate
          endDate
          halfDay
          days
          status
          reason
          leaveType {
            id
            name
          }
        }
      }
    }
  }
`);

const CancelLeaveRequest = graphql(`
  mutation CancelLeaveRequest($input: LeaveDecisionInput!) {
    cancelLeaveRequest(input: $input) {
      request {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** The employee's requests, latest first; a pending one can be withdrawn (with `erp.leave:request`). */
function MyRequests({ employeeId }: { employeeId: string }) {
  const canRequest = useCan('erp.leave:request');
  const [cancel, cancelRequest] = useMutation(CancelLeaveRequest);
  const paged = usePagedQuery({
    query: MyLeaveRequests,
    variables: { employeeId },
    connection: (data) => data.leaveRequests,
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <Problems error={cancel.error} userErrors={cancel.data?.cancelLeaveRequest.userErrors} />
      <PagedList
        paged={paged}
        label="My leave requests"
        loading="your requests"
        empty="You have not requested leave yet."
        count={(total, shown) => countShown(total, shown, 'request', 'requests')}
      >
        {(requests) => (
          <Rows>
            {requests.map((request) => (
              <LeaveRequestRow key={request.id} request={request}>
                {canRequest && request.status === 'REQUESTED' && (
                  <div>
                    <Button
                      variant="secondary"
                      disabled={cancel.fetching}
                      onClick={() => void cancelRequest({ input: { id: request.id } })}
                    >
                      Withdraw
                    </Button>
                  </div>
                )}
              </LeaveRequestRow>
            ))}
          </Rows>
        )}
      </PagedList>
    </>
  );
}

/** The signed-in user's leave: the balance of every type, a request form, and their requests. */
export default function MyLeaveScreen() {
  const canRequest = useCan('erp.leave:request');
  const canReadEmployees = useCan('erp.employee:read');
  // Read again on every visit: HR may have linked (or unlinked) the account from another session.
  const [{ data, fetching, error }] = useQuery({
    query: MyEmployee,
    pause: !canReadEmployees,
    requestPolicy: 'cache-and-network',
  });
  if (!canReadEmployees)
    return <Empty>Your role cannot see employee records, so it has no leave here.</Empty>;
  if (!data) return fetching ? <Loading what="your leave" /> : <Problems error={error} />;
  const employee = data.me?.user.employee;
  return (
    <>
      <PageHeader title="My leave" />
      {!employee ? (
        <Empty>Your account is not linked to an employee record yet. Ask HR to link it.</Empty>
      ) : (
        <div className="flex flex-col gap-4">
          <LeaveBalances employeeId={employee.id} />
          {canRequest && (
            <Card title="Request leave" className="max-w-2xl">
              <LeaveRequestForm />
            </Card>
          )}
          <h2 className="text-sm font-semibold text-slate-600">My requests</h2>
          <MyRequests employeeId={employee.id} />
        </div>
      )}
    </>
  );
}
