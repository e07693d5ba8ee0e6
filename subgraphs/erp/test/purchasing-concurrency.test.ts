import { queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import { onHand } from './inventory-fixtures';
import {
  call,
  confirmedOrder,
  purchasingSetup,
  roleBalance,
  startPurchasingErp,
  tryBill,
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

describe('purchasing under concurrency', () => {
  it('lets 8 concurrent receipts of 2 on an order of 10 receive exactly 10, never more', async () => {
    const { tenantId, caller, supplierId, bolt, warehouse } = await purchasingSetup(erp);
    const order = await confirmedOrder(erp, tenantId, {
      supplierId,
      lines: [{ productId: bolt.id, quantity: '10', unitCost: '1.25', warehouseId: warehouse.id }],
    });
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        tryReceive(erp, caller, order.id, [{ lineId: order.lines[0].id, quantity: '2' }]),
      ),
    );
    const accepted = results.filter((result) => result.data?.purchaseOrder);
    const refused = results.flatMap((result) => result.userErrors.map((error) => error.code));
    expect(accepted).toHaveLength(5);
    // The last ones find the order received in full (had a receipt of 1 been left, OVER_RECEIPT).
    expect(refused).toEqual(Array.from({ length: 3 }, () => 'PURCHASE_ORDER_NOT_RECEIVABLE'));
    expect(await onHand(erp, tenantId, bolt.id)).toMatchObject({ total: '10' });
    const [line] = await queryAsSuperuser<{ received: string }>(
      `select received_quantity::text as received from erp.purchase_order_lines where tenant_id = $1`,
      [tenantId],
    );
    expect(line.received).toBe('10.000');
    const status = await call<{ purchaseOrder: { status: string } }>(
      erp,
      caller,
      `query($id: ID!) { purchaseOrder(id: $id) { status } }`,
      { id: order.id },
    );
    expect(status.body.data!.purchaseOrder.status).toBe('RECEIVED');
    expect(await roleBalance(erp, tenantId, 'INVENTORY')).toEqual(await valuationTotals(erp, tenantId));
  });

  it('lets concurrent bills take only what was received, with plain stock moves of the same products racing them', async () => {
    const { tenantId, caller, supplierId, bolt, nut, warehouse } = await purchasingSetup(erp);
    const order = await confirmedOrder(erp, tenantId, {
      supplierId,
      lines: [
        { productId: bolt.id, quantity: '6', unitCost: '3', warehouseId: warehouse.id },
        { productId: nut.id, quantity: '6', unitCost: '1', warehouseId: warehouse.id },
      ],
    });
    const [boltLine, nutLine] = order.lines;
    const stock = warehouse.defaultLocation.id;
    const receipt = (lineId: string) => tryReceive(erp, caller, order.id, [{ lineId, quantity: '1' }]);
    const plainReceipt = (productId: string) =>
      call(erp, caller, `mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { move { id } } }`, {
        i: { productId, locationId: stock, quantity: '1', unitCost: '2' },
      });
    // Receipts naming both products (in both orders) race plain moves of each: no deadlock, no loss.
    await Promise.all([
      ...Array.from({ length: 3 }, () =>
        tryReceive(erp, caller, order.id, [
          { lineId: nutLine.id, quantity: '1' },
          { lineId: boltLine.id, quantity: '1' },
        ]),
      ),
      ...Array.from({ length: 3 }, () => receipt(boltLine.id)),
      ...Array.from({ length: 3 }, () => plainReceipt(bolt.id)),
      ...Array.from({ length: 3 }, () => plainReceipt(nut.id)),
    ]);
    expect(await onHand(erp, tenantId, bolt.id)).toMatchObject({ total: '9' });
    expect(await onHand(erp, tenantId, nut.id)).toMatchObject({ total: '6' });
    const bills = await Promise.all(
      Array.from({ length: 4 }, () =>
        tryBill(erp, caller, {
          purchaseOrderId: order.id,
          currency: 'USD',
          lines: [{ lineId: boltLine.id, quantity: '2', unitCost: '3' }],
        }),
      ),
    );
    expect(bills.filter((bill) => bill.data?.supplierBill)).toHaveLength(3);
    expect(bills.flatMap((bill) => bill.userErrors.map((error) => error.code))).toEqual(['OVER_BILLING']);
    expect(
      bills
        .map((bill) => bill.data?.supplierBill?.number)
        .filter(Boolean)
        .sort(),
    ).toEqual(['BILL-000001', 'BILL-000002', 'BILL-000003']);
    expect(await roleBalance(erp, tenantId, 'INVENTORY')).toEqual(await valuationTotals(erp, tenantId));
    // 6 bolts billed at cost (18.00) cleared; 3 nuts (3.00) and the plain receipts (12.00) remain.
    expect(await roleBalance(erp, tenantId, 'GOODS_RECEIVED_NOT_BILLED')).toEqual(['-15.00 USD']);
    expect(await verifyLedgerOk(erp, tenantId)).toBe(true);
  });
});
