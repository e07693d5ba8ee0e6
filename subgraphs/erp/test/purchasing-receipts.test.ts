import { randomUUID } from 'node:crypto';
import { errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import { SET_LOCK_DATE } from './accounting-fixtures';
import { onHand, productStock } from './inventory-fixtures';
import {
  call,
  confirmedOrder,
  purchasingRowCounts,
  purchasingSetup,
  roleBalance,
  startPurchasingErp,
  trialBalanceTotals,
  tryBill,
  tryCreateOrder,
  tryReceive,
  valuationTotals,
  verifyLedgerOk,
} from './purchasing-fixtures';

let erp: RunningSubgraph;

beforeAll(async () => {
  erp = await startPurchasingErp();
});

afterAll(async () => {
  await erp.stop();
});

async function twoLineOrder(currency = 'USD') {
  const setup = await purchasingSetup(erp, currency);
  const rate = await call<{ createTaxRate: { taxRate: { id: string } } }>(
    erp,
    setup.caller,
    `mutation { createTaxRate(input: { name: "VAT 10", rate: "10" }) { taxRate { id } } }`,
  );
  const order = await confirmedOrder(erp, setup.tenantId, {
    supplierId: setup.supplierId,
    currency,
    lines: [
      {
        productId: setup.bolt.id,
        quantity: '10',
        unitCost: '2.50',
        warehouseId: setup.warehouse.id,
        taxRateId: rate.body.data!.createTaxRate.taxRate.id,
      },
      { productId: setup.nut.id, quantity: '3', unitCost: '0.33', warehouseId: setup.warehouse.id },
    ],
  });
  return { ...setup, order, boltLine: order.lines[0], nutLine: order.lines[1] };
}

describe('receiving purchase orders', () => {
  it('creates RECEIPT moves at the line cost, books them, moves the status and announces erp.purchase.received', async () => {
    const { tenantId, caller, order, boltLine, nutLine, bolt, nut } = await twoLineOrder();
    const partial = await tryReceive(erp, caller, order.id, [
      { lineId: boltLine.id, quantity: '4' },
      { lineId: nutLine.id, quantity: '1' },
    ]);
    expect(partial.userErrors).toEqual([]);
    expect(partial.data!.moves).toEqual([
      expect.objectContaining({ type: 'RECEIPT', quantity: '4', valueChange: { amount: '10.00' } }),
      expect.objectContaining({ type: 'RECEIPT', quantity: '1', valueChange: { amount: '0.33' } }),
    ]);
    expect(partial.data!.purchaseOrder).toMatchObject({
      status: 'PARTIALLY_RECEIVED',
      lines: [{ receivedQuantity: '4' }, { receivedQuantity: '1' }],
    });
    expect(await onHand(erp, tenantId, bolt.id)).toMatchObject({ total: '4' });
    expect(await productStock(erp, tenantId, nut.id)).toMatchObject({ stockValue: { amount: '0.33' } });

    const rest = await tryReceive(erp, caller, order.id, [
      { lineId: boltLine.id, quantity: '6' },
      { lineId: nutLine.id, quantity: '2' },
    ]);
    expect(rest.data!.purchaseOrder).toMatchObject({
      status: 'RECEIVED',
      lines: [{ receivedQuantity: '10' }, { receivedQuantity: '3' }],
    });
    // Each receipt booked Dr inventory / Cr goods received not billed at its value.
    expect(await roleBalance(erp, tenantId, 'INVENTORY')).toEqual(['25.99 USD']);
    expect(await roleBalance(erp, tenantId, 'GOODS_RECEIVED_NOT_BILLED')).toEqual(['-25.99 USD']);
    expect(await valuationTotals(erp, tenantId)).toEqual(['25.99 USD']);

    const [event] = await queryAsSuperuser<{ payload: Record<string, unknown> }>(
      `select payload from erp.outbox where tenant_id = $1 and type = 'erp.purchase.received' order by sequence limit 1`,
      [tenantId],
    );
    expect(event.payload).toMatchObject({
      id: order.id,
      number: order.number,
      status: 'PARTIALLY_RECEIVED',
      lines: [
        {
          lineId: boltLine.id,
          productId: bolt.id,
          quantity: '4',
          receivedQuantity: '4',
          orderedQuantity: '10',
        },
        { lineId: nutLine.id, productId: nut.id, quantity: '1', receivedQuantity: '1', value: '0.33' },
      ],
    });
    const closed = await tryReceive(erp, caller, order.id, [{ lineId: boltLine.id, quantity: '1' }]);
    expect(closed.userErrors.map((error) => error.code)).toEqual(['PURCHASE_ORDER_NOT_RECEIVABLE']);

    // A receipt's move is not undone on its own: the order line counts it as received.
    const [receiptMove] = await queryAsSuperuser<{ id: string }>(
      `select stock_move_id as id from erp.purchase_receipts where tenant_id = $1 limit 1`,
      [tenantId],
    );
    const reversal = await call<{
      reverseStockMove: { move: unknown; userErrors: Array<{ code: string; message: string }> };
    }>(
      erp,
      caller,
      `mutation ($id: ID!) { reverseStockMove(input: { id: $id }) { move { id } userErrors { code message } } }`,
      { id: receiptMove.id },
    );
    expect(reversal.body.data?.reverseStockMove.move).toBeNull();
    expect(reversal.body.data?.reverseStockMove.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_REVERSIBLE', message: expect.stringContaining(order.number) }),
    ]);
    expect(await onHand(erp, tenantId, bolt.id)).toMatchObject({ total: '10' });
  });

  it('refuses over-receipts, bad quantities, foreign lines and drafts with nothing written', async () => {
    const { tenantId, caller, order, boltLine, nutLine, supplierId, bolt, warehouse } = await twoLineOrder();
    const other = await twoLineOrder();
    const draft = await tryCreateOrder(erp, caller, {
      supplierId,
      lines: [{ productId: bolt.id, quantity: '1', unitCost: '1', warehouseId: warehouse.id }],
    });
    await tryReceive(erp, caller, order.id, [{ lineId: boltLine.id, quantity: '7' }]);
    const before = await purchasingRowCounts(tenantId);
    const cases: Array<[string, Array<{ lineId: string; quantity: string }>, string[]]> = [
      [order.id, [{ lineId: boltLine.id, quantity: '3.001' }], ['OVER_RECEIPT']],
      // The first line is fine, the second over-receives: neither is written.
      [
        order.id,
        [
          { lineId: boltLine.id, quantity: '1' },
          { lineId: nutLine.id, quantity: '4' },
        ],
        ['OVER_RECEIPT'],
      ],
      [order.id, [{ lineId: boltLine.id, quantity: '-1' }], ['NEGATIVE_QUANTITY']],
      [order.id, [{ lineId: boltLine.id, quantity: '0' }], ['QUANTITY_INVALID']],
      [order.id, [], ['LINES_REQUIRED']],
      [
        order.id,
        [
          { lineId: nutLine.id, quantity: '1' },
          { lineId: nutLine.id, quantity: '1' },
        ],
        ['LINE_DUPLICATE'],
      ],
      [order.id, [{ lineId: other.boltLine.id, quantity: '1' }], ['LINE_NOT_FOUND']],
      [
        draft.data!.purchaseOrder!.id,
        [{ lineId: draft.data!.purchaseOrder!.lines[0].id, quantity: '1' }],
        ['PURCHASE_ORDER_NOT_RECEIVABLE'],
      ],
    ];
    for (const [orderId, lines, codes] of cases) {
      const result = await tryReceive(erp, caller, orderId, lines);
      expect([lines, result.userErrors.map((error) => error.code)]).toEqual([lines, codes]);
      expect(result.data!.purchaseOrder).toBeNull();
    }
    const over = await tryReceive(erp, caller, order.id, [{ lineId: boltLine.id, quantity: '5' }]);
    expect(over.userErrors[0]).toMatchObject({
      field: ['input', 'lines', '0', 'quantity'],
      message: expect.stringContaining('at most 3 more'),
    });
    expect(await purchasingRowCounts(tenantId)).toEqual(before);
    expect(
      errorCodes(
        (await tryReceive(erp, caller, other.order.id, [{ lineId: other.boltLine.id, quantity: '1' }]))
          .response,
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        (await tryReceive(erp, caller, randomUUID(), [{ lineId: boltLine.id, quantity: '1' }])).response,
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('refuses a receipt into a locked period, rolling back every move of it', async () => {
    const { tenantId, caller, order, boltLine, nutLine } = await twoLineOrder();
    const today = new Date().toISOString().slice(0, 10);
    const lock = await call<{ setLockDate: { userErrors: unknown[] } }>(erp, caller, SET_LOCK_DATE, {
      input: { lockDate: today, reason: 'closing' },
    });
    expect(lock.body.data!.setLockDate.userErrors).toEqual([]);
    const before = await purchasingRowCounts(tenantId);
    const refused = await tryReceive(erp, caller, order.id, [
      { lineId: boltLine.id, quantity: '1' },
      { lineId: nutLine.id, quantity: '1' },
    ]);
    expect(refused.userErrors.map((error) => error.code)).toEqual(['PERIOD_LOCKED']);
    expect(await purchasingRowCounts(tenantId)).toEqual(before);
  });
});

describe('supplier bills', () => {
  it('matches bills to received lines and books GRNI, input tax, payable and the price difference', async () => {
    const { tenantId, caller, order, boltLine, nutLine, supplierId } = await twoLineOrder();
    await tryReceive(erp, caller, order.id, [{ lineId: boltLine.id, quantity: '4' }]);
    // Three receipts of one nut at 0.33: 0.99 booked, while 3 × 0.33 billed at once is also 0.99.
    for (let index = 0; index < 3; index += 1) {
      await tryReceive(erp, caller, order.id, [{ lineId: nutLine.id, quantity: '1' }]);
    }
    const bill = await tryBill(erp, caller, {
      purchaseOrderId: order.id,
      currency: 'usd',
      billDate: new Date().toISOString().slice(0, 10),
      supplierReference: 'INV-77',
      lines: [
        { lineId: boltLine.id, quantity: '4', unitCost: '2.60' },
        { lineId: nutLine.id, quantity: '3', unitCost: '0.33' },
      ],
    });
    expect(bill.userErrors).toEqual([]);
    const stored = bill.data!.supplierBill!;
    expect(stored).toMatchObject({
      number: 'BILL-000001',
      currency: 'USD',
      supplierReference: 'INV-77',
      // 4 × 2.60 = 10.40 (+ 1.04 tax) and 0.99.
      subtotal: { amount: '11.39' },
      taxTotal: { amount: '1.04' },
      total: { amount: '12.43', currency: 'USD' },
      priceDifference: { amount: '0.40' },
      lines: [
        { quantity: '4', receiptValue: { amount: '10.00' } },
        { quantity: '3', receiptValue: { amount: '0.99' } },
      ],
    });
    const lines = stored.journalEntry!.lines.map((line) => [
      line.account.role,
      line.debit?.amount ?? null,
      line.credit?.amount ?? null,
    ]);
    expect(stored.journalEntry!.journal.code).toBe('PURCHASE');
    expect(lines).toEqual([
      ['GOODS_RECEIVED_NOT_BILLED', '10.99', null],
      ['TAX_RECEIVABLE', '1.04', null],
      ['STOCK_ADJUSTMENT', '0.40', null],
      ['PAYABLE', null, '12.43'],
    ]);
    expect(stored.journalEntry!.lines[3].company).toEqual({ id: supplierId });
    // Everything received is billed: goods received not billed is cleared to the cent.
    expect(await roleBalance(erp, tenantId, 'GOODS_RECEIVED_NOT_BILLED')).toEqual(['0.00 USD']);
    expect(await roleBalance(erp, tenantId, 'PAYABLE')).toEqual(['-12.43 USD']);
    const order2 = await call<{
      purchaseOrder: { lines: Array<{ billedQuantity: string }>; bills: Array<{ number: string }> };
    }>(
      erp,
      caller,
      `query($id: ID!) { purchaseOrder(id: $id) { lines { billedQuantity } bills { number } } }`,
      { id: order.id },
    );
    expect(order2.body.data!.purchaseOrder).toEqual({
      lines: [{ billedQuantity: '4' }, { billedQuantity: '3' }],
      bills: [{ number: 'BILL-000001' }],
    });
  });

  it('refuses over-billing, a currency mismatch, drafts, bad quantities and locked dates, writing nothing', async () => {
    const { tenantId, caller, order, boltLine, nutLine, supplierId, bolt, warehouse } = await twoLineOrder();
    await tryReceive(erp, caller, order.id, [{ lineId: boltLine.id, quantity: '5' }]);
    await tryBill(erp, caller, {
      purchaseOrderId: order.id,
      currency: 'USD',
      lines: [{ lineId: boltLine.id, quantity: '2', unitCost: '2.50' }],
    });
    const draft = await tryCreateOrder(erp, caller, {
      supplierId,
      lines: [{ productId: bolt.id, quantity: '1', unitCost: '1', warehouseId: warehouse.id }],
    });
    await call(erp, caller, SET_LOCK_DATE, { input: { lockDate: '2026-01-31' } });
    const before = await purchasingRowCounts(tenantId);
    const base = { purchaseOrderId: order.id, currency: 'USD' };
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ ...base, lines: [{ lineId: boltLine.id, quantity: '3.5', unitCost: '2.50' }] }, ['OVER_BILLING']],
      // Nothing of the nuts was received.
      [{ ...base, lines: [{ lineId: nutLine.id, quantity: '1', unitCost: '0.33' }] }, ['OVER_BILLING']],
      [
        { ...base, currency: 'EUR', lines: [{ lineId: boltLine.id, quantity: '1', unitCost: '2.50' }] },
        ['CURRENCY_MISMATCH'],
      ],
      [
        { ...base, lines: [{ lineId: boltLine.id, quantity: '-1', unitCost: '2.50' }] },
        ['NEGATIVE_QUANTITY'],
      ],
      [{ ...base, lines: [{ lineId: boltLine.id, quantity: '1', unitCost: '-2' }] }, ['UNIT_COST_INVALID']],
      [
        {
          ...base,
          billDate: '2026-01-15',
          lines: [{ lineId: boltLine.id, quantity: '1', unitCost: '2.50' }],
        },
        ['PERIOD_LOCKED'],
      ],
      [
        {
          ...base,
          purchaseOrderId: draft.data!.purchaseOrder!.id,
          lines: [{ lineId: draft.data!.purchaseOrder!.lines[0].id, quantity: '1', unitCost: '1' }],
        },
        ['PURCHASE_ORDER_NOT_BILLABLE'],
      ],
    ];
    for (const [input, codes] of cases) {
      const result = await tryBill(erp, caller, input);
      expect([input, result.userErrors.map((error) => error.code)]).toEqual([input, codes]);
      expect(result.data!.supplierBill).toBeNull();
    }
    expect(await purchasingRowCounts(tenantId)).toEqual(before);
    const next = await tryBill(erp, caller, {
      ...base,
      lines: [{ lineId: boltLine.id, quantity: '3', unitCost: '2.40' }],
    });
    expect(next.data!.supplierBill).toMatchObject({
      number: 'BILL-000002',
      priceDifference: { amount: '-0.30' },
    });
    expect(await roleBalance(erp, tenantId, 'GOODS_RECEIVED_NOT_BILLED')).toEqual(['0.00 USD']);
  });

  it('keeps the ledger balanced and verified, and inventory equal to the stock valuation, after a mixed run', async () => {
    const { tenantId, caller, order, boltLine, nutLine, bolt, warehouse } = await twoLineOrder();
    await tryReceive(erp, caller, order.id, [
      { lineId: boltLine.id, quantity: '6' },
      { lineId: nutLine.id, quantity: '2' },
    ]);
    await tryBill(erp, caller, {
      purchaseOrderId: order.id,
      currency: 'USD',
      lines: [{ lineId: boltLine.id, quantity: '6', unitCost: '2.55' }],
    });
    const stock = warehouse.defaultLocation.id;
    await call(erp, caller, `mutation($i: DeliverStockInput!) { deliverStock(input: $i) { move { id } } }`, {
      i: { productId: bolt.id, locationId: stock, quantity: '2.5' },
    });
    await call(erp, caller, `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { move { id } } }`, {
      i: { productId: bolt.id, locationId: stock, difference: '-0.5', reason: 'Broken' },
    });
    await tryReceive(erp, caller, order.id, [{ lineId: nutLine.id, quantity: '1' }]);
    expect(await roleBalance(erp, tenantId, 'INVENTORY')).toEqual(await valuationTotals(erp, tenantId));
    // 3 bolts at 2.50 and 3 nuts (0.99) left in stock.
    expect(await valuationTotals(erp, tenantId)).toEqual(['8.49 USD']);
    expect(await roleBalance(erp, tenantId, 'COST_OF_GOODS_SOLD')).toEqual(['6.25 USD']);
    // Nuts received, not billed.
    expect(await roleBalance(erp, tenantId, 'GOODS_RECEIVED_NOT_BILLED')).toEqual(['-0.99 USD']);
    for (const total of await trialBalanceTotals(erp, tenantId)) expect(total.debit).toBe(total.credit);
    expect(await verifyLedgerOk(erp, tenantId)).toBe(true);
  });
});
