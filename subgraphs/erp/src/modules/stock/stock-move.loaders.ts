import { alignToKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import { STOCK_MOVE_COLUMNS, type StockMoveRow } from './stock-move.types';

/** Stock moves by id for this request, one query per batch. Keys must be lowercase UUIDs. */
export function stockMoveByIdLoader(ctx: SubgraphContext): DataLoader<string, StockMoveRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, StockMoveRow | null>('stockMoveById', async (ids) => {
    const rows: StockMoveRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${STOCK_MOVE_COLUMNS} from erp.stock_moves where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/** The reversal of each of many moves (at most one each), one query per batch. */
export function reversalByMoveLoader(ctx: SubgraphContext): DataLoader<string, StockMoveRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, StockMoveRow | null>('reversalByMove', async (ids) => {
    const rows: StockMoveRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${STOCK_MOVE_COLUMNS} from erp.stock_moves where tenant_id = $1 and reverses_move_id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.reversesMoveId ?? '');
  });
}
