import {
  createCompany,
  startE2EPlatform,
  uniqueName,
  waitUntilBillable,
  type E2EPlatform,
  type SignedUpTenant,
} from './e2e-client';
import { created, read, tryMutation } from './erp-isolation-helpers';

/**
 * Purchasing through the real gateway (issue 10): a supplier from crm that erp has learnt of, an
 * order, its confirmation, a partial receipt into stock, an over-receipt refused, a bill matched to
 * what was received, the ledger still balanced and intact, the order on the supplier's crm record,
 * and another tenant unable to see or touch any of it.
 */
let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;

beforeAll(async () => {
  e2e = await startE2EPlatform();
  [a, b] = await Promise.all([e2e.signUpTenant('erp-purchasing-a'), e2e.signUpTenant('erp-purchasing-b')]);
});

afterAll(async () => {
  await e2e?.stop();
});

interface Order {
  id: string;
  number: string;
  status: string;
  total: { amount: string };
  lines: Array<{ id: string; quantity: string; receivedQuantity: string; billedQuantity: string }>;
}

const ORDER_FIELDS =
  'id number status total { amount } lines { id quantity receivedQuantity billedQuantity }';

describe('purchasing through the gateway', () => {
  it('orders, receives part, refuses an over-receipt, bills what came, and keeps the books balanced', async () => {
    const supplier = await createCompany(e2e, a.token, uniqueName('Bolt Supply'));
    await waitUntilBillable(e2e, a.token, supplier);
    const product = await created<{ id: string }>(
      e2e,
      a.token,
      'createProduct',
      'CreateProductInput',
      'product',
      'id',
      { sku: uniqueName('BOLT').replace(/\W+/g, '-').slice(0, 60), name: 'Bolt M8', currency: 'USD' },
    );
    const warehouse = await created<{ id: string; defaultLocation: { id: string } }>(
      e2e,
      a.token,
      'createWarehouse',
      'CreateWarehouseInput',
      'warehouse',
      'id defaultLocation { id }',
      { code: 'MAIN', name: 'Main warehouse' },
    );

    const draft = await created<Order>(
      e2e,
      a.token,
      'createPurchaseOrder',
      'CreatePurchaseOrderInput',
      'purchaseOrder',
      ORDER_FIELDS,
      {
        supplierId: supplier,
        currency: 'USD',
        lines: [{ productId: product.id, quantity: '10', unitCost: '2.50', warehouseId: warehouse.id }],
      },
    );
    expect(draft).toMatchObject({ status: 'DRAFT', total: { amount: '25.00' } });
    expect(draft.number).toMatch(/^PO-\d{6}$/);
    const line = draft.lines[0].id;

    // Receiving needs a confirmed order.
    const early = await tryMutation(e2e, a.token, 'receivePurchaseOrder', 'ReceivePurchaseOrderInput', {
      purchaseOrderId: draft.id,
      lines: [{ lineId: line, quantity: '1' }],
    });
    expect(early.codes.length).toBeGreaterThan(0);

    const confirmed = await created<Order>(
      e2e,
      a.token,
      'confirmPurchaseOrder',
      'PurchaseOrderIdInput',
      'purchaseOrder',
      ORDER_FIELDS,
      {
        id: draft.id,
      },
    );
    expect(confirmed.status).toBe('CONFIRMED');
    // A confirmed order cannot be edited.
    const edit = await tryMutation(e2e, a.token, 'updatePurchaseOrder', 'UpdatePurchaseOrderInput', {
      id: draft.id,
      notes: 'too late',
    });
    expect(edit.codes).toEqual(['PURCHASE_ORDER_NOT_DRAFT']);

    const received = await created<Order>(
      e2e,
      a.token,
      'receivePurchaseOrder',
      'ReceivePurchaseOrderInput',
      'purchaseOrder',
      ORDER_FIELDS,
      {
        purchaseOrderId: draft.id,
        lines: [{ lineId: line, quantity: '4' }],
      },
    );
    expect(received).toMatchObject({ status: 'PARTIALLY_RECEIVED', lines: [{ receivedQuantity: '4' }] });

    const over = await tryMutation(e2e, a.token, 'receivePurchaseOrder', 'ReceivePurchaseOrderInput', {
      purchaseOrderId: draft.id,
      lines: [{ lineId: line, quantity: '7' }],
    });
    expect(over.codes).toEqual(['OVER_RECEIPT']);

    const stock = await read<{ stockOnHand: { total: string } }>(
      e2e,
      a.token,
      `query ($id: ID!) { stockOnHand(productId: $id) { total } }`,
      { id: product.id },
    );
    expect(Number(stock.stockOnHand.total)).toBe(4);

    // Billing more than was received is refused; billing the 4 received at a slightly higher price books
    // the difference.
    const overBilled = await tryMutation(e2e, a.token, 'createSupplierBill', 'CreateSupplierBillInput', {
      purchaseOrderId: draft.id,
      currency: 'USD',
      lines: [{ lineId: line, quantity: '5', unitCost: '2.50' }],
    });
    expect(overBilled.codes).toEqual(['OVER_BILLING']);
    const bill = await created<{
      number: string;
      total: { amount: string };
      priceDifference: { amount: string };
    }>(
      e2e,
      a.token,
      'createSupplierBill',
      'CreateSupplierBillInput',
      'supplierBill',
      'number total { amount } priceDifference { amount }',
      {
        purchaseOrderId: draft.id,
        currency: 'USD',
        lines: [{ lineId: line, quantity: '4', unitCost: '2.60' }],
      },
    );
    expect(bill).toMatchObject({ total: { amount: '10.40' }, priceDifference: { amount: '0.40' } });

    const books = await read<{
      trialBalance: { rows: Array<{ balance: { amount: string } }> };
      verifyLedger: { ok: boolean };
      purchaseOrder: Order;
      company: { name: string; purchaseOrders: { edges: Array<{ node: { id: string } }> } };
    }>(
      e2e,
      a.token,
      `query ($po: ID!, $supplier: ID!) {
        trialBalance { rows { balance { amount } } }
        verifyLedger { ok }
        purchaseOrder(id: $po) { ${ORDER_FIELDS} }
        company(id: $supplier) { name purchaseOrders(first: 5) { edges { node { id } } } }
      }`,
      { po: draft.id, supplier },
    );
    const sum = books.trialBalance.rows.reduce(
      (total, row) => total + Math.round(Number(row.balance.amount) * 100),
      0,
    );
    expect(sum).toBe(0);
    expect(books.trialBalance.rows.length).toBeGreaterThan(0);
    expect(books.verifyLedger.ok).toBe(true);
    expect(books.purchaseOrder.lines[0]).toMatchObject({
      receivedQuantity: '4',
      billedQuantity: '4',
    });
    // The order shows on the supplier's record: crm's name, erp's orders, one request.
    expect(books.company.name).toMatch(/^Bolt Supply/);
    expect(books.company.purchaseOrders.edges.map((edge) => edge.node.id)).toEqual([draft.id]);

    // Another tenant sees nothing of it and can do nothing with its ids.
    const theirs = await read<{ purchaseOrder: Order | null; purchaseOrders: { totalCount: number } }>(
      e2e,
      b.token,
      `query ($po: ID!) { purchaseOrder(id: $po) { id } purchaseOrders { totalCount } }`,
      { po: draft.id },
    );
    expect(theirs).toEqual({ purchaseOrder: null, purchaseOrders: { totalCount: 0 } });
    const refusals: string[][] = [];
    for (const attempt of [
      tryMutation(e2e, b.token, 'receivePurchaseOrder', 'ReceivePurchaseOrderInput', {
        purchaseOrderId: draft.id,
        lines: [{ lineId: line, quantity: '1' }],
      }),
      tryMutation(e2e, b.token, 'createSupplierBill', 'CreateSupplierBillInput', {
        purchaseOrderId: draft.id,
        currency: 'USD',
        lines: [{ lineId: line, quantity: '1', unitCost: '2.50' }],
      }),
      tryMutation(e2e, b.token, 'cancelPurchaseOrder', 'PurchaseOrderIdInput', { id: draft.id }),
      tryMutation(e2e, b.token, 'createPurchaseOrder', 'CreatePurchaseOrderInput', {
        supplierId: supplier,
        currency: 'USD',
        lines: [{ productId: product.id, quantity: '1', unitCost: '1.00', warehouseId: warehouse.id }],
      }),
    ]) {
      refusals.push((await attempt).codes);
    }
    expect(refusals.slice(0, 3)).toEqual([['NOT_FOUND'], ['NOT_FOUND'], ['NOT_FOUND']]);
    // An order of theirs naming our supplier, product and warehouse: none of them exists for them.
    expect(refusals[3]).toContain('SUPPLIER_UNKNOWN');
    const after = await read<{ purchaseOrder: Order }>(
      e2e,
      a.token,
      `query ($po: ID!) { purchaseOrder(id: $po) { ${ORDER_FIELDS} } }`,
      { po: draft.id },
    );
    expect(after.purchaseOrder).toEqual(books.purchaseOrder);
  });
});
