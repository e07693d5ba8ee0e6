import { randomUUID } from 'node:crypto';
import { countRows, type RunningSubgraph } from '@nexora/kit';
import {
  balance,
  createLeaveType,
  decide,
  leaveSetup,
  mutate,
  requestLeave,
  startHr,
  tryRequestLeave,
} from './hr-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  // Enough connections that the concurrent requests really run side by side in Postgres.
  erp = await startHr({ poolSize: 12 });
});
afterAll(async () => {
  await erp.stop();
});

/** The Mondays of 2031 from March on: one working day each, never overlapping. */
function mondays(count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    new Date(Date.UTC(2031, 2, 3 + 7 * index)).toISOString().slice(0, 10),
  );
}

describe('leave under real concurrency', () => {
  it('approves exactly as many of 8 concurrent approvals as the allocation allows', async () => {
    const { tenantId, employee, self } = await leaveSetup(erp, '1');
    const pto = await createLeaveType(erp, { tenantId }, { name: 'Flexi days', requiresAllocation: false });
    await mutate(erp, { tenantId }, 'createLeaveAllocation', 'allocation', 'id', {
      employeeId: employee.id,
      leaveTypeId: pto.id,
      days: '3',
      validFrom: '2031-01-01',
      validTo: '2031-12-31',
    });
    // Filed while the type needed no allocation: 8 pending days against 3 allocated.
    const requests = [];
    for (const day of mondays(8)) {
      requests.push(await requestLeave(erp, self, { leaveTypeId: pto.id, startDate: day, endDate: day }));
    }
    await mutate(erp, { tenantId }, 'updateLeaveType', 'leaveType', 'id', {
      id: pto.id,
      requiresAllocation: true,
    });

    const approver = { tenantId, userId: randomUUID() };
    const outcomes = await Promise.all(
      requests.map((request) => decide(erp, approver, 'approveLeaveRequest', request.id)),
    );
    const approved = outcomes.filter((outcome) => outcome.node?.status === 'APPROVED');
    const refused = outcomes.filter((outcome) => outcome.node === null);
    expect(approved).toHaveLength(3);
    expect(refused).toHaveLength(5);
    for (const outcome of refused) {
      expect(outcome.errors).toBeUndefined();
      expect(outcome.userErrors.map((error) => error.code)).toEqual(['INSUFFICIENT_ALLOCATION']);
      expect(outcome.userErrors[0].message).toContain('0 days remain to approve (3 allocated, 3 approved)');
    }
    expect(await balance(erp, tenantId, employee.id, pto.id)).toEqual({
      allocated: '3',
      approved: '3',
      pending: '5',
      remaining: '-5',
    });
    expect(
      await countRows(`select 1 from erp.outbox where tenant_id = $1 and type = 'erp.leave.approved'`, [
        tenantId,
      ]),
    ).toBe(3);
  });

  it('files exactly as many of 8 concurrent one-day requests as remain', async () => {
    const { tenantId, employee, leaveType, self } = await leaveSetup(erp, '3');
    const outcomes = await Promise.all(
      mondays(8).map((day) =>
        tryRequestLeave(erp, self, { leaveTypeId: leaveType.id, startDate: day, endDate: day }),
      ),
    );
    const filed = outcomes.filter((outcome) => outcome.node !== null);
    expect(filed).toHaveLength(3);
    for (const outcome of outcomes.filter((candidate) => candidate.node === null)) {
      expect(outcome.userErrors.map((error) => error.code)).toEqual(['INSUFFICIENT_ALLOCATION']);
    }
    expect(await balance(erp, tenantId, employee.id, leaveType.id)).toEqual({
      allocated: '3',
      approved: '0',
      pending: '3',
      remaining: '0',
    });
    expect(await countRows(`select 1 from erp.leave_requests where tenant_id = $1`, [tenantId])).toBe(3);
  });

  it('files only one of 6 concurrent requests for the same day', async () => {
    const { tenantId, self } = await leaveSetup(erp);
    const sick = await createLeaveType(erp, { tenantId }, { name: 'Sick leave', requiresAllocation: false });
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () =>
        tryRequestLeave(erp, self, { leaveTypeId: sick.id, startDate: '2031-03-04', endDate: '2031-03-05' }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.node !== null)).toHaveLength(1);
    for (const outcome of outcomes.filter((candidate) => candidate.node === null)) {
      expect(outcome.userErrors.map((error) => error.code)).toEqual(['LEAVE_OVERLAP']);
    }
    expect(await countRows(`select 1 from erp.leave_requests where tenant_id = $1`, [tenantId])).toBe(1);
  });
});
