import { randomUUID } from 'node:crypto';
import { countRows, errorCodes, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  createLocation,
  createProduct,
  createWarehouse,
  mutate,
  receive,
  startInventoryErp,
} from './inventory-fixtures';

let erp: RunningSubgraph;

beforeAll(async () => {
  erp = await startInventoryErp();
});

afterAll(async () => {
  await erp.stop();
});

interface RuleView {
  id: string;
  minQuantity: string;
  maxQuantity: string;
  product: { id: string };
  warehouse: { id: string };
}

const RULE_FIELDS = 'id minQuantity maxQuantity product { id } warehouse { id }';

const setRule = (tenantId: string, input: Record<string, unknown>) =>
  mutate<RuleView>(erp, { tenantId }, 'setReorderRule', 'rule', RULE_FIELDS, input);

interface SuggestionPage {
  totalCount: number;
  edges: Array<{
    node: {
      product: { sku: string };
      warehouse: { code: string };
      onHand: string;
      suggestedQuantity: string;
    };
  }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function toReorder(tenantId: string, args: { warehouseId?: string; first?: number; after?: string } = {}) {
  return call<{ productsToReorder: SuggestionPage }>(
    erp,
    { tenantId },
    `query($warehouseId: ID, $first: Int, $after: String) {
      productsToReorder(warehouseId: $warehouseId, first: $first, after: $after) {
        totalCount
        edges { node { product { sku } warehouse { code } onHand suggestedQuantity } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    args,
  );
}

describe('reorder rules', () => {
  it('suggests max − on-hand for products below their minimum, per warehouse', async () => {
    const tenantId = randomUUID();
    const main = await createWarehouse(erp, tenantId, { code: 'MAIN' });
    const east = await createWarehouse(erp, tenantId, { code: 'EAST' });
    const shelf = await createLocation(erp, tenantId, main.id, 'SHELF');
    const [bolts, nuts, screws, retired] = await Promise.all([
      createProduct(erp, tenantId, { sku: 'BOLT' }),
      createProduct(erp, tenantId, { sku: 'NUT', unit: 'kg' }),
      createProduct(erp, tenantId, { sku: 'SCREW' }),
      createProduct(erp, tenantId, { sku: 'OLD' }),
    ]);
    // Bolts: 3 + 2 in MAIN's two locations (5 < 10), 50 in EAST (over its rule's minimum).
    await receive(erp, tenantId, bolts.id, main.defaultLocation.id, '3', '1');
    await receive(erp, tenantId, bolts.id, shelf.id, '2', '1');
    await receive(erp, tenantId, bolts.id, east.defaultLocation.id, '50', '1');
    // Nuts: exactly at the minimum: not below it.
    await receive(erp, tenantId, nuts.id, main.defaultLocation.id, '2.5', '1');
    for (const [product, warehouse, min, max] of [
      [bolts, main, '10', '40'],
      [bolts, east, '20', '60'],
      [nuts, main, '2.5', '5'],
      [screws, east, '1', '12.5'],
      [retired, main, '1', '2'],
    ] as const) {
      const result = await setRule(tenantId, {
        productId: product.id,
        warehouseId: warehouse.id,
        minQuantity: min,
        maxQuantity: max,
      });
      expect(result.userErrors).toEqual([]);
    }
    await mutate(erp, { tenantId }, 'updateProduct', 'product', 'id', { id: retired.id, active: false });

    const all = (await toReorder(tenantId)).body.data!.productsToReorder;
    expect(all.totalCount).toBe(2);
    expect(
      all.edges.map(({ node }) => [
        node.product.sku,
        node.warehouse.code,
        node.onHand,
        node.suggestedQuantity,
      ]),
    ).toEqual([
      ['BOLT', 'MAIN', '5', '35'],
      ['SCREW', 'EAST', '0', '12.5'],
    ]);
    const eastOnly = (await toReorder(tenantId, { warehouseId: east.id })).body.data!.productsToReorder;
    expect(eastOnly.edges.map(({ node }) => node.product.sku)).toEqual(['SCREW']);
    const page1 = (await toReorder(tenantId, { first: 1 })).body.data!.productsToReorder;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await toReorder(tenantId, { first: 1, after: page1.pageInfo.endCursor! })).body.data!
      .productsToReorder;
    expect(page2.edges.map(({ node }) => node.product.sku)).toEqual(['SCREW']);

    // Receiving enough takes a product off the list.
    await receive(erp, tenantId, screws.id, east.defaultLocation.id, '1', '1');
    expect((await toReorder(tenantId)).body.data!.productsToReorder.totalCount).toBe(1);

    const rules = await call<{
      product: { reorderRules: Array<{ warehouse: { code: string }; minQuantity: string }> };
    }>(
      erp,
      { tenantId },
      `query($id: ID!) { product(id: $id) { reorderRules { warehouse { code } minQuantity } } }`,
      { id: bolts.id },
    );
    expect(rules.body.data?.product.reorderRules).toEqual([
      { warehouse: { code: 'EAST' }, minQuantity: '20' },
      { warehouse: { code: 'MAIN' }, minQuantity: '10' },
    ]);
  });

  it('replaces a rule on a second set, deletes it, and refuses bad quantities and unknown ids, writing nothing', async () => {
    const tenantId = randomUUID();
    const warehouse = await createWarehouse(erp, tenantId);
    const product = await createProduct(erp, tenantId);
    const base = { productId: product.id, warehouseId: warehouse.id };
    const first = await setRule(tenantId, { ...base, minQuantity: '1', maxQuantity: '2' });
    const second = await setRule(tenantId, { ...base, minQuantity: '3', maxQuantity: '3' });
    expect(second.node).toEqual({ ...first.node, minQuantity: '3', maxQuantity: '3' });
    expect(await countRows(`select 1 from erp.reorder_rules where tenant_id = $1`, [tenantId])).toBe(1);

    const codes = async (input: Record<string, unknown>) =>
      (await setRule(tenantId, { ...base, ...input })).userErrors.map((error) => error.code);
    expect(await codes({ minQuantity: '5', maxQuantity: '4' })).toEqual(['MAX_BELOW_MIN']);
    expect(await codes({ minQuantity: '-1', maxQuantity: 'lots' })).toEqual([
      'NEGATIVE_QUANTITY',
      'QUANTITY_INVALID',
    ]);
    expect(await codes({ productId: randomUUID(), minQuantity: '1', maxQuantity: '2' })).toEqual([
      'PRODUCT_NOT_FOUND',
    ]);
    expect(await codes({ warehouseId: randomUUID(), minQuantity: '1', maxQuantity: '2' })).toEqual([
      'WAREHOUSE_NOT_FOUND',
    ]);
    // The refused sets left the rule as it was.
    expect(
      await countRows(`select 1 from erp.reorder_rules where tenant_id = $1 and min_quantity = 3`, [
        tenantId,
      ]),
    ).toBe(1);

    const deleted = await call(
      erp,
      { tenantId },
      `mutation($input: DeleteReorderRuleInput!) { deleteReorderRule(input: $input) { deletedId userErrors { code } } }`,
      { input: { id: first.node!.id } },
    );
    expect(deleted.body.data).toEqual({ deleteReorderRule: { deletedId: first.node!.id, userErrors: [] } });
    const again = await call(
      erp,
      { tenantId },
      `mutation($input: DeleteReorderRuleInput!) { deleteReorderRule(input: $input) { deletedId } }`,
      { input: { id: first.node!.id } },
    );
    expect(errorCodes(again)).toEqual(['NOT_FOUND']);
  });

  it('needs erp.reorder:write to set rules', async () => {
    const tenantId = randomUUID();
    const warehouse = await createWarehouse(erp, tenantId);
    const product = await createProduct(erp, tenantId);
    const result = await mutate(
      erp,
      { tenantId, permissions: ['erp.stock:read'] },
      'setReorderRule',
      'rule',
      'id',
      {
        productId: product.id,
        warehouseId: warehouse.id,
        minQuantity: '1',
        maxQuantity: '2',
      },
    );
    expect(errorCodes(result.response)).toEqual(['FORBIDDEN']);
    expect(await countRows(`select 1 from erp.reorder_rules where tenant_id = $1`, [tenantId])).toBe(0);
  });
});
