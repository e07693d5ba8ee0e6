import { randomUUID } from 'node:crypto';
import { errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  createLocation,
  createProduct,
  createWarehouse,
  deliver,
  move,
  onHand,
  productStock,
  receive,
  startInventoryErp,
  stockRowCounts,
  stockSetup,
  tryMove,
  verify,
} from './inventory-fixtures';

let erp: RunningSubgraph;

beforeAll(async () => {
  erp = await startInventoryErp();
});

afterAll(async () => {
  await erp.stop();
});

describe('stock moves', () => {
  it('receives, delivers, transfers across warehouses and adjusts, keeping on-hand per location', async () => {
    const { tenantId, product, warehouse, stock } = await stockSetup(erp);
    const shelf = await createLocation(erp, tenantId, warehouse.id, 'a-01');
    const other = await createWarehouse(erp, tenantId, { code: 'east' });

    const receipt = await move(erp, tenantId, 'receiveStock', {
      productId: product.id,
      locationId: stock,
      quantity: '10.5',
      unitCost: '2.40',
      reference: ' PO-0001 ',
    });
    expect(receipt).toMatchObject({
      type: 'RECEIPT',
      quantity: '10.5',
      fromLocation: null,
      toLocation: { id: stock },
      unitCost: { amount: '2.40', currency: 'USD' },
      valueChange: { amount: '25.20', currency: 'USD' },
      reference: 'PO-0001',
    });
    const transfer = await move(erp, tenantId, 'transferStock', {
      productId: product.id,
      fromLocationId: stock,
      toLocationId: shelf.id,
      quantity: '4',
    });
    expect(transfer).toMatchObject({ type: 'TRANSFER', valueChange: { amount: '0.00' }, unitCost: null });
    await move(erp, tenantId, 'transferStock', {
      productId: product.id,
      fromLocationId: shelf.id,
      toLocationId: other.defaultLocation.id,
      quantity: '1.25',
    });
    const delivery = await deliver(erp, tenantId, product.id, stock, '2');
    expect(delivery).toMatchObject({ type: 'DELIVERY', toLocation: null, valueChange: { amount: '-4.80' } });
    const counted = await move(erp, tenantId, 'adjustStock', {
      productId: product.id,
      locationId: shelf.id,
      countedQuantity: '3',
      reason: 'Count',
    });
    // The shelf held 4 − 1.25 = 2.75: the count found 0.25 more, valued at the average 2.40.
    expect(counted).toMatchObject({
      type: 'ADJUSTMENT',
      quantity: '0.25',
      fromLocation: null,
      toLocation: { id: shelf.id },
      reason: 'Count',
      valueChange: { amount: '0.60' },
    });
    const lost = await move(erp, tenantId, 'adjustStock', {
      productId: product.id,
      locationId: stock,
      difference: '-0.5',
      reason: 'Damaged',
    });
    expect(lost).toMatchObject({ quantity: '0.5', fromLocation: { id: stock }, toLocation: null });

    expect(await onHand(erp, tenantId, product.id)).toEqual({
      total: '8.25',
      locations: {
        [`EAST/STOCK`]: '1.25',
        [`${warehouse.code}/A-01`]: '3',
        [`${warehouse.code}/STOCK`]: '4',
      },
    });
    expect(await onHand(erp, tenantId, product.id, { warehouseId: warehouse.id })).toMatchObject({
      total: '7',
    });
    expect(
      await onHand(erp, tenantId, product.id, { warehouseId: warehouse.id, locationId: shelf.id }),
    ).toEqual({
      total: '3',
      locations: { [`${warehouse.code}/A-01`]: '3' },
    });
    expect(await productStock(erp, tenantId, product.id)).toEqual({
      averageCost: { amount: '2.40', currency: 'USD' },
      stockValue: { amount: '19.80', currency: 'USD' },
      onHand: { total: '8.25' },
    });
    expect(await verify(erp, tenantId)).toEqual({ consistent: true, discrepancies: [] });
  });

  it('announces every move as erp.stock.moved in the outbox, with decimal strings', async () => {
    const { tenantId, product, warehouse, stock } = await stockSetup(erp);
    const receipt = await receive(erp, tenantId, product.id, stock, '3', '1.10');
    await deliver(erp, tenantId, product.id, stock, '1');
    const events = await queryAsSuperuser<{ type: string; payload: Record<string, unknown> }>(
      `select type, payload from erp.outbox where tenant_id = $1 and type = 'erp.stock.moved' order by sequence`,
      [tenantId],
    );
    expect(events).toHaveLength(2);
    expect(events.map((event) => event.payload)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: receipt.id,
          type: 'RECEIPT',
          productId: product.id,
          sku: product.sku,
          quantity: '3',
          unit: 'unit',
          fromLocationId: null,
          fromWarehouseId: null,
          toLocationId: stock,
          toWarehouseId: warehouse.id,
          valueChange: '3.30',
          currency: 'USD',
          reversesMoveId: null,
        }),
        expect.objectContaining({
          type: 'DELIVERY',
          quantity: '1',
          fromLocationId: stock,
          valueChange: '-1.10',
        }),
      ]),
    );
  });

  it('refuses a delivery over on-hand with the available quantity, writing nothing', async () => {
    const { tenantId, product, warehouse, stock } = await stockSetup(erp, { product: { unit: 'kg' } });
    await receive(erp, tenantId, product.id, stock, '2.5', '4');
    const before = await stockRowCounts(tenantId);
    const refused = await tryMove(erp, { tenantId }, 'deliverStock', {
      productId: product.id,
      locationId: stock,
      quantity: '2.501',
    });
    expect(refused.node).toBeNull();
    expect(refused.userErrors).toEqual([
      {
        code: 'INSUFFICIENT_STOCK',
        field: ['input', 'quantity'],
        message: `Not enough ${product.sku} at ${warehouse.code}/STOCK: 2.5 kg available, 2.501 kg asked; warehouse ${warehouse.code} does not allow negative stock.`,
      },
    ]);
    // The same for a transfer and a loss.
    const otherShelf = await createLocation(erp, tenantId, warehouse.id, 'B');
    const transfer = await tryMove(erp, { tenantId }, 'transferStock', {
      productId: product.id,
      fromLocationId: otherShelf.id,
      toLocationId: stock,
      quantity: '1',
    });
    expect(transfer.userErrors.map((error) => error.code)).toEqual(['INSUFFICIENT_STOCK']);
    const loss = await tryMove(erp, { tenantId }, 'adjustStock', {
      productId: product.id,
      locationId: stock,
      difference: '-3',
      reason: 'Lost',
    });
    expect(loss.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['INSUFFICIENT_STOCK', ['input', 'difference']],
    ]);
    expect(await stockRowCounts(tenantId)).toEqual(before);
    expect(await onHand(erp, tenantId, product.id)).toMatchObject({ total: '2.5' });
    expect(await productStock(erp, tenantId, product.id)).toMatchObject({ stockValue: { amount: '10.00' } });
  });

  it('lets a warehouse that allows negative stock go below zero, valued at the last average', async () => {
    const { tenantId, product, warehouse, stock } = await stockSetup(erp, {
      warehouse: { allowNegativeStock: true },
      product: { costPrice: '5.00' },
    });
    // Never received: the delivery is valued at the cost price.
    const first = await deliver(erp, tenantId, product.id, stock, '2');
    expect(first.valueChange).toEqual({ amount: '-10.00', currency: 'USD' });
    await receive(erp, tenantId, product.id, stock, '5', '6.00');
    expect(await onHand(erp, tenantId, product.id)).toEqual({
      total: '3',
      locations: { [`${warehouse.code}/STOCK`]: '3' },
    });
    // 3 on hand worth 20.00: 5 out take the 20.00 plus 2 × the average 6.67 (20 / 3, rounded).
    const past = await deliver(erp, tenantId, product.id, stock, '5');
    expect(past.valueChange).toEqual({ amount: '-33.33', currency: 'USD' });
    expect(await onHand(erp, tenantId, product.id)).toMatchObject({ total: '-2' });
    expect(await verify(erp, tenantId)).toEqual({ consistent: true, discrepancies: [] });

    // Forbidding negative stock again: the location may not go lower, but may be refilled.
    const forbid = await call(
      erp,
      { tenantId },
      `mutation($input: UpdateWarehouseInput!) { updateWarehouse(input: $input) { warehouse { allowNegativeStock } } }`,
      { input: { id: warehouse.id, allowNegativeStock: false } },
    );
    expect(forbid.body.data).toEqual({ updateWarehouse: { warehouse: { allowNegativeStock: false } } });
    const lower = await tryMove(erp, { tenantId }, 'deliverStock', {
      productId: product.id,
      locationId: stock,
      quantity: '1',
    });
    expect(lower.userErrors[0]?.message).toContain('-2 available, 1 asked');
    await receive(erp, tenantId, product.id, stock, '1', '6.00');
    expect(await onHand(erp, tenantId, product.id)).toMatchObject({ total: '-1' });
  });

  it('reverses a move once, restoring on-hand and value exactly', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    await receive(erp, tenantId, product.id, stock, '10', '10.00');
    // A receipt typed with a wrong cost, then reversed: the average goes back to 10.00.
    const wrong = await receive(erp, tenantId, product.id, stock, '10', '1000.00');
    expect(await productStock(erp, tenantId, product.id)).toMatchObject({
      averageCost: { amount: '505.00' },
    });
    const reversal = await move(erp, tenantId, 'reverseStockMove', { id: wrong.id, reason: 'Wrong cost' });
    expect(reversal).toMatchObject({
      type: 'RECEIPT',
      quantity: '10',
      fromLocation: { id: stock },
      toLocation: null,
      valueChange: { amount: '-10000.00' },
      reason: 'Wrong cost',
      reverses: { id: wrong.id },
    });
    expect(await productStock(erp, tenantId, product.id)).toEqual({
      averageCost: { amount: '10.00', currency: 'USD' },
      stockValue: { amount: '100.00', currency: 'USD' },
      onHand: { total: '10' },
    });
    const reversedBy = await call<{ stockMove: { reversedBy: { id: string } | null } }>(
      erp,
      { tenantId },
      `query($id: ID!) { stockMove(id: $id) { reversedBy { id } } }`,
      { id: wrong.id },
    );
    expect(reversedBy.body.data?.stockMove.reversedBy).toEqual({ id: reversal.id });

    const again = await tryMove(erp, { tenantId }, 'reverseStockMove', { id: wrong.id });
    expect(again.userErrors.map((error) => error.code)).toEqual(['ALREADY_REVERSED']);
    const ofReversal = await tryMove(erp, { tenantId }, 'reverseStockMove', { id: reversal.id });
    expect(ofReversal.userErrors.map((error) => error.code)).toEqual(['NOT_REVERSIBLE']);

    // A delivery comes back at the value it left with.
    const out = await deliver(erp, tenantId, product.id, stock, '4');
    const back = await move(erp, tenantId, 'reverseStockMove', { id: out.id });
    expect(back).toMatchObject({ toLocation: { id: stock }, valueChange: { amount: '40.00' } });
    expect(await verify(erp, tenantId)).toEqual({ consistent: true, discrepancies: [] });

    const unknown = await tryMove(erp, { tenantId }, 'reverseStockMove', { id: randomUUID() });
    expect(errorCodes(unknown.response)).toEqual(['NOT_FOUND']);
  });

  it('refuses to reverse a receipt whose goods have left, when that would overdraw', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    const receipt = await receive(erp, tenantId, product.id, stock, '5', '2');
    await deliver(erp, tenantId, product.id, stock, '3');
    const before = await stockRowCounts(tenantId);
    const refused = await tryMove(erp, { tenantId }, 'reverseStockMove', { id: receipt.id });
    expect(refused.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['INSUFFICIENT_STOCK', ['input', 'id']],
    ]);
    expect(await stockRowCounts(tenantId)).toEqual(before);
  });

  it('lists moves newest first, filtered by product, location, warehouse and type, with working cursors', async () => {
    const { tenantId, product, warehouse, stock } = await stockSetup(erp);
    const other = await createProduct(erp, tenantId);
    const east = await createWarehouse(erp, tenantId);
    await receive(erp, tenantId, product.id, stock, '5', '1');
    await receive(erp, tenantId, other.id, east.defaultLocation.id, '5', '1');
    await deliver(erp, tenantId, product.id, stock, '1');
    await deliver(erp, tenantId, product.id, stock, '1');
    const list = (filter: Record<string, unknown>, first = 10, after?: string) =>
      call<{
        stockMoves: {
          totalCount: number;
          edges: Array<{ node: { type: string; product: { id: string } } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }>(
        erp,
        { tenantId },
        `query($filter: StockMoveFilter, $first: Int, $after: String) {
          stockMoves(filter: $filter, first: $first, after: $after) {
            totalCount edges { node { type product { id } } } pageInfo { hasNextPage endCursor }
          }
        }`,
        { filter, first, after },
      ).then((result) => result.body.data!.stockMoves);

    expect((await list({})).totalCount).toBe(4);
    expect((await list({ productId: product.id })).edges.map((edge) => edge.node.type)).toEqual([
      'DELIVERY',
      'DELIVERY',
      'RECEIPT',
    ]);
    expect((await list({ warehouseId: east.id })).totalCount).toBe(1);
    expect((await list({ locationId: stock, type: 'DELIVERY' })).totalCount).toBe(2);
    expect((await list({ warehouseId: warehouse.id, type: 'RECEIPT' })).totalCount).toBe(1);
    const page1 = await list({}, 3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list({}, 3, page1.pageInfo.endCursor!);
    expect(page2.edges).toHaveLength(1);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });
});

describe('stock move bad input', () => {
  const QUANTITIES: Array<[string, string]> = [
    ['-1', 'NEGATIVE_QUANTITY'],
    ['-0.5', 'NEGATIVE_QUANTITY'],
    ['0', 'QUANTITY_INVALID'],
    ['0.000', 'QUANTITY_INVALID'],
    ['', 'QUANTITY_INVALID'],
    ['abc', 'QUANTITY_INVALID'],
    ['1e3', 'QUANTITY_INVALID'],
    ['1.2345', 'QUANTITY_INVALID'],
    ['1,5', 'QUANTITY_INVALID'],
    ['1000000000', 'QUANTITY_INVALID'],
  ];

  it.each(QUANTITIES)(
    'refuses the quantity %p (%s) of receipts, deliveries and transfers, writing nothing',
    async (quantity, code) => {
      const { tenantId, product, warehouse, stock } = await stockSetup(erp);
      const shelf = await createLocation(erp, tenantId, warehouse.id, 'S1');
      await receive(erp, tenantId, product.id, stock, '5', '1');
      const before = await stockRowCounts(tenantId);
      const attempts = await Promise.all([
        tryMove(erp, { tenantId }, 'receiveStock', {
          productId: product.id,
          locationId: stock,
          quantity,
          unitCost: '1',
        }),
        tryMove(erp, { tenantId }, 'deliverStock', { productId: product.id, locationId: stock, quantity }),
        tryMove(erp, { tenantId }, 'transferStock', {
          productId: product.id,
          fromLocationId: stock,
          toLocationId: shelf.id,
          quantity,
        }),
      ]);
      for (const attempt of attempts) {
        expect(attempt.node).toBeNull();
        expect(attempt.userErrors).toEqual([expect.objectContaining({ code, field: ['input', 'quantity'] })]);
      }
      expect(await stockRowCounts(tenantId)).toEqual(before);
    },
  );

  it('takes a counted quantity of 0 or more only', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    await receive(erp, tenantId, product.id, stock, '5', '1');
    const count = (countedQuantity: string) =>
      tryMove(erp, { tenantId }, 'adjustStock', {
        productId: product.id,
        locationId: stock,
        countedQuantity,
        reason: 'Count',
      });
    for (const [counted, code] of QUANTITIES.filter(([text]) => !/^0(\.0+)?$/.test(text))) {
      expect((await count(counted)).userErrors.map((error) => error.code)).toEqual([code]);
    }
    // An empty shelf is a real count: the 5 on hand are written off.
    expect((await count('0')).node).toMatchObject({ quantity: '5', valueChange: { amount: '-5.00' } });
    expect(await onHand(erp, tenantId, product.id)).toEqual({ total: '0', locations: {} });
  });

  it('refuses zero and malformed differences, but takes a negative one', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    await receive(erp, tenantId, product.id, stock, '5', '1');
    for (const [difference, code] of [
      ['0', 'QUANTITY_INVALID'],
      ['-', 'QUANTITY_INVALID'],
      ['--1', 'QUANTITY_INVALID'],
    ]) {
      const result = await tryMove(erp, { tenantId }, 'adjustStock', {
        productId: product.id,
        locationId: stock,
        difference,
        reason: 'Count',
      });
      expect(result.userErrors.map((error) => error.code)).toEqual([code]);
    }
    const both = await tryMove(erp, { tenantId }, 'adjustStock', {
      productId: product.id,
      locationId: stock,
      difference: '1',
      countedQuantity: '2',
      reason: ' ',
    });
    expect(both.userErrors.map((error) => error.code)).toEqual(['ADJUSTMENT_INVALID', 'REASON_REQUIRED']);
    const same = await tryMove(erp, { tenantId }, 'adjustStock', {
      productId: product.id,
      locationId: stock,
      countedQuantity: '5.000',
      reason: 'Count',
    });
    expect(same.userErrors.map((error) => error.code)).toEqual(['QUANTITY_UNCHANGED']);
    await move(erp, tenantId, 'adjustStock', {
      productId: product.id,
      locationId: stock,
      difference: '-1.5',
      reason: 'Broken',
    });
    expect(await onHand(erp, tenantId, product.id)).toMatchObject({ total: '3.5' });
  });

  it('refuses unknown, foreign, inactive and identical locations, unknown products, bad costs and long texts', async () => {
    const { tenantId, product, warehouse, stock } = await stockSetup(erp);
    const foreign = await stockSetup(erp);
    const before = await stockRowCounts(tenantId);
    const codes = async (name: Parameters<typeof tryMove>[2], input: Record<string, unknown>) =>
      (await tryMove(erp, { tenantId }, name, input)).userErrors.map((error) => error.code);

    const receipt = { productId: product.id, locationId: stock, quantity: '1', unitCost: '1' };
    expect(await codes('receiveStock', { ...receipt, productId: randomUUID() })).toEqual([
      'PRODUCT_NOT_FOUND',
    ]);
    expect(await codes('receiveStock', { ...receipt, productId: foreign.product.id })).toEqual([
      'PRODUCT_NOT_FOUND',
    ]);
    expect(await codes('receiveStock', { ...receipt, locationId: randomUUID() })).toEqual([
      'LOCATION_NOT_FOUND',
    ]);
    expect(await codes('receiveStock', { ...receipt, locationId: foreign.stock })).toEqual([
      'LOCATION_NOT_FOUND',
    ]);
    expect(await codes('receiveStock', { ...receipt, unitCost: '-1' })).toEqual(['UNIT_COST_INVALID']);
    expect(await codes('receiveStock', { ...receipt, unitCost: '1.005' })).toEqual(['UNIT_COST_INVALID']);
    expect(await codes('receiveStock', { ...receipt, unitCost: 'ten' })).toEqual(['UNIT_COST_INVALID']);
    expect(await codes('receiveStock', { ...receipt, reference: 'x'.repeat(101) })).toEqual([
      'REFERENCE_TOO_LONG',
    ]);
    expect(
      await codes('transferStock', {
        productId: product.id,
        fromLocationId: stock,
        toLocationId: stock,
        quantity: '1',
      }),
    ).toEqual(['SAME_LOCATION']);
    expect(
      await codes('transferStock', {
        productId: product.id,
        fromLocationId: stock,
        toLocationId: foreign.stock,
        quantity: '1',
      }),
    ).toEqual(['LOCATION_NOT_FOUND']);
    expect(
      await codes('adjustStock', {
        productId: product.id,
        locationId: stock,
        difference: '1',
        reason: 'x'.repeat(501),
      }),
    ).toEqual(['REASON_TOO_LONG']);

    const shelf = await createLocation(erp, tenantId, warehouse.id, 'OLD');
    await call(
      erp,
      { tenantId },
      `mutation($input: UpdateStockLocationInput!) { updateStockLocation(input: $input) { location { id } } }`,
      {
        input: { id: shelf.id, active: false },
      },
    );
    expect(await codes('receiveStock', { ...receipt, locationId: shelf.id })).toEqual(['LOCATION_INACTIVE']);
    await call(
      erp,
      { tenantId },
      `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { id } } }`,
      {
        input: { id: product.id, active: false },
      },
    );
    expect(await codes('receiveStock', receipt)).toEqual(['PRODUCT_INACTIVE']);
    expect(await stockRowCounts(tenantId)).toEqual(before);
  });

  it('answers BAD_USER_INPUT for malformed ids, running nothing', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    const receipt = await tryMove(erp, { tenantId }, 'receiveStock', {
      productId: 'not-an-id',
      locationId: stock,
      quantity: '1',
      unitCost: '1',
    });
    expect(errorCodes(receipt.response)).toEqual(['BAD_USER_INPUT']);
    const delivery = await tryMove(erp, { tenantId }, 'deliverStock', {
      productId: product.id,
      locationId: "1' or '1'='1",
      quantity: '1',
    });
    expect(errorCodes(delivery.response)).toEqual(['BAD_USER_INPUT']);
    const onHandQuery = await call(erp, { tenantId }, `{ stockOnHand(productId: "x") { total } }`);
    expect(errorCodes(onHandQuery)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers NOT_FOUND for stockOnHand of a foreign product, warehouse or location, BAD_USER_INPUT for a location outside the warehouse', async () => {
    const { tenantId, product, warehouse } = await stockSetup(erp);
    const foreign = await stockSetup(erp);
    const other = await createWarehouse(erp, tenantId);
    const ask = (args: Record<string, string>) =>
      call(
        erp,
        { tenantId },
        `query($productId: ID!, $warehouseId: ID, $locationId: ID) {
          stockOnHand(productId: $productId, warehouseId: $warehouseId, locationId: $locationId) { total }
        }`,
        args,
      ).then(errorCodes);
    expect(await ask({ productId: foreign.product.id })).toEqual(['NOT_FOUND']);
    expect(await ask({ productId: product.id, warehouseId: foreign.warehouse.id })).toEqual(['NOT_FOUND']);
    expect(await ask({ productId: product.id, locationId: foreign.stock })).toEqual(['NOT_FOUND']);
    expect(
      await ask({ productId: product.id, warehouseId: warehouse.id, locationId: other.defaultLocation.id }),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

describe('stock database guards', () => {
  it('refuses to update, delete or truncate a stock move, even as the superuser', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    const receipt = await receive(erp, tenantId, product.id, stock, '3', '2');
    await expect(
      queryAsSuperuser(`update erp.stock_moves set quantity = 300 where id = $1`, [receipt.id]),
    ).rejects.toThrow(/immutable/);
    await expect(queryAsSuperuser(`delete from erp.stock_moves where id = $1`, [receipt.id])).rejects.toThrow(
      /immutable/,
    );
    await expect(queryAsSuperuser(`truncate erp.stock_moves cascade`)).rejects.toThrow(/immutable/);
    const [row] = await queryAsSuperuser<{ quantity: string }>(
      `select quantity from erp.stock_moves where id = $1`,
      [receipt.id],
    );
    expect(row.quantity).toBe('3.000');
  });

  it('refuses, in the database, a quant going below zero where the warehouse forbids it', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    await receive(erp, tenantId, product.id, stock, '1', '2');
    await expect(
      queryAsSuperuser(
        `update erp.stock_quants set quantity = -1 where tenant_id = $1 and location_id = $2`,
        [tenantId, stock],
      ),
    ).rejects.toThrow(/does not allow negative stock/);
  });

  it('has verifyStock name the figures changed behind the service’s back', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    await receive(erp, tenantId, product.id, stock, '4', '2.50');
    await queryAsSuperuser(
      `update erp.stock_quants set quantity = 5 where tenant_id = $1 and location_id = $2`,
      [tenantId, stock],
    );
    await queryAsSuperuser(`update erp.products set stock_value = 11 where tenant_id = $1 and id = $2`, [
      tenantId,
      product.id,
    ]);
    const result = await verify(erp, tenantId);
    expect(result.consistent).toBe(false);
    expect(result.discrepancies).toEqual(
      expect.arrayContaining([
        { kind: 'LOCATION_QUANTITY', recorded: '5.000', fromMoves: '4.000' },
        { kind: 'PRODUCT_VALUE', recorded: '11.00', fromMoves: '10.00' },
      ]),
    );
    expect(result.discrepancies).toHaveLength(2);
  });

  it('fixes a product’s unit and currency once it has moved, in the service and the database', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    await receive(erp, tenantId, product.id, stock, '1', '2');
    const result = await call<{ updateProduct: { userErrors: Array<{ code: string }> } }>(
      erp,
      { tenantId },
      `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { id } userErrors { code } } }`,
      { input: { id: product.id, unit: 'kg', currency: 'EUR' } },
    );
    expect(result.body.data?.updateProduct.userErrors.map((error) => error.code)).toEqual([
      'UNIT_LOCKED',
      'CURRENCY_LOCKED',
    ]);
    await expect(
      queryAsSuperuser(`update erp.products set currency = 'EUR' where id = $1`, [product.id]),
    ).rejects.toThrow(/fixed/);
  });
});
