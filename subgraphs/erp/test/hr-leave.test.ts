import { randomUUID } from 'node:crypto';
import { errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import {
  APPROVER_PERMISSIONS,
  balance,
  call,
  createEmployee,
  createLeaveType,
  decide,
  hrRowCounts,
  leaveSetup,
  mutate,
  requestLeave,
  startHr,
  tryRequestLeave,
} from './hr-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startHr();
});
afterAll(async () => {
  await erp.stop();
});

// 2031-03-03 is a Monday.
const MONDAY = '2031-03-03';
const FRIDAY = '2031-03-07';
const NEXT_MONDAY = '2031-03-10';

describe('leave types and allocations', () => {
  it('creates types with unique names and allocations in half-day steps, refusing bad input', async () => {
    const tenantId = randomUUID();
    const admin = { tenantId };
    const employee = await createEmployee(erp, admin);
    const created = await mutate(
      erp,
      admin,
      'createLeaveType',
      'leaveType',
      'id name unit requiresAllocation',
      {
        name: 'Sick leave',
        requiresAllocation: false,
      },
    );
    expect(created.node).toEqual({
      id: expect.any(String),
      name: 'Sick leave',
      unit: 'DAYS',
      requiresAllocation: false,
    });
    const pto = await createLeaveType(erp, admin);
    const before = await hrRowCounts(tenantId);
    const typeCodes = async (field: string, input: Record<string, unknown>) =>
      (await mutate(erp, admin, field, 'leaveType', 'id', input)).userErrors.map((error) => error.code);
    expect(await typeCodes('createLeaveType', { name: 'SICK LEAVE' })).toEqual(['NAME_TAKEN']);
    expect(await typeCodes('createLeaveType', { name: '' })).toEqual(['NAME_REQUIRED']);
    expect(await typeCodes('updateLeaveType', { id: pto.id, name: 'sick leave' })).toEqual(['NAME_TAKEN']);

    const allocation = await mutate(
      erp,
      admin,
      'createLeaveAllocation',
      'allocation',
      'days validFrom validTo note employee { id } leaveType { name }',
      {
        employeeId: employee.id,
        leaveTypeId: pto.id,
        days: '12.5',
        validFrom: '2031-01-01',
        validTo: '2031-12-31',
        note: '2031 entitlement',
      },
    );
    expect(allocation.node).toEqual({
      days: '12.5',
      validFrom: '2031-01-01',
      validTo: '2031-12-31',
      note: '2031 entitlement',
      employee: { id: employee.id },
      leaveType: { name: 'Paid time off' },
    });
    const allocationCodes = async (input: Record<string, unknown>) =>
      (
        await mutate(erp, admin, 'createLeaveAllocation', 'allocation', 'id', {
          employeeId: employee.id,
          leaveTypeId: pto.id,
          days: '5',
          validFrom: '2031-01-01',
          validTo: '2031-12-31',
          ...input,
        })
      ).userErrors.map((error) => error.code);
    for (const days of ['0', '-1', '2.25', '2.3', '367', 'ten', '']) {
      expect(await allocationCodes({ days })).toEqual(['DAYS_INVALID']);
    }
    expect(await allocationCodes({ validTo: '2030-12-31' })).toEqual(['VALID_TO_BEFORE_FROM']);
    expect(await allocationCodes({ validFrom: '2031-13-01' })).toEqual(['DATE_INVALID']);
    expect(await allocationCodes({ employeeId: randomUUID() })).toEqual(['EMPLOYEE_NOT_FOUND']);
    expect(await allocationCodes({ leaveTypeId: randomUUID() })).toEqual(['LEAVE_TYPE_NOT_FOUND']);
    expect(await hrRowCounts(tenantId)).toEqual({
      ...before,
      leave_allocations: before.leave_allocations + 1,
    });

    const types = await call(erp, admin, `{ leaveTypes { totalCount edges { node { name } } } }`);
    expect(types.body.data).toEqual({
      leaveTypes: {
        totalCount: 2,
        edges: [{ node: { name: 'Paid time off' } }, { node: { name: 'Sick leave' } }],
      },
    });
    const listed = await call(
      erp,
      admin,
      `query($e: ID!) { leaveAllocations(employeeId: $e) { totalCount edges { node { days } } } }`,
      {
        e: employee.id,
      },
    );
    expect(listed.body.data).toEqual({
      leaveAllocations: { totalCount: 1, edges: [{ node: { days: '12.5' } }] },
    });
  });
});

describe('leave requests', () => {
  it('counts working days only, keeps the balance and approves with an erp.leave.approved event', async () => {
    const { tenantId, admin, employee, leaveType, self } = await leaveSetup(erp);
    // Friday to Monday: the weekend does not count.
    const request = await requestLeave(erp, self, {
      leaveTypeId: leaveType.id,
      startDate: FRIDAY,
      endDate: NEXT_MONDAY,
      reason: 'Long weekend',
    });
    expect(request).toMatchObject({
      days: '2',
      status: 'REQUESTED',
      employee: { id: employee.id },
      decidedAt: null,
    });
    const half = await requestLeave(erp, self, {
      leaveTypeId: leaveType.id,
      startDate: '2031-04-01',
      endDate: '2031-04-01',
      halfDay: true,
    });
    expect(half.days).toBe('0.5');
    expect(await balance(erp, tenantId, employee.id, leaveType.id)).toEqual({
      allocated: '10',
      approved: '0',
      pending: '2.5',
      remaining: '7.5',
    });

    const approverId = randomUUID();
    const approved = await decide(
      erp,
      { tenantId, userId: approverId, permissions: APPROVER_PERMISSIONS },
      'approveLeaveRequest',
      request.id,
    );
    expect(approved.node).toMatchObject({
      status: 'APPROVED',
      decidedBy: { id: approverId },
      decidedAt: expect.any(String),
    });
    expect(await balance(erp, tenantId, employee.id, leaveType.id)).toEqual({
      allocated: '10',
      approved: '2',
      pending: '0.5',
      remaining: '7.5',
    });
    const events = await queryAsSuperuser<{ payload: unknown }>(
      `select payload from erp.outbox where tenant_id = $1 and type = 'erp.leave.approved'`,
      [tenantId],
    );
    expect(events.map((event) => event.payload)).toEqual([
      {
        id: request.id,
        employeeId: employee.id,
        leaveTypeId: leaveType.id,
        leaveType: 'Paid time off',
        days: '2',
        startDate: FRIDAY,
        endDate: NEXT_MONDAY,
        halfDay: false,
      },
    ]);
    const again = await decide(erp, admin, 'approveLeaveRequest', request.id);
    expect(again.userErrors.map((error) => error.code)).toEqual(['NOT_PENDING']);

    const refused = await decide(
      erp,
      { tenantId, permissions: APPROVER_PERMISSIONS },
      'refuseLeaveRequest',
      half.id,
    );
    expect(refused.node?.status).toBe('REFUSED');
    const cancelled = await decide(erp, admin, 'cancelLeaveRequest', request.id);
    expect(cancelled.node?.status).toBe('CANCELLED');
    expect(await balance(erp, tenantId, employee.id, leaveType.id)).toEqual({
      allocated: '10',
      approved: '0',
      pending: '0',
      remaining: '10',
    });
    expect((await hrRowCounts(tenantId)).events).toBe(1);

    const listed = await call(
      erp,
      admin,
      `query($e: ID!) { leaveRequests(employeeId: $e) { totalCount edges { node { startDate status } } } }`,
      {
        e: employee.id,
      },
    );
    expect(listed.body.data).toEqual({
      leaveRequests: {
        totalCount: 2,
        edges: [
          { node: { startDate: '2031-04-01', status: 'REFUSED' } },
          { node: { startDate: FRIDAY, status: 'CANCELLED' } },
        ],
      },
    });
  });

  it('refuses requests over the remaining allocation, overlapping or with bad dates, writing nothing', async () => {
    const { tenantId, leaveType, self, admin, employee } = await leaveSetup(erp, '6');
    await requestLeave(erp, self, { leaveTypeId: leaveType.id, startDate: MONDAY, endDate: FRIDAY });
    const before = await hrRowCounts(tenantId);
    const attempt = async (input: Record<string, unknown>) => {
      const result = await tryRequestLeave(erp, self, { leaveTypeId: leaveType.id, ...input });
      expect(result.node).toBeNull();
      return result.userErrors;
    };
    const over = await attempt({ startDate: NEXT_MONDAY, endDate: '2031-03-11' });
    expect(over).toEqual([
      {
        code: 'INSUFFICIENT_ALLOCATION',
        field: ['input', 'endDate'],
        message:
          'Paid time off: only 1 day remains (6 allocated, 0 approved, 5 pending); this request needs 2.',
      },
    ]);
    const overlap = await attempt({ startDate: FRIDAY, endDate: FRIDAY });
    expect(overlap).toEqual([
      {
        code: 'LEAVE_OVERLAP',
        field: ['input', 'startDate'],
        message: `These dates overlap another requested request (${MONDAY} to ${FRIDAY}).`,
      },
    ]);
    const codes = async (input: Record<string, unknown>) => (await attempt(input)).map((error) => error.code);
    expect(await codes({ startDate: '2031-03-12', endDate: '2031-03-11' })).toEqual(['END_BEFORE_START']);
    expect(await codes({ startDate: '2031-03-08', endDate: '2031-03-09' })).toEqual(['NO_WORKING_DAYS']);
    expect(await codes({ startDate: '2031-03-11', endDate: '2031-03-12', halfDay: true })).toEqual([
      'HALF_DAY_RANGE',
    ]);
    expect(await codes({ startDate: '2031-02-29', endDate: '2031-03-01' })).toEqual(['DATE_INVALID']);
    expect(await codes({ startDate: '2031-01-01', endDate: '2032-06-01' })).toEqual(['RANGE_TOO_LONG']);
    expect(await codes({ startDate: '2031-12-31', endDate: '2032-01-02' })).toEqual([
      'OUTSIDE_ALLOCATION_PERIOD',
    ]);
    expect(await codes({ startDate: '2032-03-01', endDate: '2032-03-01' })).toEqual([
      'INSUFFICIENT_ALLOCATION',
    ]);
    expect(await codes({ startDate: NEXT_MONDAY, endDate: NEXT_MONDAY, leaveTypeId: randomUUID() })).toEqual([
      'LEAVE_TYPE_NOT_FOUND',
    ]);
    expect(await codes({ startDate: NEXT_MONDAY, endDate: NEXT_MONDAY, employeeId: randomUUID() })).toEqual([
      'EMPLOYEE_NOT_FOUND',
    ]);
    // A caller without an employee record must name one.
    const stranger = await tryRequestLeave(
      erp,
      { tenantId, permissions: self.permissions },
      { leaveTypeId: leaveType.id, startDate: NEXT_MONDAY, endDate: NEXT_MONDAY },
    );
    expect(stranger.userErrors.map((error) => error.code)).toEqual(['EMPLOYEE_REQUIRED']);
    // ... and may not file for someone else without erp.leave:approve.
    const forOther = await tryRequestLeave(
      erp,
      { tenantId, permissions: self.permissions },
      {
        employeeId: employee.id,
        leaveTypeId: leaveType.id,
        startDate: NEXT_MONDAY,
        endDate: NEXT_MONDAY,
      },
    );
    expect(errorCodes({ status: 200, body: { errors: forOther.errors as never } })).toEqual(['FORBIDDEN']);
    const inactive = await createEmployee(erp, admin, { active: false });
    const onBehalf = await tryRequestLeave(erp, admin, {
      employeeId: inactive.id,
      leaveTypeId: leaveType.id,
      startDate: NEXT_MONDAY,
      endDate: NEXT_MONDAY,
    });
    expect(onBehalf.userErrors.map((error) => error.code)).toEqual(['EMPLOYEE_INACTIVE']);
    expect(await hrRowCounts(tenantId)).toEqual({ ...before, employees: before.employees + 1 });
  });

  it('records leave of a type without allocation, and refuses self-approval without erp.leave:admin', async () => {
    const { tenantId, userId, employee, self } = await leaveSetup(erp);
    const sick = await createLeaveType(erp, { tenantId }, { name: 'Sick leave', requiresAllocation: false });
    const request = await requestLeave(erp, self, {
      leaveTypeId: sick.id,
      startDate: '2031-05-05',
      endDate: '2031-05-16',
    });
    expect(request.days).toBe('10');
    const ownApprover = { tenantId, userId, permissions: APPROVER_PERMISSIONS };
    const selfApproval = await decide(erp, ownApprover, 'approveLeaveRequest', request.id);
    expect(selfApproval).toMatchObject({
      node: null,
      userErrors: [{ code: 'SELF_APPROVAL', field: ['input', 'id'] }],
    });
    expect((await hrRowCounts(tenantId)).events).toBe(0);
    const memberApproval = await decide(erp, self, 'approveLeaveRequest', request.id);
    expect(errorCodes({ status: 200, body: { errors: memberApproval.errors as never } })).toEqual([
      'FORBIDDEN',
    ]);
    const admin = await decide(erp, { tenantId, userId }, 'approveLeaveRequest', request.id);
    expect(admin.node?.status).toBe('APPROVED');
    expect(await balance(erp, tenantId, employee.id, sick.id, '2031-05-05')).toEqual({
      allocated: '0',
      approved: '10',
      pending: '0',
      remaining: '-10',
    });
    // The employee may withdraw a requested leave, not an approved one.
    const withdrawn = await decide(erp, self, 'cancelLeaveRequest', request.id);
    expect(withdrawn.userErrors.map((error) => error.code)).toEqual(['NOT_CANCELLABLE']);
    const someoneElse = await decide(
      erp,
      { tenantId, permissions: self.permissions },
      'cancelLeaveRequest',
      request.id,
    );
    expect(errorCodes({ status: 200, body: { errors: someoneElse.errors as never } })).toEqual(['FORBIDDEN']);
    const unknown = await decide(erp, { tenantId }, 'approveLeaveRequest', randomUUID());
    expect(errorCodes({ status: 200, body: { errors: unknown.errors as never } })).toEqual(['NOT_FOUND']);
  });

  it('re-checks the allocation at approval when it was lowered, and refuses lowering it below approved', async () => {
    const { tenantId, admin, employee, leaveType, self } = await leaveSetup(erp);
    const [allocation] = (
      await queryAsSuperuser<{ id: string }>(`select id from erp.leave_allocations where tenant_id = $1`, [
        tenantId,
      ])
    ).map((row) => row.id);
    const first = await requestLeave(erp, self, {
      leaveTypeId: leaveType.id,
      startDate: MONDAY,
      endDate: FRIDAY,
    });
    const second = await requestLeave(erp, self, {
      leaveTypeId: leaveType.id,
      startDate: NEXT_MONDAY,
      endDate: '2031-03-14',
    });
    const lowered = await mutate(erp, admin, 'updateLeaveAllocation', 'allocation', 'days', {
      id: allocation,
      days: '7',
    });
    expect(lowered.node).toEqual({ days: '7' });
    expect((await decide(erp, admin, 'approveLeaveRequest', first.id)).node?.status).toBe('APPROVED');
    const refused = await decide(erp, admin, 'approveLeaveRequest', second.id);
    expect(refused.userErrors).toEqual([
      {
        code: 'INSUFFICIENT_ALLOCATION',
        field: ['input', 'id'],
        message: 'Paid time off: 2 days remain to approve (7 allocated, 5 approved); this request needs 5.',
      },
    ]);
    const below = await mutate(erp, admin, 'updateLeaveAllocation', 'allocation', 'days', {
      id: allocation,
      days: '4.5',
    });
    expect(below.userErrors.map((error) => error.code)).toEqual(['ALLOCATION_BELOW_APPROVED']);
    expect(await balance(erp, tenantId, employee.id, leaveType.id)).toEqual({
      allocated: '7',
      approved: '5',
      pending: '5',
      remaining: '-3',
    });
  });
});
