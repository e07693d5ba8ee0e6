import { randomUUID } from 'node:crypto';
import { errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  confirmedOrder,
  purchasingRowCounts,
  purchasingSetup,
  startPurchasingErp,
  tryBill,
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

describe('purchasing tenancy', () => {
  it("shows another tenant's orders and bills to nobody, and refuses its ids in every mutation", async () => {
    const owner = await purchasingSetup(erp);
    const order = await confirmedOrder(erp, owner.tenantId, {
      supplierId: owner.supplierId,
      lines: [{ productId: owner.bolt.id, quantity: '4', unitCost: '1', warehouseId: owner.warehouse.id }],
    });
    await tryReceive(erp, owner.caller, order.id, [{ lineId: order.lines[0].id, quantity: '2' }]);
    const bill = await tryBill(erp, owner.caller, {
      purchaseOrderId: order.id,
      currency: 'USD',
      lines: [{ lineId: order.lines[0].id, quantity: '1', unitCost: '1' }],
    });
    const billId = bill.data!.supplierBill!.id;
    const before = await purchasingRowCounts(owner.tenantId);

    const intruder = { tenantId: randomUUID() };
    const read = await call<{
      purchaseOrder: unknown;
      supplierBill: unknown;
      purchaseOrders: { totalCount: number };
    }>(
      erp,
      intruder,
      `query($id: ID!, $bill: ID!) { purchaseOrder(id: $id) { id } supplierBill(id: $bill) { id } purchaseOrders { totalCount } }`,
      { id: order.id, bill: billId },
    );
    expect(read.body.data).toEqual({
      purchaseOrder: null,
      supplierBill: null,
      purchaseOrders: { totalCount: 0 },
    });
    expect(errorCodes((await tryUpdateOrder(erp, intruder, { id: order.id, notes: 'x' })).response)).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      errorCodes((await tryOrderAction(erp, intruder, 'cancelPurchaseOrder', order.id)).response),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        (await tryReceive(erp, intruder, order.id, [{ lineId: order.lines[0].id, quantity: '1' }])).response,
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        (
          await tryBill(erp, intruder, {
            purchaseOrderId: order.id,
            currency: 'USD',
            lines: [{ lineId: order.lines[0].id, quantity: '1', unitCost: '1' }],
          })
        ).response,
      ),
    ).toEqual(['NOT_FOUND']);
    expect(await purchasingRowCounts(owner.tenantId)).toEqual(before);
  });

  it('forces row-level security on every purchasing table', async () => {
    const rows = await queryAsSuperuser<{ relname: string; forced: boolean }>(
      `select relname, relrowsecurity and relforcerowsecurity as forced from pg_class
       where relnamespace = 'erp'::regnamespace and relname in ('purchase_order_counters', 'purchase_orders',
         'purchase_order_lines', 'purchase_receipts', 'supplier_bill_counters', 'supplier_bills', 'supplier_bill_lines')
       order by relname`,
    );
    expect(rows).toHaveLength(7);
    expect(rows.every((row) => row.forced)).toBe(true);
  });
});
