import { randomUUID } from 'node:crypto';
import { countRows, errorCodes, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  createProduct,
  mutate,
  PRODUCT_FIELDS,
  startInventoryErp,
  uniqueSku,
  type ProductView,
} from './inventory-fixtures';

let erp: RunningSubgraph;

beforeAll(async () => {
  erp = await startInventoryErp();
});

afterAll(async () => {
  await erp.stop();
});

const tryCreate = (tenantId: string, input: Record<string, unknown>) =>
  mutate<ProductView>(erp, { tenantId }, 'createProduct', 'product', PRODUCT_FIELDS, input);

const tryUpdate = (tenantId: string, input: Record<string, unknown>) =>
  mutate<ProductView>(erp, { tenantId }, 'updateProduct', 'product', PRODUCT_FIELDS, input);

const codesOf = (result: { userErrors: Array<{ code: string }> }) =>
  result.userErrors.map((error) => error.code);

interface ListView {
  totalCount: number;
  edges: Array<{ cursor: string; node: { sku: string; name: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

function listProducts(tenantId: string, args: Record<string, unknown>) {
  return call<{ products: ListView }>(
    erp,
    { tenantId },
    `query($first: Int, $after: String, $search: String, $filter: ProductFilter, $orderBy: ProductOrder) {
      products(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {
        totalCount edges { cursor node { sku name } } pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }`,
    args,
  );
}

describe('products', () => {
  it('creates a product with trimmed fields, exact prices in its currency, and reads it back', async () => {
    const tenantId = randomUUID();
    const created = await tryCreate(tenantId, {
      sku: '  Chair-01/Oak ',
      name: ' Oak chair ',
      description: ' Solid oak ',
      unit: 'UNIT',
      currency: 'eur',
      costPrice: '40.5',
      salePrice: '99.90',
    });
    expect(created.userErrors).toEqual([]);
    expect(created.node).toMatchObject({
      sku: 'Chair-01/Oak',
      name: 'Oak chair',
      description: 'Solid oak',
      unit: 'unit',
      currency: 'EUR',
      active: true,
      costPrice: { amount: '40.50', currency: 'EUR' },
      salePrice: { amount: '99.90', currency: 'EUR' },
    });
    const read = await call<{ product: ProductView }>(
      erp,
      { tenantId },
      `query($id: ID!) { product(id: $id) { ${PRODUCT_FIELDS} } }`,
      { id: created.node!.id.toUpperCase() },
    );
    expect(read.body.data?.product).toEqual(created.node);

    const defaults = await createProduct(erp, tenantId, { sku: 'yen-1', currency: 'JPY', costPrice: '1500' });
    expect(defaults).toMatchObject({
      unit: 'unit',
      currency: 'JPY',
      costPrice: { amount: '1500', currency: 'JPY' },
      salePrice: { amount: '0', currency: 'JPY' },
      description: null,
    });
  });

  it('refuses a SKU already used in the tenant whatever its case or spaces (DUPLICATE_SKU), but not in another tenant', async () => {
    const tenantId = randomUUID();
    await createProduct(erp, tenantId, { sku: 'BOLT-M8' });
    const before = await countRows(`select 1 from erp.products where tenant_id = $1`, [tenantId]);
    for (const sku of ['BOLT-M8', ' bolt-m8 ', 'Bolt-M8']) {
      const result = await tryCreate(tenantId, { sku, name: 'Bolt' });
      expect(result.node).toBeNull();
      expect(result.userErrors).toEqual([
        {
          code: 'DUPLICATE_SKU',
          field: ['input', 'sku'],
          message: `Another product already has the SKU ${sku.trim()} (SKUs ignore case).`,
        },
      ]);
    }
    expect(await countRows(`select 1 from erp.products where tenant_id = $1`, [tenantId])).toBe(before);
    expect((await tryCreate(randomUUID(), { sku: 'bolt-m8', name: 'Bolt' })).userErrors).toEqual([]);

    // Renaming another product onto the SKU is refused too.
    const other = await createProduct(erp, tenantId, { sku: 'NUT-M8' });
    expect(codesOf(await tryUpdate(tenantId, { id: other.id, sku: 'bolt-M8' }))).toEqual(['DUPLICATE_SKU']);
  });

  it('lets exactly one of 8 concurrent creations of one SKU win', async () => {
    const tenantId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        tryCreate(tenantId, { sku: index % 2 ? 'RACE-1' : 'race-1', name: `Racer ${index}` }),
      ),
    );
    expect(results.filter((result) => result.node !== null)).toHaveLength(1);
    expect(results.flatMap(codesOf)).toEqual(Array(7).fill('DUPLICATE_SKU'));
    expect(await countRows(`select 1 from erp.products where tenant_id = $1`, [tenantId])).toBe(1);
  });

  it('reports every invalid field as a userError, writing nothing', async () => {
    const tenantId = randomUUID();
    const result = await tryCreate(tenantId, {
      sku: 'has space',
      name: '   ',
      description: 'd'.repeat(2001),
      unit: 'parsec',
      currency: 'XYZ',
      costPrice: '-1',
      salePrice: '1.234',
    });
    expect(result.node).toBeNull();
    expect(result.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['SKU_INVALID', ['input', 'sku']],
      ['NAME_REQUIRED', ['input', 'name']],
      ['DESCRIPTION_TOO_LONG', ['input', 'description']],
      ['UNIT_INVALID', ['input', 'unit']],
      ['CURRENCY_INVALID', ['input', 'currency']],
      ['COST_PRICE_INVALID', ['input', 'costPrice']],
      ['SALE_PRICE_INVALID', ['input', 'salePrice']],
    ]);
    expect(codesOf(await tryCreate(tenantId, { sku: 'x'.repeat(65), name: 'n'.repeat(201) }))).toEqual([
      'SKU_INVALID',
      'NAME_TOO_LONG',
    ]);
    expect(
      codesOf(await tryCreate(tenantId, { sku: 'JPY-1', name: 'n', currency: 'JPY', costPrice: '1.5' })),
    ).toEqual(['COST_PRICE_INVALID']);
    expect(await countRows(`select 1 from erp.products where tenant_id = $1`, [tenantId])).toBe(0);
  });

  it('updates only the fields given, checks prices in a new currency, and answers NOT_FOUND for unknown ids', async () => {
    const tenantId = randomUUID();
    const product = await createProduct(erp, tenantId, { costPrice: '12.50', description: 'Old' });
    const renamed = await tryUpdate(tenantId, {
      id: product.id,
      name: 'Renamed',
      description: ' ',
      active: false,
    });
    expect(renamed.node).toMatchObject({
      sku: product.sku,
      name: 'Renamed',
      description: null,
      active: false,
      costPrice: { amount: '12.50' },
    });
    expect(codesOf(await tryUpdate(tenantId, { id: product.id, currency: 'JPY' }))).toEqual([
      'COST_PRICE_INVALID',
    ]);
    const yen = await tryUpdate(tenantId, { id: product.id, currency: 'JPY', costPrice: '1250' });
    expect(yen.node).toMatchObject({ currency: 'JPY', costPrice: { amount: '1250', currency: 'JPY' } });

    const unknown = await tryUpdate(tenantId, { id: randomUUID(), name: 'x' });
    expect(errorCodes(unknown.response)).toEqual(['NOT_FOUND']);
    const foreign = await tryUpdate(randomUUID(), { id: product.id, name: 'Stolen' });
    expect(errorCodes(foreign.response)).toEqual(['NOT_FOUND']);
    const malformed = await tryUpdate(tenantId, { id: 'nope', name: 'x' });
    expect(errorCodes(malformed.response)).toEqual(['BAD_USER_INPUT']);
  });

  it('lists in SKU, name or newest order, searches name and SKU, filters, and pages with cursors', async () => {
    const tenantId = randomUUID();
    const specs = [
      ['B-200', 'Hammer', 'unit', true],
      ['a-100', 'Anvil', 'kg', true],
      ['C-300', 'Chisel 50%', 'unit', false],
      ['D-400', 'Drill', 'unit', true],
      ['E-500', 'Nails', 'kg', true],
    ] as const;
    for (const [sku, name, unit, active] of specs)
      await createProduct(erp, tenantId, { sku, name, unit, active });

    const all = (await listProducts(tenantId, {})).body.data!.products;
    expect(all.totalCount).toBe(5);
    expect(all.edges.map((edge) => edge.node.sku)).toEqual(['a-100', 'B-200', 'C-300', 'D-400', 'E-500']);
    const byName = (await listProducts(tenantId, { orderBy: 'NAME' })).body.data!.products;
    expect(byName.edges.map((edge) => edge.node.name)).toEqual([
      'Anvil',
      'Chisel 50%',
      'Drill',
      'Hammer',
      'Nails',
    ]);
    const newest = (await listProducts(tenantId, { orderBy: 'NEWEST', first: 1 })).body.data!.products;
    expect(newest.edges.map((edge) => edge.node.sku)).toEqual(['E-500']);

    expect((await listProducts(tenantId, { search: ' hAmm ' })).body.data!.products.edges).toHaveLength(1);
    expect((await listProducts(tenantId, { search: 'a-1' })).body.data!.products.edges[0].node.sku).toBe(
      'a-100',
    );
    // % is literal, not a wildcard.
    expect((await listProducts(tenantId, { search: '50%' })).body.data!.products.totalCount).toBe(1);
    expect((await listProducts(tenantId, { search: '%' })).body.data!.products.totalCount).toBe(1);
    const kgActive = (await listProducts(tenantId, { filter: { unit: 'KG', active: true } })).body.data!
      .products;
    expect(kgActive.edges.map((edge) => edge.node.sku)).toEqual(['a-100', 'E-500']);
    expect((await listProducts(tenantId, { filter: { active: false } })).body.data!.products.totalCount).toBe(
      1,
    );

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: ListView = (await listProducts(tenantId, { first: 2, after })).body.data!.products;
      expect(page.totalCount).toBe(5);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge) => edge.node.sku));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['a-100', 'B-200', 'C-300', 'D-400', 'E-500']);

    const firstPage = (await listProducts(tenantId, { first: 2 })).body.data!.products;
    const otherOrder = await listProducts(tenantId, {
      first: 2,
      after: firstPage.pageInfo.endCursor,
      orderBy: 'NAME',
    });
    expect(errorCodes(otherOrder)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await listProducts(tenantId, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await listProducts(tenantId, { filter: { unit: 'parsec' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await listProducts(tenantId, { after: 'garbage' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('resolves Product as a federation entity for its own tenant only', async () => {
    const tenantId = randomUUID();
    const product = await createProduct(erp, tenantId, { name: 'Entity' });
    const entities = (caller: { tenantId: string; permissions?: string[] }) =>
      call<{ _entities: Array<{ id: string; sku?: string; name?: string } | null> }>(
        erp,
        caller,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id name } } }`,
        {
          r: [
            { __typename: 'Product', id: product.id },
            { __typename: 'Product', id: 'not-a-uuid' },
            { __typename: 'Product', id: randomUUID() },
          ],
        },
      );
    expect((await entities({ tenantId })).body).toEqual({
      data: { _entities: [{ id: product.id, name: 'Entity' }, null, null] },
    });
    expect((await entities({ tenantId: randomUUID() })).body.data?._entities).toEqual([null, null, null]);
    // Without erp.product:read the id still resolves, the data field is refused.
    const noRead = await entities({ tenantId, permissions: [] });
    expect(errorCodes(noRead)).toEqual(['FORBIDDEN']);
  });

  it('needs erp.product:write to change the catalogue and erp.product:read to see it', async () => {
    const tenantId = randomUUID();
    const viewer = { tenantId, permissions: ['erp.product:read'] };
    const write = await mutate(erp, viewer, 'createProduct', 'product', 'id', {
      sku: uniqueSku(),
      name: 'x',
    });
    expect(errorCodes(write.response)).toEqual(['FORBIDDEN']);
    const list = await call(erp, { tenantId, permissions: [] }, `{ products { totalCount } }`);
    expect(errorCodes(list)).toEqual(['FORBIDDEN']);
    const anonymous = await call(erp, { tenantId: null, userId: null }, `{ products { totalCount } }`);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await countRows(`select 1 from erp.products where tenant_id = $1`, [tenantId])).toBe(0);
  });
});
