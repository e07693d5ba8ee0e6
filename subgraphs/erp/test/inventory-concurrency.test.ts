import { countRows, type RunningSubgraph } from '@nexora/kit';
import {
  createWarehouse,
  onHand,
  productStock,
  receive,
  startInventoryErp,
  stockSetup,
  tryMove,
  verify,
} from './inventory-fixtures';
import { roleBalance, valuationTotals, verifyLedgerOk } from './purchasing-fixtures';

let erp: RunningSubgraph;

beforeAll(async () => {
  erp = await startInventoryErp();
});

afterAll(async () => {
  await erp.stop();
});

/** Exact cents of `quantity × unitCost`, half-up, as the service rounds a receipt (both ≥ 0). */
function receiptCents(quantity: string, unitCost: string): bigint {
  const thousandths = BigInt(Math.round(Number(quantity) * 1000));
  const cents = BigInt(Math.round(Number(unitCost) * 100));
  return (thousandths * cents + 500n) / 1000n;
}

function centsText(cents: bigint): string {
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

describe('stock under real concurrency', () => {
  it('lets exactly 3 of 10 concurrent deliveries of 1 unit take the last 3 on hand', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    await receive(erp, tenantId, product.id, stock, '3', '7.00');

    const attempts = await Promise.all(
      Array.from({ length: 10 }, () =>
        tryMove(erp, { tenantId }, 'deliverStock', {
          productId: product.id,
          locationId: stock,
          quantity: '1',
        }),
      ),
    );

    const delivered = attempts.filter((attempt) => attempt.node !== null);
    const refused = attempts.filter((attempt) => attempt.node === null);
    expect(delivered).toHaveLength(3);
    expect(refused).toHaveLength(7);
    for (const attempt of refused) {
      expect(attempt.response.body.errors).toBeUndefined();
      expect(attempt.userErrors.map((error) => error.code)).toEqual(['INSUFFICIENT_STOCK']);
      expect(attempt.userErrors[0].message).toContain('0 available, 1 asked');
    }
    expect(delivered.map((attempt) => attempt.node?.valueChange?.amount)).toEqual([
      '-7.00',
      '-7.00',
      '-7.00',
    ]);
    expect(await onHand(erp, tenantId, product.id)).toEqual({ total: '0', locations: {} });
    expect(await productStock(erp, tenantId, product.id)).toMatchObject({ stockValue: { amount: '0.00' } });
    expect(await countRows(`select 1 from erp.stock_moves where tenant_id = $1`, [tenantId])).toBe(4);
    expect(await verify(erp, tenantId)).toEqual({ consistent: true, discrepancies: [] });
  });

  it('keeps the average cost exact under 12 concurrent receipts', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    const receipts = [
      ['1', '0.10'],
      ['2.5', '3.33'],
      ['0.333', '9.99'],
      ['7', '1.01'],
      ['10', '0.07'],
      ['3.25', '12.34'],
      ['1.001', '5.55'],
      ['4', '0.01'],
      ['6.5', '2.22'],
      ['0.5', '100.00'],
      ['8', '0.33'],
      ['2.125', '4.44'],
    ] as const;
    const results = await Promise.all(
      receipts.map(([quantity, unitCost]) =>
        tryMove(erp, { tenantId }, 'receiveStock', {
          productId: product.id,
          locationId: stock,
          quantity,
          unitCost,
        }),
      ),
    );
    expect(results.every((result) => result.node !== null)).toBe(true);

    const expectedValue = receipts.reduce(
      (sum, [quantity, unitCost]) => sum + receiptCents(quantity, unitCost),
      0n,
    );
    const expectedThousandths = receipts.reduce(
      (sum, [quantity]) => sum + BigInt(Math.round(Number(quantity) * 1000)),
      0n,
    );
    // value ÷ quantity, in cents per unit, half-up.
    const expectedAverage = (expectedValue * 1000n * 2n + expectedThousandths) / (expectedThousandths * 2n);
    expect(await productStock(erp, tenantId, product.id)).toEqual({
      stockValue: { amount: centsText(expectedValue), currency: 'USD' },
      averageCost: { amount: centsText(expectedAverage), currency: 'USD' },
      onHand: { total: '46.209' },
    });
    expect(await verify(erp, tenantId)).toEqual({ consistent: true, discrepancies: [] });
    // Every receipt booked its value: the inventory account is the stock value, the chain intact.
    expect(await roleBalance(erp, tenantId, 'INVENTORY')).toEqual([`${centsText(expectedValue)} USD`]);
    expect(await verifyLedgerOk(erp, tenantId)).toBe(true);
  });

  it('runs concurrent transfers both ways across warehouses and deliveries without deadlocks or lost units', async () => {
    const { tenantId, product, warehouse, stock } = await stockSetup(erp);
    const east = await createWarehouse(erp, tenantId);
    const eastStock = east.defaultLocation.id;
    // Enough on both sides that no interleaving can run either dry: every one of the 24 must succeed.
    await receive(erp, tenantId, product.id, stock, '40', '1.00');
    await receive(erp, tenantId, product.id, eastStock, '40', '1.00');

    const work = Array.from({ length: 24 }, (_, index) => {
      if (index % 3 === 2) {
        return tryMove(erp, { tenantId }, 'deliverStock', {
          productId: product.id,
          locationId: index % 2 ? stock : eastStock,
          quantity: '1',
        });
      }
      const [from, to] = index % 2 ? [stock, eastStock] : [eastStock, stock];
      return tryMove(erp, { tenantId }, 'transferStock', {
        productId: product.id,
        fromLocationId: from,
        toLocationId: to,
        quantity: '3',
      });
    });
    const results = await Promise.all(work);
    for (const result of results) {
      expect(result.response.status).toBe(200);
      expect(result.response.body.errors).toBeUndefined();
      expect(result.userErrors).toEqual([]);
    }
    // 8 transfers each way cancel out; 4 deliveries from each side.
    expect(await onHand(erp, tenantId, product.id)).toEqual({
      total: '72',
      locations: { [`${warehouse.code}/STOCK`]: '36', [`${east.code}/STOCK`]: '36' },
    });
    expect(await productStock(erp, tenantId, product.id)).toMatchObject({ stockValue: { amount: '72.00' } });
    expect(await verify(erp, tenantId)).toEqual({ consistent: true, discrepancies: [] });
    expect(await roleBalance(erp, tenantId, 'INVENTORY')).toEqual(await valuationTotals(erp, tenantId));
    expect(await roleBalance(erp, tenantId, 'COST_OF_GOODS_SOLD')).toEqual(['8.00 USD']);
  });

  it('reverses a move exactly once when 6 reversals race', async () => {
    const { tenantId, product, stock } = await stockSetup(erp);
    const receipt = await receive(erp, tenantId, product.id, stock, '5', '2.00');
    const attempts = await Promise.all(
      Array.from({ length: 6 }, () => tryMove(erp, { tenantId }, 'reverseStockMove', { id: receipt.id })),
    );
    expect(attempts.filter((attempt) => attempt.node !== null)).toHaveLength(1);
    expect(attempts.flatMap((attempt) => attempt.userErrors.map((error) => error.code))).toEqual(
      Array(5).fill('ALREADY_REVERSED'),
    );
    expect(await onHand(erp, tenantId, product.id)).toEqual({ total: '0', locations: {} });
  });
});
