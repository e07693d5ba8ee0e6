import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { countShown, PagedList, Rows, usePagedQuery } from '../paged-list';
import { Button, Notice, PageHeader, Problems } from '../ui';
import { daysOf } from './leave-types';
import { LeaveRequestRow, type LeaveRequestView } from './LeaveRequestRow';

const PendingLeaveRequests = graphql(`
  query PendingLeaveRequests($first: Int!, $after: String) {
    leaveRequests(first: $first, after: $after, status: REQUESTED) {
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
          employee {
            id
            name
          }
        }
      }
    }
  }
`);

const ApproveLeaveRequest = graphql(`
  mutation ApproveLeaveRequest($input: LeaveDecisionInput!) {
    approveLeaveRequest(input: $input) {
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

const RefuseLeaveRequest = graphql(`
  mutation RefuseLeaveRequest($input: LeaveDecisionInput!) {
    refuseLeaveRequest(input: $input) {
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

/** One pending request with Approve and Refuse; erp's refusal (SELF_APPROVAL, …) shows on its row. */
function PendingRequest({
  request,
  onDecided,
}: {
  request: LeaveRequestView;
  onDecided: (news: string) => void;
}) {
  const [approval, approve] = useMutation(ApproveLeaveRequest);
  const [refusal, refuse] = useMutation(RefuseLeaveRequest);
  const busy = approval.fetching || refusal.fetching;
  const who = request.employee?.name ?? 'the employee';
  const decide = async (verdict: 'approve' | 'refuse') => {
    const input = { id: request.id };
    const answer =
      verdict === 'approve'
        ? (await approve({ input })).data?.approveLeaveRequest
        : (await refuse({ input })).data?.refuseLeaveRequest;
    if (answer?.request)
      onDecided(
        `${verdict === 'approve' ? 'Approved' : 'Refused'} ${daysOf(request.days)} of ${request.leaveType.name} for ${who}.`,
      );
  };
  return (
    <LeaveRequestRow request={request}>
      <Problems
        error={approval.error ?? refusal.error}
        userErrors={[
          ...(approval.data?.approveLeaveRequest.userErrors ?? []),
          ...(refusal.data?.refuseLeaveRequest.userErrors ?? []),
        ]}
      />
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy} onClick={() => void decide('approve')}>
          Approve
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => void decide('refuse')}>
          Refuse
        </Button>
      </div>
    </LeaveRequestRow>
  );
}

/** Leave waiting for a decision, latest start first, for a role holding `erp.leave:approve`. */
export default function LeaveApprovalsScreen() {
  const [news, setNews] = useState<string | null>(null);
  const paged = usePagedQuery({
    query: PendingLeaveRequests,
    variables: {},
    connection: (data) => data.leaveRequests,
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader title="Leave approvals" />
      {news && <Notice>{news}</Notice>}
      <PagedList
        paged={paged}
        label="Pending leave requests"
        loading="pending requests"
        empty="No leave waits for a decision."
        count={(total, shown) => countShown(total, shown, 'pending request', 'pending requests')}
      >
        {(requests) => (
          <Rows>
            {requests.map((request) => (
              <PendingRequest key={request.id} request={request} onDecided={setNews} />
            ))}
          </Rows>
        )}
      </PagedList>
    </>
  );
}
