import { randomUUID } from 'node:crypto';
import { countRows, errorCodes, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  createLocation,
  createProduct,
  createWarehouse,
  deliver,
  mutate,
  receive,
  startInventoryErp,
  stockSetup,
  WAREHOUSE_FIELDS,
  type WarehouseView,
} from './inventory-fixtures';

let erp: RunningSubgraph;

beforeAll(async () => {
  erp = await startInventoryErp();
});

afterAll(async () => {
  await erp.stop();
});

const codesOf = (result: { userErrors: Array<{ code: string }> }) =>
  result.userErrors.map((error) => error.code);

const warehouseMutation = (tenantId: string, name: string, input: Record<string, unknown>) =>
  mutate<WarehouseView>(erp, { tenantId }, name, 'warehouse', WAREHOUSE_FIELDS, input);

const locationMutation = (tenantId: string, name: string, input: Record<string, unknown>) =>
  mutate<{ id: string; code: string; fullCode: string; active: boolean; isDefault: boolean }>(
    erp,
    { tenantId },
    name,
    'location',
    'id code fullCode active isDefault',
    input,
  );

const deletion = (tenantId: string, name: string, id: string) =>
  call<Record<string, { deletedId: string | null; userErrors: Array<{ code: string }> }>>(
    erp,
    { tenantId },
    `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { deletedId userErrors { code } } }`,
    { input: { id } },
  );

describe('warehouses and locations', () => {
  it('creates a warehouse with its default location, upper-casing codes', async () => {
    const tenantId = randomUUID();
    const warehouse = await createWarehouse(erp, tenantId, { code: ' wh-main ', name: ' Main ' });
    expect(warehouse).toMatchObject({
      code: 'WH-MAIN',
      name: 'Main',
      allowNegativeStock: false,
      active: true,
      defaultLocation: { code: 'STOCK', fullCode: 'WH-MAIN/STOCK', isDefault: true },
    });
    const read = await call<{
      warehouse: {
        defaultLocation: { id: string };
        locations: { totalCount: number; edges: Array<{ node: { code: string } }> };
      };
    }>(
      erp,
      { tenantId },
      `query($id: ID!) { warehouse(id: $id) { defaultLocation { id } locations { totalCount edges { node { code } } } } }`,
      { id: warehouse.id },
    );
    expect(read.body.data?.warehouse).toEqual({
      defaultLocation: { id: warehouse.defaultLocation.id },
      locations: { totalCount: 1, edges: [{ node: { code: 'STOCK' } }] },
    });
  });

  it('refuses duplicate codes per tenant (warehouses) and per warehouse (locations), and bad codes and names', async () => {
    const tenantId = randomUUID();
    const first = await createWarehouse(erp, tenantId, { code: 'WH1' });
    const second = await createWarehouse(erp, tenantId, { code: 'WH2' });
    expect(
      codesOf(await warehouseMutation(tenantId, 'createWarehouse', { code: 'wh1', name: 'Again' })),
    ).toEqual(['DUPLICATE_CODE']);
    expect(
      codesOf(await warehouseMutation(tenantId, 'updateWarehouse', { id: second.id, code: 'WH1' })),
    ).toEqual(['DUPLICATE_CODE']);
    expect(
      codesOf(await warehouseMutation(tenantId, 'createWarehouse', { code: 'white space', name: ' ' })),
    ).toEqual(['CODE_INVALID', 'NAME_REQUIRED']);
    expect(
      codesOf(await warehouseMutation(tenantId, 'createWarehouse', { code: 'X', name: 'n'.repeat(201) })),
    ).toEqual(['NAME_TOO_LONG']);
    // Another tenant may use the same code.
    await createWarehouse(erp, randomUUID(), { code: 'WH1' });

    await createLocation(erp, tenantId, first.id, 'A-01');
    expect(
      codesOf(
        await locationMutation(tenantId, 'createStockLocation', {
          warehouseId: first.id,
          code: 'a-01',
          name: 'A',
        }),
      ),
    ).toEqual(['DUPLICATE_CODE']);
    expect(
      codesOf(
        await locationMutation(tenantId, 'createStockLocation', {
          warehouseId: first.id,
          code: 'stock',
          name: 'S',
        }),
      ),
    ).toEqual(['DUPLICATE_CODE']);
    // The same code in another warehouse is fine.
    await createLocation(erp, tenantId, second.id, 'A-01');
    expect(
      codesOf(
        await locationMutation(tenantId, 'createStockLocation', {
          warehouseId: randomUUID(),
          code: 'B',
          name: 'B',
        }),
      ),
    ).toEqual(['WAREHOUSE_NOT_FOUND']);
    expect(await countRows(`select 1 from erp.warehouses where tenant_id = $1`, [tenantId])).toBe(2);
    expect(await countRows(`select 1 from erp.stock_locations where tenant_id = $1`, [tenantId])).toBe(4);
  });

  it('lists warehouses and locations in code order with search, filters and cursors', async () => {
    const tenantId = randomUUID();
    const north = await createWarehouse(erp, tenantId, { code: 'NORTH', name: 'Northern depot' });
    await createWarehouse(erp, tenantId, { code: 'EAST', name: 'Eastern depot' });
    await createWarehouse(erp, tenantId, { code: 'SOUTH', name: 'Shop' });
    for (const code of ['C', 'A', 'B']) await createLocation(erp, tenantId, north.id, code);
    const hidden = await createLocation(erp, tenantId, north.id, 'Z');
    await locationMutation(tenantId, 'updateStockLocation', { id: hidden.id, active: false });

    const warehouses = await call<{
      warehouses: { totalCount: number; edges: Array<{ node: { code: string } }> };
    }>(
      erp,
      { tenantId },
      `{ warehouses { totalCount edges { node { code } } } depots: warehouses(search: "DEPOT") { totalCount } }`,
    );
    expect(warehouses.body.data).toEqual({
      warehouses: {
        totalCount: 3,
        edges: [{ node: { code: 'EAST' } }, { node: { code: 'NORTH' } }, { node: { code: 'SOUTH' } }],
      },
      depots: { totalCount: 2 },
    });
    const locations = (first: number, after: string | null, includeInactive = false) =>
      call<{
        warehouse: {
          locations: {
            totalCount: number;
            edges: Array<{ node: { code: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      }>(
        erp,
        { tenantId },
        `query($id: ID!, $first: Int, $after: String, $all: Boolean) {
          warehouse(id: $id) { locations(first: $first, after: $after, includeInactive: $all) {
            totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }
        }`,
        { id: north.id, first, after, all: includeInactive },
      ).then((result) => result.body.data!.warehouse.locations);
    const page1 = await locations(2, null);
    expect(page1.totalCount).toBe(4);
    expect(page1.edges.map((edge) => edge.node.code)).toEqual(['A', 'B']);
    const page2 = await locations(2, page1.pageInfo.endCursor);
    expect(page2.edges.map((edge) => edge.node.code)).toEqual(['C', 'STOCK']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect((await locations(10, null, true)).totalCount).toBe(5);
  });

  it('keeps the default location, and refuses to deactivate what holds stock or delete what moves name', async () => {
    const { tenantId, product, warehouse, stock } = await stockSetup(erp);
    const shelf = await createLocation(erp, tenantId, warehouse.id, 'SHELF');
    expect(
      codesOf(await locationMutation(tenantId, 'updateStockLocation', { id: stock, active: false })),
    ).toEqual(['DEFAULT_LOCATION']);
    expect(
      (await deletion(tenantId, 'deleteStockLocation', stock)).body.data?.deleteStockLocation.userErrors,
    ).toEqual([{ code: 'DEFAULT_LOCATION' }]);

    await receive(erp, tenantId, product.id, shelf.id, '2', '1');
    expect(
      codesOf(await locationMutation(tenantId, 'updateStockLocation', { id: shelf.id, active: false })),
    ).toEqual(['LOCATION_NOT_EMPTY']);
    expect(
      codesOf(await warehouseMutation(tenantId, 'updateWarehouse', { id: warehouse.id, active: false })),
    ).toEqual(['WAREHOUSE_NOT_EMPTY']);
    await deliver(erp, tenantId, product.id, shelf.id, '2');
    // Empty now: it may be deactivated, but moves name it, so it is kept.
    const deactivated = await locationMutation(tenantId, 'updateStockLocation', {
      id: shelf.id,
      active: false,
      name: 'Old shelf',
      code: 'old',
    });
    expect(deactivated.node).toMatchObject({ code: 'OLD', active: false, fullCode: `${warehouse.code}/OLD` });
    expect(
      (await deletion(tenantId, 'deleteStockLocation', shelf.id)).body.data?.deleteStockLocation.userErrors,
    ).toEqual([{ code: 'LOCATION_IN_USE' }]);
    expect(
      (await deletion(tenantId, 'deleteWarehouse', warehouse.id)).body.data?.deleteWarehouse.userErrors,
    ).toEqual([{ code: 'WAREHOUSE_IN_USE' }]);
    const inactive = await warehouseMutation(tenantId, 'updateWarehouse', {
      id: warehouse.id,
      active: false,
    });
    expect(inactive.node).toMatchObject({ active: false });
    expect(await countRows(`select 1 from erp.stock_locations where tenant_id = $1`, [tenantId])).toBe(2);
  });

  it('deletes an unused location and an unused warehouse with its locations and reorder rules', async () => {
    const tenantId = randomUUID();
    const warehouse = await createWarehouse(erp, tenantId);
    const product = await createProduct(erp, tenantId);
    const bin = await createLocation(erp, tenantId, warehouse.id, 'BIN');
    await call(
      erp,
      { tenantId },
      `mutation($input: SetReorderRuleInput!) { setReorderRule(input: $input) { rule { id } } }`,
      { input: { productId: product.id, warehouseId: warehouse.id, minQuantity: '1', maxQuantity: '2' } },
    );
    expect((await deletion(tenantId, 'deleteStockLocation', bin.id)).body.data).toEqual({
      deleteStockLocation: { deletedId: bin.id, userErrors: [] },
    });
    expect((await deletion(tenantId, 'deleteWarehouse', warehouse.id)).body.data).toEqual({
      deleteWarehouse: { deletedId: warehouse.id, userErrors: [] },
    });
    for (const table of ['warehouses', 'stock_locations', 'reorder_rules']) {
      expect(await countRows(`select 1 from erp.${table} where tenant_id = $1`, [tenantId])).toBe(0);
    }
    expect(errorCodes(await deletion(tenantId, 'deleteWarehouse', warehouse.id))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await deletion(tenantId, 'deleteStockLocation', randomUUID()))).toEqual(['NOT_FOUND']);
  });

  it('needs erp.warehouse:write to shape warehouses, erp.stock:read to see them', async () => {
    const tenantId = randomUUID();
    const member = { tenantId, permissions: ['erp.stock:read', 'erp.stock:move'] };
    const created = await mutate(erp, member, 'createWarehouse', 'warehouse', 'id', { code: 'X', name: 'X' });
    expect(errorCodes(created.response)).toEqual(['FORBIDDEN']);
    const list = await call(
      erp,
      { tenantId, permissions: ['erp.product:read'] },
      `{ warehouses { totalCount } }`,
    );
    expect(errorCodes(list)).toEqual(['FORBIDDEN']);
    expect(await countRows(`select 1 from erp.warehouses where tenant_id = $1`, [tenantId])).toBe(0);
  });
});
