import { unauthenticated, type SubgraphContext } from '@nexora/kit';
import { findMemberAccess } from '../role/role.service';

/** `me`: who the caller is in their current tenant. Fields beyond these resolve lazily. */
export interface ViewerModel {
  userId: string;
  tenantId: string;
  role: string;
  permissions: string[];
}

/** Null when the caller's membership of the token's tenant has ended since the token was issued. */
export async function viewer(ctx: SubgraphContext): Promise<ViewerModel | null> {
  const { userId, tenantId } = ctx.caller;
  if (!userId || !tenantId) throw unauthenticated('`me` needs a signed-in user.');
  const access = await ctx.db.run((manager) => findMemberAccess(manager, tenantId, userId));
  return access ? { userId, tenantId, ...access } : null;
}
