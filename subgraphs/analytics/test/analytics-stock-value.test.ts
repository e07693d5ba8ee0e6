import { randomUUID } from 'node:crypto';
import { countRows, errorCodes } from '@nexora/kit';
import {
  call as callErp,
  createLocation,
  createProduct,
  createWarehouse,
  deliver as deliverStock,
  move,
  receive,
} from '../../erp/test/inventory-fixtures';
import {
  call,
  deliver,
  domainEvent,
  type ErpAndAnalytics,
  metricPoints,
  startErpAndAnalytics,
  untilAnalyticsCaughtUp,
  VIEWER_PERMISSIONS,
} from './analytics-fixtures';

let running: ErpAndAnalytics;
beforeAll(async () => {
  running = await startErpAndAnalytics();
});
afterAll(async () => {
  await running?.stop();
});

interface Valued {
  totals: Array<{ amount: string; currency: string }>;
  products: Array<{ id: string; quantity: string; value: { amount: string; currency: string } }>;
}

/** erp's own valuation: totals, and each product's quantity and value, by product id. */
async function erpValuation(tenantId: string): Promise<Valued> {
  const result = await callErp<{
    stockValuation: {
      totals: Valued['totals'];
      products: {
        edges: Array<{
          node: { product: { id: string }; quantity: string; value: { amount: string; currency: string } };
        }>;
      };
    };
  }>(
    running.erp,
    { tenantId },
    `{ stockValuation { totals { amount currency } products(first: 100) { edges { node {
       product { id } quantity value { amount currency } } } } } }`,
  );
  expect(result.body.errors).toBeUndefined();
  const { totals, products } = result.body.data!.stockValuation;
  return {
    totals,
    products: products.edges
      .map(({ node }) => ({ id: node.product.id, quantity: node.quantity, value: node.value }))
      .sort((x, y) => x.id.localeCompare(y.id)),
  };
}

async function analyticsValuation(tenantId: string, permissions?: string[]) {
  return call<{
    stockValueSummary: {
      totals: Valued['totals'];
      topProducts: Array<{
        product: { id: string };
        sku: string | null;
        quantity: string;
        value: { amount: string; currency: string };
      }>;
    };
  }>(
    running.analytics,
    { tenantId, permissions },
    `{ stockValueSummary { totals { amount currency } topProducts(first: 100) {
       product { id } sku quantity value { amount currency } } } }`,
  );
}

async function analyticsValued(tenantId: string): Promise<Valued & { skus: Array<string | null> }> {
  const result = await analyticsValuation(tenantId);
  expect(result.body.errors).toBeUndefined();
  const { totals, topProducts } = result.body.data!.stockValueSummary;
  return {
    totals,
    products: topProducts
      .map((row) => ({ id: row.product.id, quantity: row.quantity, value: row.value }))
      .sort((x, y) => x.id.localeCompare(y.id)),
    skus: topProducts.map((row) => row.sku),
  };
}

/** The STOCK_VALUE announcements analytics wrote for the tenant (what `metricUpdated` delivers). */
const stockValueAnnouncements = (tenantId: string) =>
  countRows(
    `select 1 from analytics.outbox where tenant_id = $1 and type = 'analytics.metric.updated' and payload->>'id' = 'STOCK_VALUE'`,
    [tenantId],
  );

describe("analytics' stock value from erp's stock moves", () => {
  it("equals erp's stockValuation after receipts, deliveries, transfers, adjustments and a reversal, in two currencies", async () => {
    const tenantId = randomUUID();
    const warehouse = await createWarehouse(running.erp, tenantId);
    const shelf = await createLocation(running.erp, tenantId, warehouse.id, 'SHELF');
    const stock = warehouse.defaultLocation.id;
    const bolt = await createProduct(running.erp, tenantId, { sku: `BOLT-${randomUUID().slice(0, 6)}` });
    const gear = await createProduct(running.erp, tenantId, { currency: 'EUR' });
    const nut = await createProduct(running.erp, tenantId);
    await receive(running.erp, tenantId, bolt.id, stock, '10', '41.50');
    await receive(running.erp, tenantId, bolt.id, stock, '5', '44.00');
    await deliverStock(running.erp, tenantId, bolt.id, stock, '3');
    await move(running.erp, tenantId, 'transferStock', {
      productId: bolt.id,
      fromLocationId: stock,
      toLocationId: shelf.id,
      quantity: '2',
    });
    await receive(running.erp, tenantId, gear.id, shelf.id, '1.5', '19.99');
    await move(running.erp, tenantId, 'adjustStock', {
      productId: gear.id,
      locationId: shelf.id,
      difference: '-0.5',
      reason: 'Damaged',
    });
    const mistaken = await receive(running.erp, tenantId, nut.id, stock, '100', '0.10');
    await move(running.erp, tenantId, 'reverseStockMove', { id: mistaken.id });
    await untilAnalyticsCaughtUp(tenantId);

    const erp = await erpValuation(tenantId);
    expect(erp.totals.map((total) => total.currency)).toEqual(['EUR', 'USD']);
    expect(erp.products).toHaveLength(2); // the reversed nut has neither stock nor value
    const analytics = await analyticsValued(tenantId);
    expect({ totals: analytics.totals, products: analytics.products }).toEqual(erp);
    expect(analytics.skus).toContain(bolt.sku);
    expect(await metricPoints(running.analytics, tenantId, 'STOCK_VALUE')).toEqual(
      erp.totals.map((total) => ({ currency: total.currency, value: total.amount })),
    );
    // Every move but the transfer changed the value: seven announcements of STOCK_VALUE.
    expect(await stockValueAnnouncements(tenantId)).toBe(7);
  });

  it('counts a move once however often it arrives, in any order, and only in its tenant', async () => {
    const [tenantId, other] = [randomUUID(), randomUUID()];
    const productId = randomUUID();
    const moved = (id: string, fields: Record<string, unknown>) =>
      domainEvent('erp.stock.moved', tenantId, {
        id,
        type: 'RECEIPT',
        productId,
        sku: 'P-1',
        quantity: '4',
        unit: 'unit',
        fromLocationId: null,
        toLocationId: randomUUID(),
        valueChange: '40.00',
        currency: 'USD',
        reversesMoveId: null,
        ...fields,
      });
    const receipt = moved(randomUUID(), {});
    // The delivery arrives before the receipt it follows: the sum is the same.
    await deliver(
      running,
      moved(randomUUID(), {
        type: 'DELIVERY',
        fromLocationId: randomUUID(),
        toLocationId: null,
        quantity: '1',
        valueChange: '-10.00',
      }),
    );
    await deliver(running, receipt);
    await deliver(running, receipt);
    await deliver(running, { ...receipt, id: randomUUID() });
    await deliver(running, { ...receipt, tenantId: other, id: randomUUID() });
    const analytics = await analyticsValued(tenantId);
    expect(analytics.totals).toEqual([{ amount: '30.00', currency: 'USD' }]);
    expect(analytics.products).toEqual([
      { id: productId, quantity: '3', value: { amount: '30.00', currency: 'USD' } },
    ]);
    expect((await analyticsValued(other)).totals).toEqual([{ amount: '40.00', currency: 'USD' }]);
    // A malformed payload is skipped.
    await deliver(running, moved(randomUUID(), { valueChange: 12.5 }));
    expect((await analyticsValued(tenantId)).totals).toEqual([{ amount: '30.00', currency: 'USD' }]);
  });

  it('is kept from viewers, as erp keeps valuation from them', async () => {
    const tenantId = randomUUID();
    const summary = await analyticsValuation(tenantId, VIEWER_PERMISSIONS);
    expect(errorCodes(summary)).toEqual(['FORBIDDEN']);
    const metric = await call(
      running.analytics,
      { tenantId, permissions: VIEWER_PERMISSIONS },
      `{ metric(name: STOCK_VALUE) { points { value } } }`,
    );
    expect(errorCodes(metric)).toEqual(['FORBIDDEN']);
    // The subscription's entity resolves to nothing for them, so metricUpdated sends them nothing.
    const entity = await call<{ _entities: unknown[] }>(
      running.analytics,
      { tenantId, permissions: VIEWER_PERMISSIONS },
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Metric { id } } }`,
      {
        r: [
          { __typename: 'Metric', id: 'STOCK_VALUE' },
          { __typename: 'Metric', id: 'OVERDUE_RECEIVABLES' },
        ],
      },
    );
    expect(entity.body.data?._entities).toEqual([null, { id: 'OVERDUE_RECEIVABLES' }]);
    const bad = await call(
      running.analytics,
      { tenantId },
      `{ stockValueSummary { topProducts(first: 0) { sku } } }`,
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});
