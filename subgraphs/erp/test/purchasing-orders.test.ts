import { randomUUID } from 'node:crypto';
import { errorCodes, queryAsSuperuser, sqlStatementCount, type RunningSubgraph } from '@nexora/kit';
import { createProduct } from './inventory-fixtures';
import {
  call,
  confirmedOrder,
  knownSupplier,
  purchasingRowCounts,
  purchasingSetup,
  startPurchasingErp,
  tryCreateOrder,
  tryOrderAction,
  tryReceive,
  tryUpdateOrder,
} from './purchasing-fixtures';

let erp: RunningSubgraph;

beforeAll(async () => {
  erp = await startPurchasingErp();
});

afterAll(async () => {
  await erp.stop();
});

describe('purchase orders', () => {
  it('creates drafts with gap-free numbers, prices lines with tax, edits drafts, confirms and cancels', async () => {
    const { supplierId, bolt, nut, warehouse, caller } = await purchasingSetup(erp);
    const rate = await call<{ createTaxRate: { taxRate: { id: string } } }>(
      erp,
      caller,
      `mutation { createTaxRate(input: { name: "VAT 20", rate: "20" }) { taxRate { id } } }`,
    );
    const taxRateId = rate.body.data!.createTaxRate.taxRate.id;
    const first = await tryCreateOrder(erp, caller, {
      supplierId,
      orderDate: '2026-03-02',
      notes: ' Deliver to dock 2 ',
      lines: [
        { productId: bolt.id, quantity: '3', unitCost: '0.33', warehouseId: warehouse.id, taxRateId },
        { productId: nut.id, quantity: '1.5', unitCost: '2.25', locationId: warehouse.defaultLocation.id },
      ],
    });
    expect(first.userErrors).toEqual([]);
    expect(first.data!.purchaseOrder).toMatchObject({
      number: 'PO-000001',
      status: 'DRAFT',
      currency: 'USD',
      orderDate: '2026-03-02',
      notes: 'Deliver to dock 2',
      supplier: { id: supplierId },
      // 0.99 (tax 0.198 → 0.20) + 3.375 → 3.38.
      subtotal: { amount: '4.37', currency: 'USD' },
      taxTotal: { amount: '0.20' },
      total: { amount: '4.57' },
      confirmedAt: null,
      lines: [
        {
          quantity: '3',
          amount: { amount: '0.99' },
          taxRate: '20',
          tax: { amount: '0.20' },
          receivedQuantity: '0',
          billedQuantity: '0',
          product: { id: bolt.id },
          location: { id: warehouse.defaultLocation.id },
        },
        { quantity: '1.5', amount: { amount: '3.38' }, taxRate: null, tax: { amount: '0.00' } },
      ],
    });
    const draft = first.data!.purchaseOrder!;
    const second = await tryCreateOrder(erp, caller, {
      supplierId,
      lines: [{ productId: nut.id, quantity: '1', unitCost: '1', warehouseId: warehouse.id }],
    });
    expect(second.data!.purchaseOrder!.number).toBe('PO-000002');

    const updated = await tryUpdateOrder(erp, caller, {
      id: draft.id,
      lines: [{ productId: bolt.id, quantity: '10', unitCost: '1.10', warehouseId: warehouse.id }],
    });
    expect(updated.userErrors).toEqual([]);
    expect(updated.data!.purchaseOrder).toMatchObject({
      number: 'PO-000001',
      notes: 'Deliver to dock 2',
      total: { amount: '11.00' },
      lines: [{ quantity: '10', unitCost: { amount: '1.10' } }],
    });

    const confirmed = await tryOrderAction(erp, caller, 'confirmPurchaseOrder', draft.id);
    expect(confirmed.data!.purchaseOrder).toMatchObject({
      status: 'CONFIRMED',
      confirmedAt: expect.any(String),
    });
    const cancelled = await tryOrderAction(
      erp,
      caller,
      'cancelPurchaseOrder',
      second.data!.purchaseOrder!.id,
    );
    expect(cancelled.data!.purchaseOrder).toMatchObject({
      status: 'CANCELLED',
      cancelledAt: expect.any(String),
    });

    const list = await call<{
      purchaseOrders: { totalCount: number; edges: Array<{ node: { number: string } }> };
    }>(erp, caller, `{ purchaseOrders(first: 1) { totalCount edges { node { number } } } }`);
    expect(list.body.data!.purchaseOrders).toEqual({
      totalCount: 2,
      edges: [{ node: { number: 'PO-000002' } }],
    });
    const confirmedOnly = await call<{ purchaseOrders: { totalCount: number } }>(
      erp,
      caller,
      `{ purchaseOrders(status: CONFIRMED) { totalCount } }`,
    );
    expect(confirmedOnly.body.data!.purchaseOrders.totalCount).toBe(1);
  });

  it('refuses editing, re-confirming or cancelling a confirmed order, writing nothing, and so does the database', async () => {
    const { tenantId, supplierId, bolt, warehouse, caller } = await purchasingSetup(erp);
    const order = await confirmedOrder(erp, tenantId, {
      supplierId,
      lines: [{ productId: bolt.id, quantity: '2', unitCost: '5', warehouseId: warehouse.id }],
    });
    const before = await purchasingRowCounts(tenantId);
    const edit = await tryUpdateOrder(erp, caller, { id: order.id, notes: 'changed' });
    expect(edit.userErrors).toEqual([
      expect.objectContaining({ code: 'PURCHASE_ORDER_NOT_DRAFT', field: ['input', 'id'] }),
    ]);
    expect(edit.data!.purchaseOrder).toBeNull();
    const again = await tryOrderAction(erp, caller, 'confirmPurchaseOrder', order.id);
    expect(again.userErrors.map((error) => error.code)).toEqual(['PURCHASE_ORDER_NOT_DRAFT']);
    await tryReceive(erp, caller, order.id, [{ lineId: order.lines[0].id, quantity: '1' }]);
    const cancel = await tryOrderAction(erp, caller, 'cancelPurchaseOrder', order.id);
    expect(cancel.userErrors.map((error) => error.code)).toEqual(['PURCHASE_ORDER_RECEIVED']);
    expect((await purchasingRowCounts(tenantId)).orders).toBe(before.orders);

    await expect(
      queryAsSuperuser(`update erp.purchase_order_lines set quantity = 99 where tenant_id = $1`, [tenantId]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(
      queryAsSuperuser(`update erp.purchase_orders set total = 1, subtotal = 1 where tenant_id = $1`, [
        tenantId,
      ]),
    ).rejects.toThrow(/cannot be edited/);
    await expect(
      queryAsSuperuser(`update erp.purchase_order_lines set received_quantity = 3 where tenant_id = $1`, [
        tenantId,
      ]),
    ).rejects.toThrow(/check constraint/);
  });

  it('refuses unknown, foreign and merged suppliers and bad lines, writing nothing, the number included', async () => {
    const { tenantId, supplierId, bolt, warehouse, caller } = await purchasingSetup(erp);
    const other = await purchasingSetup(erp);
    const eur = await createProduct(erp, tenantId, { currency: 'EUR' });
    const merged = await knownSupplier(tenantId);
    await queryAsSuperuser(`update erp.companies set merged_into = $3 where tenant_id = $1 and id = $2`, [
      tenantId,
      merged,
      supplierId,
    ]);
    const line = { productId: bolt.id, quantity: '1', unitCost: '1', warehouseId: warehouse.id };
    const before = await purchasingRowCounts(tenantId);
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ supplierId: randomUUID(), lines: [line] }, ['SUPPLIER_UNKNOWN']],
      [{ supplierId: other.supplierId, lines: [line] }, ['SUPPLIER_UNKNOWN']],
      [{ supplierId: merged, lines: [line] }, ['SUPPLIER_MERGED']],
      [{ supplierId, lines: [] }, ['LINES_REQUIRED']],
      [{ supplierId, lines: [{ ...line, quantity: '-2' }] }, ['NEGATIVE_QUANTITY']],
      [{ supplierId, lines: [{ ...line, quantity: '0' }] }, ['QUANTITY_INVALID']],
      [{ supplierId, lines: [{ ...line, unitCost: '-1' }] }, ['UNIT_COST_INVALID']],
      [{ supplierId, lines: [{ ...line, unitCost: '1.005' }] }, ['UNIT_COST_INVALID']],
      [{ supplierId, lines: [{ ...line, productId: eur.id }] }, ['CURRENCY_MISMATCH']],
      [{ supplierId, lines: [{ ...line, productId: other.bolt.id }] }, ['PRODUCT_NOT_FOUND']],
      [{ supplierId, lines: [{ ...line, warehouseId: other.warehouse.id }] }, ['WAREHOUSE_NOT_FOUND']],
      [
        {
          supplierId,
          lines: [{ ...line, warehouseId: undefined, locationId: other.warehouse.defaultLocation.id }],
        },
        ['LOCATION_NOT_FOUND'],
      ],
      [{ supplierId, lines: [{ ...line, warehouseId: undefined }] }, ['DESTINATION_REQUIRED']],
      [{ supplierId, lines: [{ ...line, taxRateId: randomUUID() }] }, ['TAX_RATE_UNKNOWN']],
      [{ supplierId, currency: 'XYZ', lines: [line] }, ['CURRENCY_INVALID']],
      [{ supplierId, orderDate: '2026-02-30', lines: [line] }, ['DATE_INVALID']],
    ];
    for (const [input, codes] of cases) {
      const result = await tryCreateOrder(erp, caller, input);
      expect([input, result.userErrors.map((error) => error.code)]).toEqual([input, codes]);
      expect(result.data!.purchaseOrder).toBeNull();
    }
    expect(await purchasingRowCounts(tenantId)).toEqual(before);
    expect(
      errorCodes(
        await tryCreateOrder(erp, caller, { supplierId: 'nope', lines: [line] }).then((r) => r.response),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    // The next order still gets the next number: refusals gave theirs back.
    const created = await tryCreateOrder(erp, caller, { supplierId, lines: [line] });
    expect(created.data!.purchaseOrder!.number).toBe('PO-000001');
  });

  it('lists a supplier’s orders on Company.purchaseOrders and asks for erp.purchase:read', async () => {
    const { tenantId, supplierId, bolt, warehouse, caller } = await purchasingSetup(erp);
    const otherSupplier = await knownSupplier(tenantId);
    const line = { productId: bolt.id, quantity: '1', unitCost: '1', warehouseId: warehouse.id };
    for (const supplier of [supplierId, otherSupplier, supplierId]) {
      await tryCreateOrder(erp, caller, { supplierId: supplier, lines: [line] });
    }
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Company { id purchaseOrders(first: 1) { totalCount edges { node { number } } pageInfo { hasNextPage endCursor } } } } }`;
    const reps = [{ __typename: 'Company', id: supplierId }];
    const result = await call<{
      _entities: Array<{
        purchaseOrders: { totalCount: number; edges: Array<{ node: { number: string } }> };
      }>;
    }>(erp, caller, query, { reps });
    expect(result.body.data!._entities[0].purchaseOrders).toMatchObject({
      totalCount: 2,
      edges: [{ node: { number: 'PO-000003' } }],
      pageInfo: { hasNextPage: true },
    });
    // The next page from its cursor; both suppliers at once in one statement however many there are.
    const after = (
      result.body.data!._entities[0].purchaseOrders as unknown as { pageInfo: { endCursor: string } }
    ).pageInfo.endCursor;
    const paged = `query($reps: [_Any!]!, $after: String) { _entities(representations: $reps) {
      ... on Company { id purchaseOrders(first: 5, after: $after) { totalCount edges { node { number } } } } } }`;
    const next = await call<{
      _entities: Array<{
        purchaseOrders: { totalCount: number; edges: Array<{ node: { number: string } }> };
      }>;
    }>(erp, caller, paged, { reps, after });
    expect(next.body.data!._entities[0].purchaseOrders.edges.map((edge) => edge.node.number)).toEqual([
      'PO-000001',
    ]);
    const before = sqlStatementCount(erp.dataSource);
    const both = await call<{
      _entities: Array<{
        purchaseOrders: { totalCount: number; edges: Array<{ node: { number: string } }> };
      }>;
    }>(erp, caller, paged, {
      reps: [
        ...reps,
        { __typename: 'Company', id: otherSupplier },
        { __typename: 'Company', id: randomUUID() },
      ],
      after: null,
    });
    const statements = sqlStatementCount(erp.dataSource) - before;
    expect(
      both.body.data!._entities.map((company) =>
        company.purchaseOrders.edges.map((edge) => edge.node.number),
      ),
    ).toEqual([['PO-000003', 'PO-000001'], ['PO-000002'], []]);
    const one = sqlStatementCount(erp.dataSource);
    await call(erp, caller, paged, { reps, after: null });
    expect(statements).toBe(sqlStatementCount(erp.dataSource) - one);
    const badCursor = await call(erp, caller, paged, { reps, after: 'bm9wZQ' });
    expect(errorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);
    const viewer = { tenantId, permissions: ['erp.invoice:read'] };
    const refused = await call<{ _entities: Array<{ purchaseOrders: unknown }> }>(erp, viewer, query, {
      reps,
    });
    expect(refused.body.data!._entities[0].purchaseOrders).toBeNull();
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const noWrite = await tryCreateOrder(
      erp,
      { tenantId, permissions: ['erp.purchase:read'] },
      {
        supplierId,
        lines: [line],
      },
    );
    expect(errorCodes(noWrite.response)).toEqual(['FORBIDDEN']);
  });
});
