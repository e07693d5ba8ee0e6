import { startE2EPlatform, uniqueName, type E2EPlatform, type SignedUpTenant } from './e2e-client';
import {
  created,
  erpTablesHolding,
  expectForeignCursorHarmless,
  ids,
  read,
  tryMutation,
  type Page,
} from './erp-isolation-helpers';

/**
 * The inventory and HR side of erp through the real gateway, with two real tenants: A keeps a
 * product in a warehouse with two locations (received, transferred), a reorder rule, a department,
 * an employee linked to A's owner, a leave type, an allocation and a pending leave request; B, an
 * owner holding every permission, with a few rows of its own, can see none of A's, use none of them
 * in its own documents, change none of them. The ledger side is in erp-ledger-isolation.test.ts.
 */

let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;

interface Operations {
  product: string;
  warehouse: string;
  stock: string;
  shelf: string;
  receipt: string;
  transfer: string;
  rule: string;
  department: string;
  employee: string;
  leaveType: string;
  allocation: string;
  request: string;
}
let ofA: Operations;
let ofB: Pick<Operations, 'product' | 'warehouse' | 'stock' | 'receipt' | 'employee' | 'leaveType'>;

const SKU_A = `ISO-${Math.random().toString(36).slice(2, 10).toUpperCase()}`;

function make<T = { id: string }>(
  token: string,
  field: string,
  node: string,
  input: Record<string, unknown>,
  selection = 'id',
): Promise<T> {
  const inputType = `${field[0].toUpperCase()}${field.slice(1)}Input`;
  return created<T>(e2e, token, field, inputType, node, selection, input);
}

async function productAndWarehouse(token: string, sku: string, code: string) {
  const product = await make(token, 'createProduct', 'product', {
    sku,
    name: uniqueName('Widget'),
    costPrice: '4.00',
    salePrice: '9.00',
  });
  const warehouse = await make<{ id: string; defaultLocation: { id: string } }>(
    token,
    'createWarehouse',
    'warehouse',
    { code, name: uniqueName('Main') },
    'id defaultLocation { id }',
  );
  return { product: product.id, warehouse: warehouse.id, stock: warehouse.defaultLocation.id };
}

async function operationsOfA(): Promise<Operations> {
  const { product, warehouse, stock } = await productAndWarehouse(a.token, SKU_A, 'WHA');
  const shelf = await make(a.token, 'createStockLocation', 'location', {
    warehouseId: warehouse,
    code: 'SHELF',
    name: 'Shelf',
  });
  const receipt = await make(a.token, 'receiveStock', 'move', {
    productId: product,
    locationId: stock,
    quantity: '10',
    unitCost: '4.00',
  });
  const transfer = await make(a.token, 'transferStock', 'move', {
    productId: product,
    fromLocationId: stock,
    toLocationId: shelf.id,
    quantity: '3',
  });
  const rule = await make(a.token, 'setReorderRule', 'rule', {
    productId: product,
    warehouseId: warehouse,
    minQuantity: '20',
    maxQuantity: '30',
  });
  const department = await make(a.token, 'createDepartment', 'department', { name: uniqueName('Sales') });
  const employee = await make(a.token, 'createEmployee', 'employee', {
    name: uniqueName('Ana'),
    hireDate: '2025-01-06',
    departmentId: department.id,
    userId: a.userId,
  });
  const leaveType = await make(a.token, 'createLeaveType', 'leaveType', {
    name: uniqueName('Paid time off'),
  });
  const allocation = await make(a.token, 'createLeaveAllocation', 'allocation', {
    employeeId: employee.id,
    leaveTypeId: leaveType.id,
    days: '10',
    validFrom: '2027-01-01',
    validTo: '2027-12-31',
  });
  // Monday and Tuesday: 2 working days, left REQUESTED so B's decisions would change something.
  const request = await make(a.token, 'requestLeave', 'request', {
    employeeId: employee.id,
    leaveTypeId: leaveType.id,
    startDate: '2027-03-01',
    endDate: '2027-03-02',
  });
  return {
    product,
    warehouse,
    stock,
    shelf: shelf.id,
    receipt: receipt.id,
    transfer: transfer.id,
    rule: rule.id,
    department: department.id,
    employee: employee.id,
    leaveType: leaveType.id,
    allocation: allocation.id,
    request: request.id,
  };
}

/**
 * B's own rows: a product with 2 units at 1.50 (so B's valuation is not empty), a warehouse, a leave
 * type, and an employee linked to A's owner's user id (erp cannot check user ids; identity owns them),
 * so `User.employee` of that user has an answer in both tenants.
 */
async function operationsOfB(): Promise<typeof ofB> {
  const { product, warehouse, stock } = await productAndWarehouse(b.token, `${SKU_A}-B`, 'WHB');
  const receipt = await make(b.token, 'receiveStock', 'move', {
    productId: product,
    locationId: stock,
    quantity: '2',
    unitCost: '1.50',
  });
  const employee = await make(b.token, 'createEmployee', 'employee', {
    name: uniqueName('Bo'),
    hireDate: '2025-01-06',
    userId: a.userId,
  });
  const leaveType = await make(b.token, 'createLeaveType', 'leaveType', { name: uniqueName('Sick leave') });
  return { product, warehouse, stock, receipt: receipt.id, employee: employee.id, leaveType: leaveType.id };
}

/** Everything of A's a mutation by B could have changed, read as A. */
const SNAPSHOT = `query Snapshot($product: ID!, $warehouse: ID!, $shelf: ID!, $department: ID!, $employee: ID!,
    $leaveType: ID!, $request: ID!) {
  product(id: $product) {
    sku name active costPrice { amount } averageCost { amount } stockValue { amount }
    onHand { total locations { location { id } quantity } }
    reorderRules { id minQuantity maxQuantity }
  }
  warehouse(id: $warehouse) { code name active allowNegativeStock locations(includeInactive: true) { totalCount } }
  stockLocation(id: $shelf) { code name active }
  stockMoves(first: 100) { totalCount edges { node { id reversedBy { id } } } }
  productsToReorder { totalCount edges { node { suggestedQuantity } } }
  stockValuation { totals { amount currency } }
  verifyStock { consistent }
  products { totalCount }
  warehouses { totalCount }
  department(id: $department) { name parent { id } manager { id } }
  employee(id: $employee) { name active department { id } user { id } }
  departments { totalCount }
  employees { totalCount }
  leaveType(id: $leaveType) { name requiresAllocation }
  leaveAllocations { totalCount edges { node { id days note } } }
  leaveRequest(id: $request) { status days decidedAt }
  leaveRequests { totalCount }
  leaveBalance(employeeId: $employee, leaveTypeId: $leaveType, on: "2027-03-01") {
    allocated approved pending remaining
  }
}`;

function snapshotOfA(): Promise<Record<string, unknown>> {
  return read(e2e, a.token, SNAPSHOT, {
    product: ofA.product,
    warehouse: ofA.warehouse,
    shelf: ofA.shelf,
    department: ofA.department,
    employee: ofA.employee,
    leaveType: ofA.leaveType,
    request: ofA.request,
  });
}

beforeAll(async () => {
  e2e = await startE2EPlatform();
  [a, b] = await Promise.all([e2e.signUpTenant('erp-ops-a'), e2e.signUpTenant('erp-ops-b')]);
  [ofA, ofB] = await Promise.all([operationsOfA(), operationsOfB()]);
});

afterAll(async () => {
  await e2e?.stop();
});

const LISTS = `query Lists($sku: String!, $employee: ID!, $leaveType: ID!) {
  products(first: 100) { totalCount edges { cursor node { id } } }
  searched: products(search: $sku) { totalCount }
  warehouses(first: 100) { totalCount edges { cursor node { id } } }
  stockMoves(first: 100) { totalCount edges { cursor node { id } } }
  productsToReorder { totalCount }
  stockValuation { totals { amount currency } products { totalCount edges { node { product { id } } } } }
  verifyStock { consistent discrepancies { kind } }
  departments(first: 100) { totalCount edges { cursor node { id } } }
  employees(first: 100) { totalCount edges { cursor node { id } } }
  leaveTypes(first: 100) { totalCount edges { cursor node { id } } }
  leaveAllocations(first: 100) { totalCount edges { cursor node { id } } }
  leaveRequests(first: 100) { totalCount edges { cursor node { id } } }
  me { user { employee { id } } }
  leaveBalance(employeeId: $employee, leaveTypeId: $leaveType, on: "2027-03-01") {
    allocated approved pending remaining
  }
}`;

describe("tenant B cannot see tenant A's inventory or people", () => {
  it('lists, valuation and counts as B hold B’s own rows only', async () => {
    const [asB, asA] = await Promise.all([
      read<Record<string, unknown>>(e2e, b.token, LISTS, {
        sku: SKU_A,
        employee: ofB.employee,
        leaveType: ofB.leaveType,
      }),
      read<Record<string, unknown>>(e2e, a.token, LISTS, {
        sku: SKU_A,
        employee: ofA.employee,
        leaveType: ofA.leaveType,
      }),
    ]);
    const page = (lists: Record<string, unknown>, name: string) => ids(lists[name] as Page);
    // Control: A's lists hold what B must not see.
    expect(page(asA, 'products')).toEqual([ofA.product]);
    expect(page(asA, 'stockMoves').sort()).toEqual([ofA.receipt, ofA.transfer].sort());
    expect(asA.productsToReorder).toEqual({ totalCount: 1 });
    expect(asA.stockValuation).toMatchObject({ totals: [{ amount: '40.00', currency: 'USD' }] });
    expect(page(asA, 'leaveRequests')).toEqual([ofA.request]);
    expect(asA.me).toEqual({ user: { employee: { id: ofA.employee } } });
    expect(asA.leaveBalance).toEqual({ allocated: '10', approved: '0', pending: '2', remaining: '8' });

    expect(asB).toEqual({
      products: { totalCount: 1, edges: [{ cursor: expect.any(String), node: { id: ofB.product } }] },
      searched: { totalCount: 1 }, // B's own SKU contains A's as a prefix; A's product is not counted
      warehouses: { totalCount: 1, edges: [{ cursor: expect.any(String), node: { id: ofB.warehouse } }] },
      stockMoves: { totalCount: 1, edges: [{ cursor: expect.any(String), node: { id: ofB.receipt } }] },
      productsToReorder: { totalCount: 0 },
      stockValuation: {
        totals: [{ amount: '3.00', currency: 'USD' }],
        products: { totalCount: 1, edges: [{ node: { product: { id: ofB.product } } }] },
      },
      verifyStock: { consistent: true, discrepancies: [] },
      departments: { totalCount: 0, edges: [] },
      employees: { totalCount: 1, edges: [{ cursor: expect.any(String), node: { id: ofB.employee } }] },
      leaveTypes: { totalCount: 1, edges: [{ cursor: expect.any(String), node: { id: ofB.leaveType } }] },
      leaveAllocations: { totalCount: 0, edges: [] },
      leaveRequests: { totalCount: 0, edges: [] },
      // B's owner has no employee record in B (B's employee is linked to A's user id, not B's).
      me: { user: { employee: null } },
      // B's own balance counts none of A's allocation or pending days.
      leaveBalance: { allocated: '0', approved: '0', pending: '0', remaining: '0' },
    });
  });

  it("reads none of A's ids: null where the SDL says null, NOT_FOUND where it says NOT_FOUND", async () => {
    // Every single-entity query below is documented "null when there is none"; so is leaveBalance
    // for an employee or leave type that is not the tenant's.
    const byId = await e2e.gql(
      `query ($product: ID!, $warehouse: ID!, $stock: ID!, $shelf: ID!, $receipt: ID!, $department: ID!,
          $employee: ID!, $leaveType: ID!, $request: ID!, $employeeB: ID!) {
        product(id: $product) { id }
        warehouse(id: $warehouse) { id }
        stock: stockLocation(id: $stock) { id }
        shelf: stockLocation(id: $shelf) { id }
        stockMove(id: $receipt) { id }
        department(id: $department) { id }
        employee(id: $employee) { id }
        leaveType(id: $leaveType) { id }
        leaveRequest(id: $request) { id }
        balanceOfA: leaveBalance(employeeId: $employee, leaveTypeId: $leaveType, on: "2027-03-01") { remaining }
        withTypeOfA: leaveBalance(employeeId: $employeeB, leaveTypeId: $leaveType, on: "2027-03-01") { remaining }
        byDepartment: employees(departmentId: $department) { totalCount }
        allocationsOfA: leaveAllocations(employeeId: $employee) { totalCount }
        requestsOfA: leaveRequests(employeeId: $employee) { totalCount }
        movesOfA: stockMoves(filter: { productId: $product }) { totalCount }
        movesInA: stockMoves(filter: { warehouseId: $warehouse }) { totalCount }
      }`,
      {
        product: ofA.product,
        warehouse: ofA.warehouse,
        stock: ofA.stock,
        shelf: ofA.shelf,
        receipt: ofA.receipt,
        department: ofA.department,
        employee: ofA.employee,
        leaveType: ofA.leaveType,
        request: ofA.request,
        employeeB: ofB.employee,
      },
      b.token,
    );
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual({
      data: {
        product: null,
        warehouse: null,
        stock: null,
        shelf: null,
        stockMove: null,
        department: null,
        employee: null,
        leaveType: null,
        leaveRequest: null,
        balanceOfA: null,
        withTypeOfA: null,
        byDepartment: { totalCount: 0 },
        allocationsOfA: { totalCount: 0 },
        requestsOfA: { totalCount: 0 },
        movesOfA: { totalCount: 0 },
        movesInA: { totalCount: 0 },
      },
    });
    // stockOnHand: "NOT_FOUND when the product, warehouse or location is not the tenant's".
    for (const variables of [
      { product: ofA.product },
      { product: ofB.product, warehouse: ofA.warehouse },
      { product: ofB.product, location: ofA.shelf },
    ]) {
      const result = await e2e.gql(
        `query ($product: ID!, $warehouse: ID, $location: ID) {
          stockOnHand(productId: $product, warehouseId: $warehouse, locationId: $location) { total }
        }`,
        variables,
        b.token,
      );
      expect({
        variables,
        status: result.status,
        codes: result.body.errors?.map((e) => e.extensions?.code),
      }).toEqual({ variables, status: 404, codes: ['NOT_FOUND'] });
      expect(result.body.data ?? null).toBeNull();
    }
  });
});

describe("tenant B cannot use or change A's inventory or people", () => {
  it('refuses every mutation naming an id of A’s, and A’s stock and HR are exactly as before', async () => {
    const before = await snapshotOfA();
    const attempts: Array<[string, Record<string, unknown>, string[]]> = [
      ['updateProduct', { id: ofA.product, name: 'Mine now', active: false }, ['NOT_FOUND']],
      ['updateWarehouse', { id: ofA.warehouse, name: 'Mine now', allowNegativeStock: true }, ['NOT_FOUND']],
      ['deleteWarehouse', { id: ofA.warehouse }, ['NOT_FOUND']],
      ['createStockLocation', { warehouseId: ofA.warehouse, code: 'X', name: 'X' }, ['WAREHOUSE_NOT_FOUND']],
      ['updateStockLocation', { id: ofA.shelf, active: false }, ['NOT_FOUND']],
      ['deleteStockLocation', { id: ofA.shelf }, ['NOT_FOUND']],
      [
        'receiveStock',
        { productId: ofA.product, locationId: ofB.stock, quantity: '1', unitCost: '1.00' },
        ['PRODUCT_NOT_FOUND'],
      ],
      [
        'receiveStock',
        { productId: ofB.product, locationId: ofA.stock, quantity: '1', unitCost: '1.00' },
        ['LOCATION_NOT_FOUND'],
      ],
      [
        'deliverStock',
        { productId: ofA.product, locationId: ofA.stock, quantity: '1' },
        ['PRODUCT_NOT_FOUND'],
      ],
      [
        'transferStock',
        { productId: ofB.product, fromLocationId: ofB.stock, toLocationId: ofA.shelf, quantity: '1' },
        ['LOCATION_NOT_FOUND'],
      ],
      [
        'transferStock',
        { productId: ofA.product, fromLocationId: ofA.stock, toLocationId: ofA.shelf, quantity: '1' },
        ['PRODUCT_NOT_FOUND'],
      ],
      [
        'adjustStock',
        { productId: ofB.product, locationId: ofA.stock, countedQuantity: '0', reason: 'Theft' },
        ['LOCATION_NOT_FOUND'],
      ],
      ['reverseStockMove', { id: ofA.receipt }, ['NOT_FOUND']],
      [
        'setReorderRule',
        { productId: ofA.product, warehouseId: ofA.warehouse, minQuantity: '0', maxQuantity: '1' },
        ['PRODUCT_NOT_FOUND', 'WAREHOUSE_NOT_FOUND'],
      ],
      ['deleteReorderRule', { id: ofA.rule }, ['NOT_FOUND']],
      [
        'createDepartment',
        { name: 'Under A', parentId: ofA.department, managerId: ofA.employee },
        ['PARENT_NOT_FOUND', 'MANAGER_NOT_FOUND'],
      ],
      ['updateDepartment', { id: ofA.department, name: 'Mine now', managerId: ofB.employee }, ['NOT_FOUND']],
      ['deleteDepartment', { id: ofA.department }, ['NOT_FOUND']],
      [
        'createEmployee',
        { name: 'Spy', hireDate: '2026-01-05', departmentId: ofA.department, managerId: ofA.employee },
        ['DEPARTMENT_NOT_FOUND', 'MANAGER_NOT_FOUND'],
      ],
      ['updateEmployee', { id: ofA.employee, name: 'Mine now', active: false }, ['NOT_FOUND']],
      ['updateEmployee', { id: ofB.employee, departmentId: ofA.department }, ['DEPARTMENT_NOT_FOUND']],
      ['updateLeaveType', { id: ofA.leaveType, requiresAllocation: false }, ['NOT_FOUND']],
      [
        'createLeaveAllocation',
        {
          employeeId: ofA.employee,
          leaveTypeId: ofA.leaveType,
          days: '99',
          validFrom: '2027-01-01',
          validTo: '2027-12-31',
        },
        ['EMPLOYEE_NOT_FOUND', 'LEAVE_TYPE_NOT_FOUND'],
      ],
      ['updateLeaveAllocation', { id: ofA.allocation, days: '0.5' }, ['NOT_FOUND']],
      [
        'requestLeave',
        {
          employeeId: ofA.employee,
          leaveTypeId: ofA.leaveType,
          startDate: '2027-03-08',
          endDate: '2027-03-08',
        },
        ['EMPLOYEE_NOT_FOUND'],
      ],
      [
        'requestLeave',
        {
          employeeId: ofB.employee,
          leaveTypeId: ofA.leaveType,
          startDate: '2027-03-08',
          endDate: '2027-03-08',
        },
        ['LEAVE_TYPE_NOT_FOUND'],
      ],
      ['approveLeaveRequest', { id: ofA.request }, ['NOT_FOUND']],
      ['refuseLeaveRequest', { id: ofA.request }, ['NOT_FOUND']],
      ['cancelLeaveRequest', { id: ofA.request }, ['NOT_FOUND']],
    ];
    for (const [field, input, expected] of attempts) {
      const inputType = field.endsWith('LeaveRequest')
        ? 'LeaveDecisionInput'
        : `${field[0].toUpperCase()}${field.slice(1)}Input`;
      const selection = field.startsWith('delete') ? 'deletedId userErrors { code }' : 'userErrors { code }';
      const { codes, result } = await tryMutation(e2e, b.token, field, inputType, input, selection);
      // A thrown NOT_FOUND carries HTTP 404 (the kit's status per code); userErrors come with 200.
      const status = expected[0] === 'NOT_FOUND' ? 404 : 200;
      expect({ field, input, status: result.status, codes }).toEqual({
        field,
        input,
        status,
        codes: expected,
      });
    }

    expect(await snapshotOfA()).toEqual(before);
    // B's own figures did not move either: still one move of 2 units worth 3.00.
    const mine = await read(
      e2e,
      b.token,
      `query ($p: ID!) { stockOnHand(productId: $p) { total } stockMoves { totalCount } departments { totalCount }
        leaveAllocations { totalCount } leaveRequests { totalCount } stockValuation { totals { amount } } }`,
      { p: ofB.product },
    );
    expect(mine).toEqual({
      stockOnHand: { total: '2' },
      stockMoves: { totalCount: 1 },
      departments: { totalCount: 0 },
      leaveAllocations: { totalCount: 0 },
      leaveRequests: { totalCount: 0 },
      stockValuation: { totals: [{ amount: '3.00' }] },
    });
  });
});

describe("A's ids reached as entities give B nothing of A's", () => {
  // Product and User.employee are resolved by erp alone (no other subgraph holds a Product or links a
  // user to A's rows in B's context), so the gateway never sends erp A's ids on B's behalf: call
  // erp's _entities directly with B's valid signed context, as tenant-isolation.test.ts does.
  const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
    ... on Product { id sku name onHand { total } stockValue { amount } reorderRules { id } }
    ... on User { id employee { id name } }
  } }`;

  it('Product by _entities is null for B; User.employee is B’s own employee of that user, never A’s', async () => {
    const r = [
      { __typename: 'Product', id: ofA.product },
      { __typename: 'User', id: a.userId },
    ];
    const asB = await e2e.subgraph<{ _entities: unknown[] }>(
      'erp',
      query,
      { r },
      e2e.signedFor('erp', b.tenantId, b.userId),
    );
    expect(asB.status).toBe(200);
    expect(asB.body.errors).toBeUndefined();
    expect(asB.body.data?._entities[0]).toBeNull();
    expect(asB.body.data?._entities[1]).toEqual({
      id: a.userId,
      employee: { id: ofB.employee, name: expect.stringMatching(/^Bo /) },
    });
    // Control: as A the same call resolves A's product and employee.
    const asA = await e2e.subgraph<{ _entities: unknown[] }>(
      'erp',
      query,
      { r },
      e2e.signedFor('erp', a.tenantId, a.userId),
    );
    expect(asA.body.data?._entities).toEqual([
      {
        id: ofA.product,
        sku: SKU_A,
        name: expect.any(String),
        onHand: { total: '10' },
        stockValue: { amount: '40.00' },
        reorderRules: [{ id: ofA.rule }],
      },
      { id: a.userId, employee: { id: ofA.employee, name: expect.stringMatching(/^Ana /) } },
    ]);
  });

  it("through the gateway: B's employee linked to A's user id shows none of A's user", async () => {
    // Employee.user is completed by identity's _entities in B's context: A's owner is no member of B.
    const result = await e2e.gql(
      `query ($id: ID!) { employee(id: $id) { id user { id email name } } }`,
      { id: ofB.employee },
      b.token,
    );
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ employee: { id: ofB.employee, user: null } });
    expect(JSON.stringify(result.body)).not.toContain(a.email);
  });
});

describe("cursors from A's lists", () => {
  it('used in B’s lists give BAD_USER_INPUT or B’s own rows, never A’s', async () => {
    const lists = [
      'products',
      'warehouses',
      'stockMoves',
      'departments',
      'employees',
      'leaveTypes',
      'leaveAllocations',
      'leaveRequests',
    ];
    for (const name of lists) {
      const query = `query ($after: String) { page: ${name}(first: 100, after: $after) { totalCount edges { cursor node { id } } } }`;
      const [ofTenantA, ofTenantB] = await Promise.all([
        read<{ page: Page }>(e2e, a.token, query, { after: null }),
        read<{ page: Page }>(e2e, b.token, query, { after: null }),
      ]);
      expect({ name, rows: ofTenantA.page.edges.length > 0 }).toEqual({ name, rows: true });
      for (const edge of ofTenantA.page.edges) {
        await expectForeignCursorHarmless(
          e2e,
          b.token,
          { name, query },
          edge.cursor,
          ids(ofTenantA.page),
          ids(ofTenantB.page),
        );
      }
    }
    // A's location list of A's warehouse cannot be reached by B at all (warehouse is null above); the
    // valuation's product page takes cursors too.
    const valuation = `query ($after: String) { stockValuation { page: products(first: 100, after: $after) {
      totalCount edges { cursor node { product { id } } } } } }`;
    const ofTenantA = await read<{ stockValuation: { page: { edges: Array<{ cursor: string }> } } }>(
      e2e,
      a.token,
      valuation,
      { after: null },
    );
    for (const edge of ofTenantA.stockValuation.page.edges) {
      const result = await e2e.gql<{
        stockValuation: { page: { edges: Array<{ node: { product: { id: string } } }> } };
      }>(valuation, { after: edge.cursor }, b.token);
      const seen = result.body.data?.stockValuation.page.edges.map((row) => row.node.product.id) ?? [];
      expect(seen.filter((id) => id !== ofB.product)).toEqual([]);
    }
  });
});

describe('Postgres holds A’s inventory and people behind forced row-level security', () => {
  it('every erp table A’s rows landed in has RLS enabled and forced', async () => {
    const tables = await erpTablesHolding(a.tenantId);
    expect(tables.map((table) => table.table)).toEqual(
      expect.arrayContaining([
        'products',
        'warehouses',
        'stock_locations',
        'stock_moves',
        'stock_quants',
        'reorder_rules',
        'departments',
        'employees',
        'leave_types',
        'leave_allocations',
        'leave_requests',
      ]),
    );
    expect(tables.filter((table) => !table.forced)).toEqual([]);
  });
});

// Purchasing (purchase orders, supplier bills) is being built in parallel: add the isolation of its
// receipts into A's locations and of orders naming A's products here once it lands.
