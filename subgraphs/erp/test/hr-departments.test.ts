import { randomUUID } from 'node:crypto';
import { errorCodes, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  createDepartment,
  createEmployee,
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

const DEPARTMENT = 'id name parent { id name } manager { id name }';

describe('departments', () => {
  it('creates, lists, gets, updates and deletes departments of a tree', async () => {
    const tenantId = randomUUID();
    const admin = { tenantId };
    const boss = await createEmployee(erp, admin, { name: 'Bea Boss' });
    const company = await createDepartment(erp, admin, { name: '  Company ' });
    const sales = await mutate<{ id: string }>(erp, admin, 'createDepartment', 'department', DEPARTMENT, {
      name: 'Sales',
      parentId: company.id,
      managerId: boss.id,
    });
    expect(sales).toEqual({
      node: {
        id: expect.any(String),
        name: 'Sales',
        parent: { id: company.id, name: 'Company' },
        manager: { id: boss.id, name: 'Bea Boss' },
      },
      userErrors: [],
      errors: undefined,
    });
    await createDepartment(erp, admin, { name: 'accounting' });

    const first = await call<{
      departments: {
        totalCount: number;
        edges: Array<{ cursor: string; node: { name: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      erp,
      admin,
      `{ departments(first: 2) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`,
    );
    const page = first.body.data!.departments;
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((edge) => edge.node.name)).toEqual(['accounting', 'Company']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await call<{
      departments: { edges: Array<{ node: { name: string } }>; pageInfo: { hasNextPage: boolean } };
    }>(
      erp,
      admin,
      `query($after: String) { departments(first: 2, after: $after) { edges { node { name } } pageInfo { hasNextPage } } }`,
      { after: page.pageInfo.endCursor },
    );
    expect(second.body.data!.departments).toEqual({
      edges: [{ node: { name: 'Sales' } }],
      pageInfo: { hasNextPage: false },
    });
    const searched = await call<{ departments: { totalCount: number } }>(
      erp,
      admin,
      `{ departments(search: "sal") { totalCount } }`,
    );
    expect(searched.body.data!.departments.totalCount).toBe(1);

    const got = await call(erp, admin, `query($id: ID!) { department(id: $id) { ${DEPARTMENT} } }`, {
      id: sales.node!.id,
    });
    expect(got.body.data).toEqual({ department: sales.node });

    const renamed = await mutate(erp, admin, 'updateDepartment', 'department', DEPARTMENT, {
      id: sales.node!.id,
      name: 'Sales EMEA',
      parentId: null,
      managerId: null,
    });
    expect(renamed.node).toEqual({ id: sales.node!.id, name: 'Sales EMEA', parent: null, manager: null });

    const deleted = await call(
      erp,
      admin,
      `mutation($id: ID!) { deleteDepartment(input: { id: $id }) { deletedId userErrors { code } } }`,
      {
        id: sales.node!.id,
      },
    );
    expect(deleted.body.data).toEqual({ deleteDepartment: { deletedId: sales.node!.id, userErrors: [] } });
    expect((await hrRowCounts(tenantId)).departments).toBe(2);
  });

  it('refuses bad names, duplicates, unknown parents and managers, and cycles, writing nothing', async () => {
    const tenantId = randomUUID();
    const admin = { tenantId };
    const top = await createDepartment(erp, admin, { name: 'Operations' });
    const middle = await createDepartment(erp, admin, { name: 'Logistics', parentId: top.id });
    const bottom = await createDepartment(erp, admin, { name: 'Shipping', parentId: middle.id });
    const before = await hrRowCounts(tenantId);

    const codes = async (field: string, input: Record<string, unknown>) =>
      (await mutate(erp, admin, field, 'department', 'id', input)).userErrors.map((error) => error.code);
    expect(await codes('createDepartment', { name: '   ' })).toEqual(['NAME_REQUIRED']);
    expect(await codes('createDepartment', { name: 'x'.repeat(201) })).toEqual(['NAME_TOO_LONG']);
    expect(await codes('createDepartment', { name: 'OPERATIONS' })).toEqual(['NAME_TAKEN']);
    expect(await codes('createDepartment', { name: 'New', parentId: randomUUID() })).toEqual([
      'PARENT_NOT_FOUND',
    ]);
    expect(await codes('createDepartment', { name: 'New', parentId: 'nope' })).toEqual(['PARENT_NOT_FOUND']);
    expect(await codes('createDepartment', { name: 'New', managerId: randomUUID() })).toEqual([
      'MANAGER_NOT_FOUND',
    ]);
    expect(await codes('updateDepartment', { id: top.id, parentId: bottom.id })).toEqual(['PARENT_CYCLE']);
    expect(await codes('updateDepartment', { id: top.id, parentId: top.id })).toEqual(['PARENT_CYCLE']);
    expect(await codes('updateDepartment', { id: bottom.id, name: 'logistics' })).toEqual(['NAME_TAKEN']);

    const taken = await mutate(erp, admin, 'createDepartment', 'department', 'id', { name: 'operations ' });
    expect(taken.userErrors).toEqual([
      {
        code: 'NAME_TAKEN',
        field: ['input', 'name'],
        message: 'Another department is already called "operations".',
      },
    ]);

    await createEmployee(erp, admin, { departmentId: bottom.id });
    const inUse = await call<{
      deleteDepartment: { deletedId: string | null; userErrors: Array<{ code: string }> };
    }>(
      erp,
      admin,
      `mutation($id: ID!) { deleteDepartment(input: { id: $id }) { deletedId userErrors { code } } }`,
      { id: middle.id },
    );
    expect(inUse.body.data!.deleteDepartment).toEqual({
      deletedId: null,
      userErrors: [{ code: 'DEPARTMENT_IN_USE' }],
    });
    const staffed = await call<{ deleteDepartment: { userErrors: Array<{ code: string }> } }>(
      erp,
      admin,
      `mutation($id: ID!) { deleteDepartment(input: { id: $id }) { deletedId userErrors { code } } }`,
      { id: bottom.id },
    );
    expect(staffed.body.data!.deleteDepartment.userErrors).toEqual([{ code: 'DEPARTMENT_IN_USE' }]);

    const unknown = await call(
      erp,
      admin,
      `mutation($id: ID!) { updateDepartment(input: { id: $id, name: "X" }) { department { id } } }`,
      {
        id: randomUUID(),
      },
    );
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const malformed = await call(erp, admin, `{ department(id: "42") { id } }`);
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);

    expect(await hrRowCounts(tenantId)).toEqual({ ...before, employees: before.employees + 1 });
    const names = await call<{
      departments: { edges: Array<{ node: { name: string; parent: { name: string } | null } }> };
    }>(erp, admin, `{ departments { edges { node { name parent { name } } } } }`);
    expect(
      names.body.data!.departments.edges.map((edge) => [edge.node.name, edge.node.parent?.name ?? null]),
    ).toEqual([
      ['Logistics', 'Operations'],
      ['Operations', null],
      ['Shipping', 'Logistics'],
    ]);
  });

  it('needs erp.hr:write to change departments and erp.employee:read to see them', async () => {
    const tenantId = randomUUID();
    const member = { tenantId, permissions: MEMBER_PERMISSIONS };
    const refused = await call(
      erp,
      member,
      `mutation { createDepartment(input: { name: "Legal" }) { department { id } } }`,
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const blind = await call(erp, { tenantId, permissions: [] }, `{ departments { totalCount } }`);
    expect(errorCodes(blind)).toEqual(['FORBIDDEN']);
    const readable = await call(erp, member, `{ departments { totalCount } }`);
    expect(readable.body).toEqual({ data: { departments: { totalCount: 0 } } });
    expect((await hrRowCounts(tenantId)).departments).toBe(0);
  });
});
