import { In } from 'typeorm';
import { alignToKeys, type SubgraphContext } from '@nexora/kit';
import { TenantEntity } from './tenant.entity';

/** Tenants by id, one statement per batch. Tenants are global rows; callers decide who may see which. */
export function tenantById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, TenantEntity | null>('tenantById', async (ids) => {
    const rows = await ctx.db.run((manager) =>
      manager.getRepository(TenantEntity).findBy({ id: In([...ids]) }),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}
