import { In } from 'typeorm';
import { alignToKeys, isUuid, type SubgraphContext } from '@nexora/kit';
import { UserEntity } from './user.entity';

/** Users by id, one statement per batch. Only for ids already known to be visible (e.g. from a membership). */
export function userById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, UserEntity | null>('userById', async (ids) => {
    const rows = await ctx.db.run((manager) =>
      manager.getRepository(UserEntity).findBy({ id: In([...ids]) }),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/**
 * Users by id, restricted to members of the caller's tenant: what `User.__resolveReference` may reveal
 * to other subgraphs. One statement per batch; ids of non-members (or malformed ids) resolve to null.
 */
export function memberUserById(ctx: SubgraphContext) {
  const tenantId = ctx.caller.tenantId;
  return ctx.loaders.get<string, UserEntity | null>('memberUserById', async (ids) => {
    const candidates = ids.filter(isUuid);
    if (!tenantId || candidates.length === 0) return ids.map(() => null);
    const rows: UserEntity[] = await ctx.db.run((manager) =>
      manager.query(
        `select u.id, u.email, u.name, u.created_at as "createdAt"
         from identity.users u
         join identity.memberships m on m.user_id = u.id and m.tenant_id = $1
         where u.id = any($2::uuid[])`,
        [tenantId, candidates],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}
