import { randomUUID } from 'node:crypto';
import {
  countRows,
  subgraphTestHarness,
  type GraphQLResponse,
  type RunningSubgraph,
  type TestCaller,
} from '@nexora/kit';
import { erpSubgraph } from '../src';

/** Everything the inventory modules declare: a caller naming no permissions holds all of them. */
export const INVENTORY_PERMISSIONS = [
  'erp.product:read',
  'erp.product:write',
  'erp.warehouse:write',
  'erp.stock:read',
  'erp.stock:move',
  'erp.stock:adjust',
  'erp.reorder:write',
  'erp.valuation:read',
];

export const inventoryHarness = subgraphTestHarness(erpSubgraph, { permissions: INVENTORY_PERMISSIONS });
export const { call } = inventoryHarness;

/** erp with a pool large enough for the concurrency tests' parallel requests. */
export const startInventoryErp = () => inventoryHarness.start({ poolSize: 16 });

export interface UserErrorView {
  field: string[] | null;
  message: string;
  code: string;
}

export interface MoneyView {
  amount: string;
  currency: string;
}

export interface ProductView {
  id: string;
  sku: string;
  name: string;
  description: string | null;
  unit: string;
  currency: string;
  costPrice: MoneyView;
  salePrice: MoneyView;
  active: boolean;
}

export interface WarehouseView {
  id: string;
  code: string;
  name: string;
  allowNegativeStock: boolean;
  active: boolean;
  defaultLocation: { id: string; code: string; fullCode: string; isDefault: boolean };
}

export interface MoveView {
  id: string;
  type: string;
  quantity: string;
  product: { id: string };
  fromLocation: { id: string } | null;
  toLocation: { id: string } | null;
  unitCost: MoneyView | null;
  valueChange: MoneyView | null;
  reason: string | null;
  reference: string | null;
  reverses: { id: string } | null;
}

export const PRODUCT_FIELDS = `id sku name description unit currency active
  costPrice { amount currency } salePrice { amount currency }`;

export const WAREHOUSE_FIELDS = `id code name allowNegativeStock active
  defaultLocation { id code fullCode isDefault }`;

export const MOVE_FIELDS = `id type quantity product { id } fromLocation { id } toLocation { id }
  unitCost { amount currency } valueChange { amount currency } reason reference reverses { id }`;

/** Where a payload's node sits: `createProduct` → `product`, `receiveStock` → `move`, ... */
const NODE_OF: Record<string, string> = {
  createProduct: PRODUCT_FIELDS,
  updateProduct: PRODUCT_FIELDS,
  createWarehouse: WAREHOUSE_FIELDS,
  updateWarehouse: WAREHOUSE_FIELDS,
};

/** Runs a mutation `name(input: $input)` selecting `node { fields }` and the userErrors. */
export async function mutate<T>(
  erp: RunningSubgraph,
  caller: TestCaller,
  name: string,
  node: string,
  fields: string,
  input: Record<string, unknown>,
): Promise<{ node: T | null; userErrors: UserErrorView[]; response: GraphQLResponse }> {
  const inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const response = await call(
    erp,
    caller,
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${node} { ${fields} } userErrors { field message code } } }`,
    { input },
  );
  const payload = (response.body.data as Record<string, Record<string, unknown>> | null | undefined)?.[name];
  return {
    node: (payload?.[node] as T | null | undefined) ?? null,
    userErrors: (payload?.userErrors as UserErrorView[] | undefined) ?? [],
    response,
  };
}

/** Fails the test with the whole answer when a mutation did not return its node. */
function expectNode<T>(result: { node: T | null; response: GraphQLResponse }, what: string): T {
  if (!result.node) throw new Error(`${what} failed: ${JSON.stringify(result.response.body)}`);
  return result.node;
}

let skuCounter = 0;

/** A SKU unique across the whole test run. */
export function uniqueSku(prefix = 'SKU'): string {
  skuCounter += 1;
  return `${prefix}-${randomUUID().slice(0, 8)}-${skuCounter}`;
}

export async function createProduct(
  erp: RunningSubgraph,
  tenantId: string,
  input: Record<string, unknown> = {},
): Promise<ProductView> {
  const result = await mutate<ProductView>(
    erp,
    { tenantId },
    'createProduct',
    'product',
    NODE_OF.createProduct,
    {
      sku: uniqueSku(),
      name: 'Widget',
      ...input,
    },
  );
  return expectNode(result, 'createProduct');
}

export async function createWarehouse(
  erp: RunningSubgraph,
  tenantId: string,
  input: Record<string, unknown> = {},
): Promise<WarehouseView> {
  const result = await mutate<WarehouseView>(
    erp,
    { tenantId },
    'createWarehouse',
    'warehouse',
    NODE_OF.createWarehouse,
    { code: `WH${randomUUID().slice(0, 6).toUpperCase()}`, name: 'Main warehouse', ...input },
  );
  return expectNode(result, 'createWarehouse');
}

export async function createLocation(
  erp: RunningSubgraph,
  tenantId: string,
  warehouseId: string,
  code: string,
): Promise<{ id: string; code: string }> {
  const result = await mutate<{ id: string; code: string }>(
    erp,
    { tenantId },
    'createStockLocation',
    'location',
    'id code',
    { warehouseId, code, name: `Location ${code}` },
  );
  return expectNode(result, 'createStockLocation');
}

type MoveMutation = 'receiveStock' | 'deliverStock' | 'transferStock' | 'adjustStock' | 'reverseStockMove';

/** Runs a stock move mutation and returns its payload (move or userErrors). */
export function tryMove(
  erp: RunningSubgraph,
  caller: TestCaller,
  name: MoveMutation,
  input: Record<string, unknown>,
) {
  return mutate<MoveView>(erp, caller, name, 'move', MOVE_FIELDS, input);
}

/** Runs a stock move mutation that must succeed. */
export async function move(
  erp: RunningSubgraph,
  tenantId: string,
  name: MoveMutation,
  input: Record<string, unknown>,
): Promise<MoveView> {
  return expectNode(await tryMove(erp, { tenantId }, name, input), name);
}

export const receive = (
  erp: RunningSubgraph,
  tenantId: string,
  productId: string,
  locationId: string,
  quantity: string,
  unitCost: string,
) => move(erp, tenantId, 'receiveStock', { productId, locationId, quantity, unitCost });

export const deliver = (
  erp: RunningSubgraph,
  tenantId: string,
  productId: string,
  locationId: string,
  quantity: string,
) => move(erp, tenantId, 'deliverStock', { productId, locationId, quantity });

/** A product's on-hand as the API shows it: the total and `fullCode → quantity`. */
export async function onHand(
  erp: RunningSubgraph,
  tenantId: string,
  productId: string,
  scope: { warehouseId?: string; locationId?: string } = {},
): Promise<{ total: string; locations: Record<string, string> }> {
  const result = await call<{
    stockOnHand: { total: string; locations: Array<{ location: { fullCode: string }; quantity: string }> };
  }>(
    erp,
    { tenantId },
    `query($productId: ID!, $warehouseId: ID, $locationId: ID) {
      stockOnHand(productId: $productId, warehouseId: $warehouseId, locationId: $locationId) {
        total locations { location { fullCode } quantity }
      }
    }`,
    { productId, ...scope },
  );
  const data = result.body.data?.stockOnHand;
  if (!data) throw new Error(`stockOnHand failed: ${JSON.stringify(result.body)}`);
  return {
    total: data.total,
    locations: Object.fromEntries(data.locations.map((entry) => [entry.location.fullCode, entry.quantity])),
  };
}

/** A product's stock value and average cost, as `Product` shows them. */
export async function productStock(
  erp: RunningSubgraph,
  tenantId: string,
  productId: string,
): Promise<{
  averageCost: MoneyView | null;
  stockValue: MoneyView | null;
  onHand: { total: string } | null;
}> {
  const result = await call<{
    product: {
      averageCost: MoneyView | null;
      stockValue: MoneyView | null;
      onHand: { total: string } | null;
    };
  }>(
    erp,
    { tenantId },
    `query($id: ID!) { product(id: $id) { averageCost { amount currency } stockValue { amount currency } onHand { total } } }`,
    { id: productId },
  );
  const product = result.body.data?.product;
  if (!product) throw new Error(`product failed: ${JSON.stringify(result.body)}`);
  return product;
}

/** `verifyStock` of the tenant: consistent, and what differs. */
export async function verify(
  erp: RunningSubgraph,
  tenantId: string,
): Promise<{
  consistent: boolean;
  discrepancies: Array<{ kind: string; recorded: string; fromMoves: string }>;
}> {
  const result = await call<{
    verifyStock: {
      consistent: boolean;
      discrepancies: Array<{ kind: string; recorded: string; fromMoves: string }>;
    };
  }>(erp, { tenantId }, `{ verifyStock { consistent discrepancies { kind recorded fromMoves } } }`);
  const data = result.body.data?.verifyStock;
  if (!data) throw new Error(`verifyStock failed: ${JSON.stringify(result.body)}`);
  return data;
}

/** Rows the tenant's stock tables hold, counted outside RLS: "nothing written" is "these did not change". */
export async function stockRowCounts(
  tenantId: string,
): Promise<{ moves: number; quants: number; outbox: number }> {
  const [moves, quants, outbox] = await Promise.all([
    countRows(`select 1 from erp.stock_moves where tenant_id = $1`, [tenantId]),
    countRows(`select 1 from erp.stock_quants where tenant_id = $1`, [tenantId]),
    countRows(`select 1 from erp.outbox where tenant_id = $1 and type = 'erp.stock.moved'`, [tenantId]),
  ]);
  return { moves, quants, outbox };
}

/** A tenant with one product and one warehouse, ready to move stock. */
export async function stockSetup(
  erp: RunningSubgraph,
  options: { product?: Record<string, unknown>; warehouse?: Record<string, unknown> } = {},
): Promise<{ tenantId: string; product: ProductView; warehouse: WarehouseView; stock: string }> {
  const tenantId = randomUUID();
  const [product, warehouse] = await Promise.all([
    createProduct(erp, tenantId, options.product),
    createWarehouse(erp, tenantId, options.warehouse),
  ]);
  return { tenantId, product, warehouse, stock: warehouse.defaultLocation.id };
}
