import { randomUUID } from 'node:crypto';
import { errorCodes, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  createDepartment,
  createEmployee,
  EMPLOYEE_FIELDS,
  type EmployeeView,
  hrRowCounts,
  MEMBER_PERMISSIONS,
  mutate,
  startHr,
} from './hr-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startHr();
});
afterAll(async () => {
  await erp.stop();
});

const USER_EMPLOYEE = /* GraphQL */ `
  query ($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on User {
        id
        employee {
          id
          name
          workEmail
        }
      }
    }
  }
`;

describe('employees', () => {
  it('creates an employee with every field and reads it back by id', async () => {
    const tenantId = randomUUID();
    const admin = { tenantId };
    const department = await createDepartment(erp, admin, { name: 'Finance' });
    const manager = await createEmployee(erp, admin, { name: 'Marta Manager' });
    const userId = randomUUID();
    const created = await mutate<EmployeeView>(erp, admin, 'createEmployee', 'employee', EMPLOYEE_FIELDS, {
      name: '  Ana Lima ',
      workEmail: ' Ana.Lima@Example.com ',
      jobTitle: 'Accountant',
      departmentId: department.id,
      managerId: manager.id,
      hireDate: '2030-02-01',
      endDate: '2032-01-31',
      userId: userId.toUpperCase(),
    });
    expect(created).toEqual({
      node: {
        id: expect.any(String),
        name: 'Ana Lima',
        workEmail: 'ana.lima@example.com',
        jobTitle: 'Accountant',
        hireDate: '2030-02-01',
        endDate: '2032-01-31',
        active: true,
        department: { id: department.id, name: 'Finance' },
        manager: { id: manager.id, name: 'Marta Manager' },
        user: { id: userId },
      },
      userErrors: [],
      errors: undefined,
    });
    const read = await call(erp, admin, `query($id: ID!) { employee(id: $id) { ${EMPLOYEE_FIELDS} } }`, {
      id: created.node!.id,
    });
    expect(read.body).toEqual({ data: { employee: created.node } });

    const updated = await mutate<EmployeeView>(erp, admin, 'updateEmployee', 'employee', EMPLOYEE_FIELDS, {
      id: created.node!.id,
      jobTitle: null,
      departmentId: null,
      active: false,
    });
    expect(updated.node).toMatchObject({
      jobTitle: null,
      department: null,
      active: false,
      workEmail: 'ana.lima@example.com',
    });
  });

  it('refuses bad input and taken keys with userErrors, writing nothing', async () => {
    const tenantId = randomUUID();
    const admin = { tenantId };
    const userId = randomUUID();
    const boss = await createEmployee(erp, admin, { name: 'Boss', workEmail: 'boss@example.com', userId });
    const report = await createEmployee(erp, admin, { name: 'Report', managerId: boss.id });
    const before = await hrRowCounts(tenantId);

    const codes = async (field: string, input: Record<string, unknown>) => {
      const result = await mutate(erp, admin, field, 'employee', 'id', input);
      expect(result.node).toBeNull();
      return result.userErrors.map((error) => error.code);
    };
    const base = { name: 'New', hireDate: '2030-01-01' };
    expect(await codes('createEmployee', { ...base, name: ' ' })).toEqual(['NAME_REQUIRED']);
    expect(await codes('createEmployee', { ...base, workEmail: 'not-an-email' })).toEqual(['EMAIL_INVALID']);
    expect(await codes('createEmployee', { ...base, workEmail: 'BOSS@example.com' })).toEqual([
      'EMAIL_TAKEN',
    ]);
    expect(await codes('createEmployee', { ...base, userId })).toEqual(['USER_TAKEN']);
    expect(await codes('createEmployee', { ...base, userId: 'someone' })).toEqual(['USER_ID_INVALID']);
    expect(await codes('createEmployee', { ...base, hireDate: '2030-02-30' })).toEqual(['DATE_INVALID']);
    expect(await codes('createEmployee', { ...base, endDate: '2030-01-01' })).toEqual(['END_BEFORE_HIRE']);
    expect(await codes('createEmployee', { ...base, endDate: '2029-12-31' })).toEqual(['END_BEFORE_HIRE']);
    expect(await codes('createEmployee', { ...base, jobTitle: 'x'.repeat(201) })).toEqual([
      'JOB_TITLE_TOO_LONG',
    ]);
    expect(await codes('createEmployee', { ...base, departmentId: randomUUID() })).toEqual([
      'DEPARTMENT_NOT_FOUND',
    ]);
    expect(await codes('createEmployee', { ...base, managerId: randomUUID() })).toEqual([
      'MANAGER_NOT_FOUND',
    ]);
    expect(await codes('updateEmployee', { id: boss.id, managerId: report.id })).toEqual(['MANAGER_CYCLE']);
    expect(await codes('updateEmployee', { id: boss.id, managerId: boss.id })).toEqual(['MANAGER_CYCLE']);
    expect(await codes('updateEmployee', { id: report.id, hireDate: null })).toEqual(['DATE_REQUIRED']);
    expect(await codes('updateEmployee', { id: report.id, userId })).toEqual(['USER_TAKEN']);
    const several = await mutate(erp, admin, 'createEmployee', 'employee', 'id', {
      name: '',
      hireDate: 'tomorrow',
      workEmail: 'x@',
    });
    expect(several.userErrors.map((error) => error.code)).toEqual([
      'NAME_REQUIRED',
      'EMAIL_INVALID',
      'DATE_INVALID',
    ]);
    expect(several.userErrors[1]).toEqual({
      code: 'EMAIL_INVALID',
      field: ['input', 'workEmail'],
      message: 'Enter a work e-mail address such as "ana@example.com".',
    });

    const unknown = await call(
      erp,
      admin,
      `mutation($id: ID!) { updateEmployee(input: { id: $id, name: "X" }) { employee { id } } }`,
      {
        id: randomUUID(),
      },
    );
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(await hrRowCounts(tenantId)).toEqual(before);
  });

  it('lists employees by name with search, department and active filters and keyset pages', async () => {
    const tenantId = randomUUID();
    const admin = { tenantId };
    const sales = await createDepartment(erp, admin, { name: 'Sales' });
    for (const name of ['carla', 'Bruno', 'Alice', 'Dora', 'Eve']) {
      await createEmployee(erp, admin, {
        name,
        departmentId: name === 'Eve' ? null : sales.id,
        active: name !== 'Dora',
      });
    }
    type Page = {
      employees: {
        totalCount: number;
        edges: Array<{ node: { name: string } }>;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      };
    };
    const names: string[] = [];
    let after: string | null = null;
    for (let pageNumber = 0; pageNumber < 3; pageNumber += 1) {
      const page: Page = (
        await call<Page>(
          erp,
          admin,
          `query($after: String) { employees(first: 2, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
          { after },
        )
      ).body.data!;
      expect(page.employees.totalCount).toBe(5);
      names.push(...page.employees.edges.map((edge) => edge.node.name));
      after = page.employees.pageInfo.endCursor;
      expect(page.employees.pageInfo.hasNextPage).toBe(pageNumber < 2);
    }
    expect(names).toEqual(['Alice', 'Bruno', 'carla', 'Dora', 'Eve']);

    const filtered = await call<Page>(
      erp,
      admin,
      `query($d: ID!) { employees(departmentId: $d, active: true, search: "r") { totalCount edges { node { name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
      { d: sales.id },
    );
    expect(filtered.body.data!.employees.edges.map((edge) => edge.node.name)).toEqual(['Bruno', 'carla']);
    const bad = await call(erp, admin, `{ employees(after: "garbage") { totalCount } }`);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const tooMany = await call(erp, admin, `{ employees(first: 101) { totalCount } }`);
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  it("resolves User.employee through _entities, for the caller's tenant only", async () => {
    const tenantId = randomUUID();
    const otherTenant = randomUUID();
    const linked = randomUUID();
    const unlinked = randomUUID();
    const employee = await createEmployee(
      erp,
      { tenantId },
      { name: 'Linked', userId: linked, workEmail: 'l@example.com' },
    );
    await createEmployee(erp, { tenantId: otherTenant }, { name: 'Elsewhere', userId: unlinked });
    const representations = [
      { __typename: 'User', id: linked },
      { __typename: 'User', id: unlinked },
      { __typename: 'User', id: 'not-a-uuid' },
    ];
    const own = await call(erp, { tenantId, permissions: MEMBER_PERMISSIONS }, USER_EMPLOYEE, {
      r: representations,
    });
    expect(own.body).toEqual({
      data: {
        _entities: [
          { id: linked, employee: { id: employee.id, name: 'Linked', workEmail: 'l@example.com' } },
          { id: unlinked, employee: null },
          { id: 'not-a-uuid', employee: null },
        ],
      },
    });
    const other = await call(erp, { tenantId: otherTenant }, USER_EMPLOYEE, {
      r: representations.slice(0, 2),
    });
    expect(other.body.data).toEqual({
      _entities: [
        { id: linked, employee: null },
        { id: unlinked, employee: { id: expect.any(String), name: 'Elsewhere', workEmail: null } },
      ],
    });
    const noTenant = await call(erp, { tenantId: null }, USER_EMPLOYEE, { r: representations.slice(0, 1) });
    expect(errorCodes(noTenant)).toEqual(['FORBIDDEN']);
    const noPermission = await call(erp, { tenantId, permissions: [] }, USER_EMPLOYEE, {
      r: representations.slice(0, 1),
    });
    expect(noPermission.body.data).toEqual({ _entities: [{ id: linked, employee: null }] });
    expect(errorCodes(noPermission)).toEqual(['FORBIDDEN']);
  });

  it('needs erp.employee:write to add or change employees', async () => {
    const tenantId = randomUUID();
    const refused = await call(
      erp,
      { tenantId, permissions: MEMBER_PERMISSIONS },
      `mutation { createEmployee(input: { name: "X", hireDate: "2030-01-01" }) { employee { id } } }`,
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect((await hrRowCounts(tenantId)).employees).toBe(0);
  });
});
