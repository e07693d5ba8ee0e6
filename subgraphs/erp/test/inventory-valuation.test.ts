import { randomUUID } from 'node:crypto';
import { errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  createProduct,
  createWarehouse,
  deliver,
  productStock,
  receive,
  startInventoryErp,
  stockSetup,
  stockRowCounts,
  tryMove,
  verify,
  type MoneyView,
} from './inventory-fixtures';
import { SET_LOCK_DATE } from './accounting-fixtures';
import { call as ledgerCall, roleBalance, valuationTotals, verifyLedgerOk } from './purchasing-fixtures';

let erp: RunningSubgraph;

beforeAll(async () => {
  erp = await startInventoryErp();
});

afterAll(async () => {
  await erp.stop();
});

interface ValuationView {
  asOf: string | null;
  totals: MoneyView[];
  products: {
    totalCount: number;
    edges: Array<{
      node: { product: { sku: string }; quantity: string; value: MoneyView; averageCost: MoneyView | null };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

function valuation(tenantId: string, args: { asOf?: string; first?: number; after?: string } = {}) {
  return call<{ stockValuation: ValuationView }>(
    erp,
    { tenantId },
    `query($asOf: String, $first: Int, $after: String) {
      stockValuation(asOf: $asOf) {
        asOf totals { amount currency }
        products(first: $first, after: $after) {
          totalCount
          edges { node { product { sku } quantity value { amount currency } averageCost { amount currency } } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }`,
    args,
  );
}

/** The database's clock now, as an ISO instant with microseconds: moves recorded later are after it. */
async function databaseNow(): Promise<string> {
  const [row] = await queryAsSuperuser<{ now: string }>(
    `select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as now`,
  );
  return row.now;
}

describe('moving average cost', () => {
  it('values each delivery at the average, rounding half up, the last unit taking exactly what is left', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    await receive(erp, tenantId, product.id, stock, '3', '0.33');
    await receive(erp, tenantId, product.id, stock, '1', '0.01');
    // 3 × 0.33 + 0.01 = 1.00 for 4 units: an average of 0.25.
    expect(await productStock(erp, tenantId, product.id)).toMatchObject({
      averageCost: { amount: '0.25' },
      stockValue: { amount: '1.00' },
    });
    await deliver(erp, tenantId, product.id, stock, '1');
    // 0.75 for 3: 0.25 each. Then receive 1 at 0.01: 0.76 for 4 = 0.19 each.
    await receive(erp, tenantId, product.id, stock, '1', '0.01');
    const values: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      values.push((await deliver(erp, tenantId, product.id, stock, '1')).valueChange!.amount);
    }
    // 0.76/4 = 0.19; 0.57/3 = 0.19; 0.38/2 = 0.19; the last takes the 0.19 left.
    expect(values).toEqual(['-0.19', '-0.19', '-0.19', '-0.19']);

    const thirds = await stockSetup(erp);
    await receive(erp, thirds.tenantId, thirds.product.id, thirds.stock, '3', '0.50');
    await deliver(erp, thirds.tenantId, thirds.product.id, thirds.stock, '2');
    await receive(erp, thirds.tenantId, thirds.product.id, thirds.stock, '2', '0.01');
    // 0.50 + 0.02 = 0.52 for 3: deliveries of 1 take 0.17 (0.1733), 0.18 (0.35/2 = 0.175 half up), 0.17 (the rest).
    const split: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      split.push(
        (await deliver(erp, thirds.tenantId, thirds.product.id, thirds.stock, '1')).valueChange!.amount,
      );
    }
    expect(split).toEqual(['-0.17', '-0.18', '-0.17']);
    expect(await productStock(erp, thirds.tenantId, thirds.product.id)).toEqual({
      // Nothing on hand: the last average known (0.17 after the second delivery), value exactly 0.
      averageCost: { amount: '0.17', currency: 'USD' },
      stockValue: { amount: '0.00', currency: 'USD' },
      onHand: { total: '0' },
    });
    expect(await verify(erp, thirds.tenantId)).toEqual({ consistent: true, discrepancies: [] });
  });

  it('rounds to the currency’s own digits (JPY has none)', async () => {
    const { tenantId, product, stock } = await stockSetup(erp, {
      product: { currency: 'JPY', costPrice: '90' },
    });
    const receipt = await receive(erp, tenantId, product.id, stock, '1.5', '101');
    expect(receipt.valueChange).toEqual({ amount: '152', currency: 'JPY' });
    await receive(erp, tenantId, product.id, stock, '2', '100');
    const out = await deliver(erp, tenantId, product.id, stock, '1');
    // 352 for 3.5 = 100.57 each: 101 once rounded to yen.
    expect(out.valueChange).toEqual({ amount: '-101', currency: 'JPY' });
    expect(await productStock(erp, tenantId, product.id)).toEqual({
      averageCost: { amount: '100', currency: 'JPY' },
      stockValue: { amount: '251', currency: 'JPY' },
      onHand: { total: '2.5' },
    });
  });
});

describe('stockValuation', () => {
  it('totals per currency and lists products by SKU, now and as of an instant, from the same moves', async () => {
    const tenantId = randomUUID();
    const warehouse = await createWarehouse(erp, tenantId);
    const east = await createWarehouse(erp, tenantId);
    const [apple, bread, cheese, empty] = await Promise.all([
      createProduct(erp, tenantId, { sku: 'APPLE' }),
      createProduct(erp, tenantId, { sku: 'bread' }),
      createProduct(erp, tenantId, { sku: 'CHEESE', currency: 'EUR' }),
      createProduct(erp, tenantId, { sku: 'DUST' }),
    ]);
    const stock = warehouse.defaultLocation.id;
    const beforeAnything = await databaseNow();
    await receive(erp, tenantId, apple.id, stock, '10', '0.40');
    await receive(erp, tenantId, apple.id, east.defaultLocation.id, '5', '0.70');
    await receive(erp, tenantId, cheese.id, stock, '2.5', '12.00');
    const midway = await databaseNow();
    await receive(erp, tenantId, bread.id, stock, '3', '1.10');
    await deliver(erp, tenantId, apple.id, stock, '7.5');
    await receive(erp, tenantId, empty.id, stock, '1', '1').then(() =>
      deliver(erp, tenantId, empty.id, stock, '1'),
    );

    const now = (await valuation(tenantId)).body.data!.stockValuation;
    // Apple: 4.00 + 3.50 = 7.50 for 15, 7.5 out at 0.50 = 3.75 left.
    expect(now).toEqual({
      asOf: null,
      totals: [
        { amount: '30.00', currency: 'EUR' },
        { amount: '7.05', currency: 'USD' },
      ],
      products: {
        totalCount: 3,
        edges: [
          {
            node: {
              product: { sku: 'APPLE' },
              quantity: '7.5',
              value: { amount: '3.75', currency: 'USD' },
              averageCost: { amount: '0.50', currency: 'USD' },
            },
          },
          {
            node: {
              product: { sku: 'bread' },
              quantity: '3',
              value: { amount: '3.30', currency: 'USD' },
              averageCost: { amount: '1.10', currency: 'USD' },
            },
          },
          {
            node: {
              product: { sku: 'CHEESE' },
              quantity: '2.5',
              value: { amount: '30.00', currency: 'EUR' },
              averageCost: { amount: '12.00', currency: 'EUR' },
            },
          },
        ],
        pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      },
    });
    const atNow = (await valuation(tenantId, { asOf: await databaseNow() })).body.data!.stockValuation;
    expect({ ...atNow, asOf: null }).toEqual(now);

    const atMidway = (await valuation(tenantId, { asOf: midway })).body.data!.stockValuation;
    expect(atMidway.asOf).toBe(midway);
    expect(atMidway.totals).toEqual([
      { amount: '30.00', currency: 'EUR' },
      { amount: '7.50', currency: 'USD' },
    ]);
    expect(atMidway.products.edges.map((edge) => [edge.node.product.sku, edge.node.quantity])).toEqual([
      ['APPLE', '15'],
      ['CHEESE', '2.5'],
    ]);
    expect((await valuation(tenantId, { asOf: beforeAnything })).body.data!.stockValuation).toMatchObject({
      totals: [],
      products: { totalCount: 0, edges: [] },
    });
    expect((await valuation(tenantId, { asOf: '2000-01-01' })).body.data!.stockValuation.totals).toEqual([]);
    expect((await valuation(tenantId, { asOf: '2999-12-31' })).body.data!.stockValuation.totals).toEqual(
      now.totals,
    );

    const page1 = (await valuation(tenantId, { first: 2 })).body.data!.stockValuation.products;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await valuation(tenantId, { first: 2, after: page1.pageInfo.endCursor! })).body.data!
      .stockValuation.products;
    expect(page2.edges.map((edge) => edge.node.product.sku)).toEqual(['CHEESE']);
  });

  it('refuses a malformed asOf with BAD_USER_INPUT', async () => {
    const tenantId = randomUUID();
    for (const asOf of [
      'yesterday',
      '2026-02-30',
      '2026-03-31T25:00:00Z',
      '2026-03-31T10:00:00',
      '1711900000',
    ]) {
      expect(errorCodes(await valuation(tenantId, { asOf }))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('shows values only to erp.valuation:read: costs are null with FORBIDDEN at their path, the rest answers', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    await receive(erp, tenantId, product.id, stock, '2', '3.00');
    const viewer = { tenantId, permissions: ['erp.product:read', 'erp.stock:read'] };
    const refused = await call(erp, viewer, `{ stockValuation { totals { amount } } }`);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const partial = await call<{
      product: { sku: string; averageCost: MoneyView | null; onHand: { total: string } };
    }>(erp, viewer, `query($id: ID!) { product(id: $id) { sku averageCost { amount } onHand { total } } }`, {
      id: product.id,
    });
    expect(partial.body.data?.product).toEqual({
      sku: product.sku,
      averageCost: null,
      onHand: { total: '2' },
    });
    expect(partial.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('stock valuation in the ledger', () => {
  it('books every move at its value, so the inventory account always equals stockValuation', async () => {
    const { tenantId, product, warehouse, stock } = await stockSetup(erp);
    const euro = await createProduct(erp, tenantId, { currency: 'EUR' });
    const other = await createWarehouse(erp, tenantId);
    const receipt = await receive(erp, tenantId, product.id, stock, '4', '2.50');
    await receive(erp, tenantId, euro.id, stock, '2', '7.00');
    await deliver(erp, tenantId, product.id, stock, '1');
    await tryMove(erp, { tenantId }, 'transferStock', {
      productId: product.id,
      fromLocationId: stock,
      toLocationId: other.defaultLocation.id,
      quantity: '1',
    });
    await tryMove(erp, { tenantId }, 'adjustStock', {
      productId: product.id,
      locationId: stock,
      difference: '-0.5',
      reason: 'Broken',
    });
    await tryMove(erp, { tenantId }, 'adjustStock', {
      productId: euro.id,
      locationId: stock,
      difference: '1',
      reason: 'Found',
    });
    await tryMove(erp, { tenantId }, 'reverseStockMove', { id: receipt.id }).then((reversal) =>
      // 2.5 left of the 4 received: reversing the receipt would overdraw, and is refused.
      expect(reversal.userErrors.map((error) => error.code)).toEqual(['INSUFFICIENT_STOCK']),
    );
    await receive(erp, tenantId, product.id, stock, '1', '0');

    expect(await roleBalance(erp, tenantId, 'INVENTORY')).toEqual(await valuationTotals(erp, tenantId));
    expect(await valuationTotals(erp, tenantId)).toEqual(['21.00 EUR', '6.25 USD']);
    expect(await roleBalance(erp, tenantId, 'GOODS_RECEIVED_NOT_BILLED')).toEqual([
      '-14.00 EUR',
      '-10.00 USD',
    ]);
    expect(await roleBalance(erp, tenantId, 'COST_OF_GOODS_SOLD')).toEqual(['2.50 USD']);
    // Broken: 0.5 × 2.50 written off; found: one euro unit at the 7.00 average.
    expect(await roleBalance(erp, tenantId, 'STOCK_ADJUSTMENT')).toEqual(['-7.00 EUR', '1.25 USD']);
    const [{ entries }] = await queryAsSuperuser<{ entries: number }>(
      `select count(*)::int as entries from erp.journal_entries where tenant_id = $1 and source_type = 'STOCK_MOVE'`,
      [tenantId],
    );
    // Two receipts, a delivery and two adjustments; the transfer and the receipt at 0 book nothing.
    expect(entries).toBe(5);
    expect(await verifyLedgerOk(erp, tenantId)).toBe(true);
    void warehouse;
  });

  it('refuses a move on or before the lock date with PERIOD_LOCKED, writing nothing', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    await receive(erp, tenantId, product.id, stock, '2', '1.00');
    const today = new Date().toISOString().slice(0, 10);
    const lock = await ledgerCall(erp, { tenantId }, SET_LOCK_DATE, { input: { lockDate: today } });
    expect(errorCodes(lock)).toEqual([]);
    const before = await stockRowCounts(tenantId);
    for (const [name, input] of [
      ['receiveStock', { productId: product.id, locationId: stock, quantity: '1', unitCost: '1' }],
      ['deliverStock', { productId: product.id, locationId: stock, quantity: '1' }],
    ] as const) {
      const refused = await tryMove(erp, { tenantId }, name, input);
      expect(refused.userErrors.map((error) => error.code)).toEqual(['PERIOD_LOCKED']);
      expect(refused.node).toBeNull();
    }
    expect(await stockRowCounts(tenantId)).toEqual(before);
    expect(await productStock(erp, tenantId, product.id)).toMatchObject({ stockValue: { amount: '2.00' } });
  });
});
