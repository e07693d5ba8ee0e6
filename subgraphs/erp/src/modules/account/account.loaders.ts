import { alignToKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import { ACCOUNT_COLUMNS, type AccountRow } from './account.types';

/** Accounts of the caller's tenant by id for this request, one query per batch (lowercase UUIDs). */
export function accountByIdLoader(ctx: SubgraphContext): DataLoader<string, AccountRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, AccountRow | null>('accountById', async (ids) => {
    const rows: AccountRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${ACCOUNT_COLUMNS} from erp.accounts where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}
