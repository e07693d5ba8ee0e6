import { randomUUID } from 'node:crypto';
import { queryAsSuperuser, type RunningSubgraph, subgraphTestHarness, type TestCaller } from '@nexora/kit';
import { erpSubgraph } from '../src';

/** Every HR permission: a caller who names none holds all of them (an admin, say). */
export const HR_PERMISSIONS = [
  'erp.employee:read',
  'erp.employee:write',
  'erp.hr:write',
  'erp.leave:read',
  'erp.leave:request',
  'erp.leave:approve',
  'erp.leave:admin',
];

/** What a member holds of HR (see the modules' grants): read, and request leave for themself. */
export const MEMBER_PERMISSIONS = ['erp.employee:read', 'erp.leave:read', 'erp.leave:request'];
/** An approver who is not an admin of leave: may decide others' requests, not their own. */
export const APPROVER_PERMISSIONS = [...MEMBER_PERMISSIONS, 'erp.leave:approve'];

export const hrHarness = subgraphTestHarness(erpSubgraph, { permissions: HR_PERMISSIONS });
export const { start: startHr, call } = hrHarness;

export interface UserErrorView {
  field: string[] | null;
  message: string;
  code: string;
}

export const EMPLOYEE_FIELDS = `id name workEmail jobTitle hireDate endDate active
  department { id name } manager { id name } user { id }`;

export interface EmployeeView {
  id: string;
  name: string;
  workEmail: string | null;
  jobTitle: string | null;
  hireDate: string;
  endDate: string | null;
  active: boolean;
  department: { id: string; name: string } | null;
  manager: { id: string; name: string } | null;
  user: { id: string } | null;
}

export const REQUEST_FIELDS = `id startDate endDate halfDay days status reason
  employee { id } leaveType { id name } decidedBy { id } decidedAt`;

export interface LeaveRequestView {
  id: string;
  startDate: string;
  endDate: string;
  halfDay: boolean;
  days: string;
  status: string;
  reason: string | null;
  employee: { id: string };
  leaveType: { id: string; name: string };
  decidedBy: { id: string } | null;
  decidedAt: string | null;
}

/** Runs a mutation whose payload is `{ <node>, userErrors }`; returns both and the raw response. */
export async function mutate<T>(
  erp: RunningSubgraph,
  caller: TestCaller,
  field: string,
  node: string,
  fields: string,
  input: Record<string, unknown>,
): Promise<{ node: T | null; userErrors: UserErrorView[]; errors: unknown }> {
  const inputType = `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
  const response = await call<Record<string, { userErrors: UserErrorView[] } & Record<string, T | null>>>(
    erp,
    caller,
    `mutation($input: ${DECISION_INPUTS[field] ?? inputType}!) {
      ${field}(input: $input) { ${node} { ${fields} } userErrors { field message code } }
    }`,
    { input },
  );
  const payload = response.body.data?.[field];
  return {
    node: payload?.[node] ?? null,
    userErrors: payload?.userErrors ?? [],
    errors: response.body.errors,
  };
}

const DECISION_INPUTS: Record<string, string> = {
  approveLeaveRequest: 'LeaveDecisionInput',
  refuseLeaveRequest: 'LeaveDecisionInput',
  cancelLeaveRequest: 'LeaveDecisionInput',
};

function created<T>(
  result: { node: T | null; userErrors: UserErrorView[]; errors: unknown },
  what: string,
): T {
  if (!result.node) throw new Error(`${what} failed: ${JSON.stringify(result)}`);
  return result.node;
}

export async function createDepartment(
  erp: RunningSubgraph,
  caller: TestCaller,
  input: Record<string, unknown>,
): Promise<{ id: string; name: string }> {
  const result = await mutate<{ id: string; name: string }>(
    erp,
    caller,
    'createDepartment',
    'department',
    'id name',
    input,
  );
  return created(result, 'createDepartment');
}

export async function createEmployee(
  erp: RunningSubgraph,
  caller: TestCaller,
  input: Record<string, unknown> = {},
): Promise<EmployeeView> {
  const result = await mutate<EmployeeView>(erp, caller, 'createEmployee', 'employee', EMPLOYEE_FIELDS, {
    name: 'Ana Lima',
    hireDate: '2030-01-01',
    ...input,
  });
  return created(result, 'createEmployee');
}

export async function createLeaveType(
  erp: RunningSubgraph,
  caller: TestCaller,
  input: Record<string, unknown> = {},
): Promise<{ id: string; name: string }> {
  const result = await mutate<{ id: string; name: string }>(
    erp,
    caller,
    'createLeaveType',
    'leaveType',
    'id name',
    {
      name: 'Paid time off',
      ...input,
    },
  );
  return created(result, 'createLeaveType');
}

export async function allocate(
  erp: RunningSubgraph,
  caller: TestCaller,
  input: Record<string, unknown>,
): Promise<{ id: string; days: string }> {
  const result = await mutate<{ id: string; days: string }>(
    erp,
    caller,
    'createLeaveAllocation',
    'allocation',
    'id days',
    { validFrom: '2031-01-01', validTo: '2031-12-31', ...input },
  );
  return created(result, 'createLeaveAllocation');
}

export function tryRequestLeave(erp: RunningSubgraph, caller: TestCaller, input: Record<string, unknown>) {
  return mutate<LeaveRequestView>(erp, caller, 'requestLeave', 'request', REQUEST_FIELDS, input);
}

export async function requestLeave(
  erp: RunningSubgraph,
  caller: TestCaller,
  input: Record<string, unknown>,
): Promise<LeaveRequestView> {
  return created(await tryRequestLeave(erp, caller, input), 'requestLeave');
}

export function decide(
  erp: RunningSubgraph,
  caller: TestCaller,
  decision: 'approveLeaveRequest' | 'refuseLeaveRequest' | 'cancelLeaveRequest',
  id: string,
) {
  return mutate<LeaveRequestView>(erp, caller, decision, 'request', REQUEST_FIELDS, { id });
}

export async function balance(
  erp: RunningSubgraph,
  tenantId: string,
  employeeId: string,
  leaveTypeId: string,
  on = '2031-06-01',
): Promise<{ allocated: string; approved: string; pending: string; remaining: string } | null> {
  const response = await call<{
    leaveBalance: { allocated: string; approved: string; pending: string; remaining: string } | null;
  }>(
    erp,
    { tenantId },
    `query($e: ID!, $t: ID!, $on: String) { leaveBalance(employeeId: $e, leaveTypeId: $t, on: $on) {
      allocated approved pending remaining } }`,
    { e: employeeId, t: leaveTypeId, on },
  );
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data!.leaveBalance;
}

const HR_TABLES = ['departments', 'employees', 'leave_types', 'leave_allocations', 'leave_requests'];

/** Rows of every HR table (and HR events of the outbox) of a tenant, as the superuser sees them. */
export async function hrRowCounts(tenantId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of HR_TABLES) {
    const [row] = await queryAsSuperuser<{ count: number }>(
      `select count(*)::int as count from erp.${table} where tenant_id = $1`,
      [tenantId],
    );
    counts[table] = row.count;
  }
  const [events] = await queryAsSuperuser<{ count: number }>(
    `select count(*)::int as count from erp.outbox where tenant_id = $1 and type like 'erp.leave.%'`,
    [tenantId],
  );
  counts.events = events.count;
  return counts;
}

/** A fresh tenant with one employee linked to a user, a Paid time off type and 10 days of 2031. */
export async function leaveSetup(erp: RunningSubgraph, days = '10') {
  const tenantId = randomUUID();
  const userId = randomUUID();
  const admin = { tenantId };
  const employee = await createEmployee(erp, admin, { userId });
  const leaveType = await createLeaveType(erp, admin);
  await allocate(erp, admin, { employeeId: employee.id, leaveTypeId: leaveType.id, days });
  return {
    tenantId,
    userId,
    admin,
    employee,
    leaveType,
    self: { tenantId, userId, permissions: MEMBER_PERMISSIONS },
  };
}
