import { errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  createLocation,
  mutate,
  receive,
  startInventoryErp,
  stockRowCounts,
  stockSetup,
  tryMove,
} from './inventory-fixtures';

let erp: RunningSubgraph;

beforeAll(async () => {
  erp = await startInventoryErp();
});

afterAll(async () => {
  await erp.stop();
});

const INVENTORY_TABLES = [
  'products',
  'warehouses',
  'stock_locations',
  'stock_moves',
  'stock_quants',
  'reorder_rules',
];

/** Tenant A with one of everything, and tenant B with its own product and warehouse. */
async function twoTenants() {
  const a = await stockSetup(erp);
  const shelf = await createLocation(erp, a.tenantId, a.warehouse.id, 'SHELF');
  const moved = await receive(erp, a.tenantId, a.product.id, a.stock, '5', '2.00');
  const rule = await mutate<{ id: string }>(erp, { tenantId: a.tenantId }, 'setReorderRule', 'rule', 'id', {
    productId: a.product.id,
    warehouseId: a.warehouse.id,
    minQuantity: '10',
    maxQuantity: '20',
  });
  const b = await stockSetup(erp);
  return { a: { ...a, shelf, move: moved, rule: rule.node! }, b };
}

describe('inventory tenant isolation', () => {
  it("shows another tenant's products, warehouses, locations, moves, stock and rules to nobody else", async () => {
    const { a, b } = await twoTenants();
    const seen = await call(
      erp,
      { tenantId: b.tenantId },
      `query($product: ID!, $warehouse: ID!, $location: ID!, $move: ID!) {
        product(id: $product) { id }
        warehouse(id: $warehouse) { id }
        stockLocation(id: $location) { id }
        stockMove(id: $move) { id }
        products { totalCount }
        warehouses { totalCount }
        stockMoves { totalCount }
        productsToReorder { totalCount }
        stockValuation { totals { amount } products { totalCount } }
        verifyStock { consistent discrepancies { kind } }
      }`,
      { product: a.product.id, warehouse: a.warehouse.id, location: a.shelf.id, move: a.move.id },
    );
    expect(seen.body).toEqual({
      data: {
        product: null,
        warehouse: null,
        stockLocation: null,
        stockMove: null,
        products: { totalCount: 1 },
        warehouses: { totalCount: 1 },
        stockMoves: { totalCount: 0 },
        productsToReorder: { totalCount: 0 },
        stockValuation: { totals: [], products: { totalCount: 0 } },
        verifyStock: { consistent: true, discrepancies: [] },
      },
    });
    const onHand = await call(
      erp,
      { tenantId: b.tenantId },
      `query($id: ID!) { stockOnHand(productId: $id) { total } }`,
      {
        id: a.product.id,
      },
    );
    expect(errorCodes(onHand)).toEqual(['NOT_FOUND']);
    const entities = await call(
      erp,
      { tenantId: b.tenantId },
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id sku } } }`,
      { r: [{ __typename: 'Product', id: a.product.id }] },
    );
    expect(entities.body).toEqual({ data: { _entities: [null] } });
  });

  it("cannot use another tenant's ids in any inventory mutation, and leaves its data untouched", async () => {
    const { a, b } = await twoTenants();
    const before = await stockRowCounts(a.tenantId);
    const asB = { tenantId: b.tenantId };
    const codes = (result: {
      userErrors: Array<{ code: string }>;
      response: Parameters<typeof errorCodes>[0];
    }) => [...errorCodes(result.response), ...result.userErrors.map((error) => error.code)];

    expect(
      codes(await mutate(erp, asB, 'updateProduct', 'product', 'id', { id: a.product.id, name: 'Mine' })),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await mutate(erp, asB, 'updateWarehouse', 'warehouse', 'id', { id: a.warehouse.id, name: 'Mine' }),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await mutate(erp, asB, 'createStockLocation', 'location', 'id', {
          warehouseId: a.warehouse.id,
          code: 'X',
          name: 'X',
        }),
      ),
    ).toEqual(['WAREHOUSE_NOT_FOUND']);
    expect(
      codes(
        await mutate(erp, asB, 'updateStockLocation', 'location', 'id', { id: a.shelf.id, active: false }),
      ),
    ).toEqual(['NOT_FOUND']);
    for (const name of ['deleteWarehouse', 'deleteStockLocation', 'deleteReorderRule'] as const) {
      const id =
        name === 'deleteWarehouse' ? a.warehouse.id : name === 'deleteStockLocation' ? a.shelf.id : a.rule.id;
      const result = await call(
        erp,
        asB,
        `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { deletedId } }`,
        { input: { id } },
      );
      expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    }

    const moveCodes = async (name: Parameters<typeof tryMove>[2], input: Record<string, unknown>) =>
      codes(await tryMove(erp, asB, name, input));
    expect(
      await moveCodes('receiveStock', {
        productId: a.product.id,
        locationId: b.stock,
        quantity: '1',
        unitCost: '1',
      }),
    ).toEqual(['PRODUCT_NOT_FOUND']);
    expect(
      await moveCodes('receiveStock', {
        productId: b.product.id,
        locationId: a.stock,
        quantity: '1',
        unitCost: '1',
      }),
    ).toEqual(['LOCATION_NOT_FOUND']);
    expect(
      await moveCodes('deliverStock', { productId: a.product.id, locationId: a.stock, quantity: '1' }),
    ).toEqual(['PRODUCT_NOT_FOUND']);
    expect(
      await moveCodes('transferStock', {
        productId: b.product.id,
        fromLocationId: b.stock,
        toLocationId: a.shelf.id,
        quantity: '1',
      }),
    ).toEqual(['LOCATION_NOT_FOUND']);
    expect(
      await moveCodes('adjustStock', {
        productId: b.product.id,
        locationId: a.stock,
        countedQuantity: '0',
        reason: 'Theft',
      }),
    ).toEqual(['LOCATION_NOT_FOUND']);
    expect(await moveCodes('reverseStockMove', { id: a.move.id })).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await mutate(erp, asB, 'setReorderRule', 'rule', 'id', {
          productId: a.product.id,
          warehouseId: a.warehouse.id,
          minQuantity: '1',
          maxQuantity: '2',
        }),
      ),
    ).toEqual(['PRODUCT_NOT_FOUND', 'WAREHOUSE_NOT_FOUND']);

    expect(await stockRowCounts(a.tenantId)).toEqual(before);
    expect(await stockRowCounts(b.tenantId)).toEqual({ moves: 0, quants: 0, outbox: 0 });
    const [product] = await queryAsSuperuser<{ name: string; stock_quantity: string }>(
      `select name, stock_quantity from erp.products where id = $1`,
      [a.product.id],
    );
    expect(product).toEqual({ name: 'Widget', stock_quantity: '5.000' });
  });

  it('forces row-level security on every inventory table, and the erp role sees nothing without a tenant', async () => {
    await twoTenants();
    const rows = await queryAsSuperuser<{ table: string; rls: boolean; forced: boolean; policies: number }>(
      `select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'erp' and c.relname = any($1::text[]) order by c.relname`,
      [INVENTORY_TABLES],
    );
    expect(rows).toHaveLength(INVENTORY_TABLES.length);
    for (const row of rows) expect(row).toEqual({ table: row.table, rls: true, forced: true, policies: 1 });
    for (const table of INVENTORY_TABLES) {
      const [{ count }]: Array<{ count: number }> = await erp.dataSource.query(
        `select count(*)::int as count from erp.${table}`,
      );
      expect(count).toBe(0);
    }
  });

  it("refuses, in the database, a move of one tenant naming another tenant's product or location", async () => {
    const { a, b } = await twoTenants();
    const insertAsB = (productId: string, locationId: string) =>
      erp.dataSource.transaction(async (manager) => {
        await manager.query(`select set_config('app.tenant_id', $1, true)`, [b.tenantId]);
        await manager.query(
          `insert into erp.stock_moves (tenant_id, type, product_id, to_location_id, quantity, unit_cost, value_change)
           values ($1, 'RECEIPT', $2, $3, 1, 1, 1)`,
          [b.tenantId, productId, locationId],
        );
      });
    await expect(insertAsB(a.product.id, b.stock)).rejects.toThrow(/foreign key/);
    await expect(insertAsB(b.product.id, a.stock)).rejects.toThrow(/foreign key/);
    const writeForA = erp.dataSource.transaction(async (manager) => {
      await manager.query(`select set_config('app.tenant_id', $1, true)`, [b.tenantId]);
      await manager.query(`update erp.stock_quants set quantity = 0 where tenant_id = $1`, [a.tenantId]);
      const [{ count }]: Array<{ count: number }> = await manager.query(
        `select count(*)::int as count from erp.stock_quants where tenant_id = $1`,
        [a.tenantId],
      );
      return count;
    });
    await expect(writeForA).resolves.toBe(0);
    expect(await stockRowCounts(a.tenantId)).toMatchObject({ moves: 1, quants: 1 });
  });
});
