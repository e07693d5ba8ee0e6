import {
  badUserInput,
  type Connection,
  lowerTextSort,
  pageSize,
  parseId,
  planKeyset,
  searchPattern,
  type SortColumn,
  type SubgraphContext,
  tenantOf,
  timestampSort,
  toConnection,
} from '@nexora/kit';
import { productByIdLoader } from './product.loaders';
import { PRODUCT_COLUMNS, type ProductRow, UNITS } from './product.types';

export type ProductOrder = 'SKU' | 'NAME' | 'NEWEST';

export interface ProductListArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  filter?: { active?: boolean | null; unit?: string | null } | null;
  orderBy?: ProductOrder | null;
}

/** Each ordering has its index: (tenant_id, lower(sku)), (tenant_id, lower(name), id), (tenant_id, created_at, id). */
const PRODUCT_SORT: Record<ProductOrder, SortColumn> = {
  SKU: lowerTextSort('sku'),
  NAME: lowerTextSort('name'),
  NEWEST: timestampSort('created_at'),
};

export function findProduct(ctx: SubgraphContext, id: string): Promise<ProductRow | null> {
  return productByIdLoader(ctx).load(parseId(id, 'id'));
}

/** The tenant's products matching `search` and `filter`, keyset-paginated; `totalCount` counts the matches. */
export async function listProducts(
  ctx: SubgraphContext,
  args: ProductListArgs,
): Promise<Connection<ProductRow>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const params: unknown[] = [tenantId];
  const conditions = ['tenant_id = $1'];
  const pattern = searchPattern(args.search);
  if (pattern) {
    params.push(pattern);
    const p = `$${params.length}`;
    conditions.push(`(lower(name) like lower(${p}) escape '\\' or lower(sku) like lower(${p}) escape '\\')`);
  }
  if (args.filter?.active != null) {
    params.push(args.filter.active);
    conditions.push(`active = $${params.length}`);
  }
  if (args.filter?.unit != null) {
    const unit = args.filter.unit.trim().toLowerCase();
    if (!UNITS.includes(unit))
      throw badUserInput(`"filter.unit" must be one of: ${UNITS.join(', ')}.`, 'filter');
    params.push(unit);
    conditions.push(`unit = $${params.length}`);
  }
  const filter = conditions.join(' and ');
  const countParams = [...params];
  const order = args.orderBy ?? 'SKU';
  const keyset = planKeyset(
    PRODUCT_SORT,
    { field: order, direction: order === 'NEWEST' ? 'DESC' : 'ASC' },
    args.after,
    params,
  );
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<ProductRow & { sortKey: string }> = await manager.query(
      `select ${PRODUCT_COLUMNS}, ${keyset.cursorSelect} as "sortKey" from erp.products
       where ${keyset.where(filter)} order by ${keyset.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.products where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, keyset.positionOf, keyset.hadCursor);
  });
}
