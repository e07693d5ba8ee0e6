import { alignToKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import { CompanyEntity } from './company.entity';

/**
 * Companies by id for this request, one query per batch (entity references from the gateway arrive
 * as one `_entities` call with many ids). Keys must be lowercase UUIDs (see `parseId`).
 */
export function companyByIdLoader(ctx: SubgraphContext): DataLoader<string, CompanyEntity | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, CompanyEntity | null>('companyById', async (ids) => {
    const rows = await ctx.db.run((manager) => manager.findBy(CompanyEntity, { tenantId, id: In([...ids]) }));
    return alignToKeys(ids, rows, (row) => row.id);
  });
}
