import { isUuid, userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import type { AccountType } from './account.types';

const FIELD = ['input', 'parentId'];

/**
 * Checks a parent for an account of `type` (`childId` when the account exists already): the parent
 * is an account of the tenant, of the same type, and not the account itself or one of its own
 * sub-accounts (the chart stays a tree). Returns the parent's id, or null with an error pushed.
 */
export async function checkParent(
  manager: EntityManager,
  tenantId: string,
  rawParentId: string,
  child: { type: AccountType; childId: string | null },
  errors: UserError[],
): Promise<string | null> {
  if (!isUuid(rawParentId)) {
    errors.push(userError('PARENT_NOT_FOUND', 'The parent account was not found.', FIELD));
    return null;
  }
  const parentId = rawParentId.toLowerCase();
  // The parent and its ancestors, nearest first; a cycle in stored data cannot loop (depth bound).
  const ancestors: Array<{ id: string; type: AccountType; depth: number }> = await manager.query(
    `with recursive chain (id, type, parent_id, depth) as (
       select id, type, parent_id, 0 from erp.accounts where tenant_id = $1 and id = $2
       union all
       select a.id, a.type, a.parent_id, chain.depth + 1 from erp.accounts a
       join chain on a.tenant_id = $1 and a.id = chain.parent_id
       where chain.depth < 100
     )
     select id, type, depth from chain order by depth`,
    [tenantId, parentId],
  );
  const parent = ancestors[0];
  if (!parent) {
    errors.push(userError('PARENT_NOT_FOUND', 'The parent account was not found.', FIELD));
    return null;
  }
  if (child.childId && ancestors.some((ancestor) => ancestor.id === child.childId)) {
    errors.push(
      userError(
        'PARENT_CYCLE',
        'An account cannot be placed under itself or one of its sub-accounts.',
        FIELD,
      ),
    );
    return null;
  }
  if (parent.type !== child.type) {
    errors.push(
      userError('PARENT_TYPE_MISMATCH', 'A sub-account has the same type as its parent account.', FIELD),
    );
    return null;
  }
  return parentId;
}
