import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { Card, Empty, formatDate, Loading, Problems } from '../ui';
import { daysOf, useLeaveTypes } from './leave-types';

const LeaveBalanceQuery = graphql(`
  query LeaveBalance($employeeId: ID!, $leaveTypeId: ID!) {
    leaveBalance(employeeId: $employeeId, leaveTypeId: $leaveTypeId) {
      requiresAllocation
      allocated
      approved
      pending
      remaining
      validFrom
      validTo
    }
  }
`);

/** What an employee has of one leave type today: remaining in large, then how it adds up. */
function BalanceCard({
  employeeId,
  leaveType,
}: {
  employeeId: string;
  leaveType: { id: string; name: string };
}) {
  const [{ data, fetching, error }] = useQuery({
    query: LeaveBalanceQuery,
    variables: { employeeId, leaveTypeId: leaveType.id },
    requestPolicy: 'cache-and-network',
  });
  const balance = data?.leaveBalance;
  return (
    <section aria-label={`${leaveType.name} balance`}>
      <Card title={leaveType.name}>
        {!data ? (
          fetching ? (
            <Loading what="the balance" />
          ) : (
            <Problems error={error} />
          )
        ) : !balance ? (
          <Empty>No balance.</Empty>
        ) : balance.requiresAllocation ? (
          <>
            <p className="text-2xl font-semibold tabular-nums">{daysOf(balance.remaining)} left</p>
            <p className="mt-1 text-sm text-slate-600">
              {balance.allocated} allocated · {balance.approved} approved · {balance.pending} pending
            </p>
            {balance.validFrom && balance.validTo && (
              <p className="mt-1 text-xs text-slate-500">
                {formatDate(balance.validFrom)} – {formatDate(balance.validTo)}
              </p>
            )}
          </>
        ) : (
          <p className="text-sm text-slate-600">
            Recorded, no allocation needed: {balance.approved} approved · {balance.pending} pending
          </p>
        )}
      </Card>
    </section>
  );
}

/** An employee's balance of every leave type of the tenant. */
export function LeaveBalances({ employeeId }: { employeeId: string }) {
  const { leaveTypes, loaded, fetching, error } = useLeaveTypes();
  if (!loaded) return fetching ? <Loading what="leave types" /> : <Problems error={error} />;
  if (leaveTypes.length === 0) return <Empty>No leave types yet: HR adds them under Leave types.</Empty>;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {leaveTypes.map((leaveType) => (
        <BalanceCard key={leaveType.id} employeeId={employeeId} leaveType={leaveType} />
      ))}
    </div>
  );
}
