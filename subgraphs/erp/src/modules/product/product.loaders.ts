import { alignToKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import { PRODUCT_COLUMNS, type ProductRow } from './product.types';

/** Products by id for this request, one query per batch. Keys must be lowercase UUIDs. */
export function productByIdLoader(ctx: SubgraphContext): DataLoader<string, ProductRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, ProductRow | null>('productById', async (ids) => {
    const rows: ProductRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${PRODUCT_COLUMNS} from erp.products where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}
