import { randomUUID } from 'node:crypto';
import { errorCodes, type RunningSubgraph } from '@nexora/kit';
import {
  allocate,
  call,
  createDepartment,
  createEmployee,
  createLeaveType,
  decide,
  hrRowCounts,
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

describe("a tenant's HR data is invisible and unusable to every other tenant", () => {
  it("hides another tenant's departments, employees and leave, and refuses them by id", async () => {
    const owner = { tenantId: randomUUID() };
    const intruder = { tenantId: randomUUID() };
    const department = await createDepartment(erp, owner, { name: 'Sales' });
    const employee = await createEmployee(erp, owner, {
      name: 'Ana',
      departmentId: department.id,
      userId: randomUUID(),
    });
    const leaveType = await createLeaveType(erp, owner);
    const allocation = await allocate(erp, owner, {
      employeeId: employee.id,
      leaveTypeId: leaveType.id,
      days: '10',
    });
    const request = await requestLeave(erp, owner, {
      employeeId: employee.id,
      leaveTypeId: leaveType.id,
      startDate: '2031-03-03',
      endDate: '2031-03-04',
    });
    const ownerRows = await hrRowCounts(owner.tenantId);

    const reads = await call(
      erp,
      intruder,
      `query($d: ID!, $e: ID!, $t: ID!, $r: ID!) {
        department(id: $d) { id } employee(id: $e) { id } leaveType(id: $t) { id } leaveRequest(id: $r) { id }
        leaveBalance(employeeId: $e, leaveTypeId: $t) { remaining }
        departments { totalCount } employees(search: "Ana") { totalCount } leaveTypes { totalCount }
        leaveAllocations { totalCount } leaveRequests { totalCount }
      }`,
      { d: department.id, e: employee.id, t: leaveType.id, r: request.id },
    );
    expect(reads.body).toEqual({
      data: {
        department: null,
        employee: null,
        leaveType: null,
        leaveRequest: null,
        leaveBalance: null,
        departments: { totalCount: 0 },
        employees: { totalCount: 0 },
        leaveTypes: { totalCount: 0 },
        leaveAllocations: { totalCount: 0 },
        leaveRequests: { totalCount: 0 },
      },
    });

    const codes = async (field: string, node: string, input: Record<string, unknown>) => {
      const result = await mutate(erp, intruder, field, node, 'id', input);
      expect(result.node).toBeNull();
      return [
        ...result.userErrors.map((error) => error.code),
        ...errorCodes({ status: 200, body: { errors: result.errors as never } }),
      ];
    };
    expect(
      await codes('createDepartment', 'department', {
        name: 'X',
        parentId: department.id,
        managerId: employee.id,
      }),
    ).toEqual(['PARENT_NOT_FOUND', 'MANAGER_NOT_FOUND']);
    expect(await codes('updateDepartment', 'department', { id: department.id, name: 'Mine' })).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      await codes('createEmployee', 'employee', {
        name: 'Spy',
        hireDate: '2030-01-01',
        departmentId: department.id,
        managerId: employee.id,
      }),
    ).toEqual(['DEPARTMENT_NOT_FOUND', 'MANAGER_NOT_FOUND']);
    expect(await codes('updateEmployee', 'employee', { id: employee.id, name: 'Mine' })).toEqual([
      'NOT_FOUND',
    ]);
    expect(await codes('updateLeaveType', 'leaveType', { id: leaveType.id, name: 'Mine' })).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      await codes('createLeaveAllocation', 'allocation', {
        employeeId: employee.id,
        leaveTypeId: leaveType.id,
        days: '99',
        validFrom: '2031-01-01',
        validTo: '2031-12-31',
      }),
    ).toEqual(['EMPLOYEE_NOT_FOUND', 'LEAVE_TYPE_NOT_FOUND']);
    expect(await codes('updateLeaveAllocation', 'allocation', { id: allocation.id, days: '99' })).toEqual([
      'NOT_FOUND',
    ]);
    const filed = await tryRequestLeave(erp, intruder, {
      employeeId: employee.id,
      leaveTypeId: leaveType.id,
      startDate: '2031-03-10',
      endDate: '2031-03-10',
    });
    expect(filed.userErrors.map((error) => error.code)).toEqual(['EMPLOYEE_NOT_FOUND']);
    for (const decision of ['approveLeaveRequest', 'refuseLeaveRequest', 'cancelLeaveRequest'] as const) {
      const outcome = await decide(erp, intruder, decision, request.id);
      expect(errorCodes({ status: 200, body: { errors: outcome.errors as never } })).toEqual(['NOT_FOUND']);
    }
    const deleted = await call(
      erp,
      intruder,
      `mutation($id: ID!) { deleteDepartment(input: { id: $id }) { deletedId } }`,
      {
        id: department.id,
      },
    );
    expect(errorCodes(deleted)).toEqual(['NOT_FOUND']);

    // The same names are free in another tenant.
    await createDepartment(erp, intruder, { name: 'sales' });
    await createLeaveType(erp, intruder);

    expect(await hrRowCounts(owner.tenantId)).toEqual(ownerRows);
    expect(await hrRowCounts(intruder.tenantId)).toEqual({
      departments: 1,
      employees: 0,
      leave_types: 1,
      leave_allocations: 0,
      leave_requests: 0,
      events: 0,
    });
    const untouched = await call(
      erp,
      owner,
      `query($r: ID!) { leaveRequest(id: $r) { status employee { name department { name } } } }`,
      {
        r: request.id,
      },
    );
    expect(untouched.body.data).toEqual({
      leaveRequest: { status: 'REQUESTED', employee: { name: 'Ana', department: { name: 'Sales' } } },
    });
  });
});
