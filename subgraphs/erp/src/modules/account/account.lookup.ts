import { type SubgraphContext, tenantOf } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { ACCOUNT_COLUMNS, type AccountRole, type AccountRow } from './account.types';
import { ensureLedgerSetup } from './ledger-setup';

/**
 * The tenant's account holding `role` ("the receivables account"), for other modules: they name
 * accounts by role, never by a code a tenant may have changed. Seeds the default chart on first
 * use, in the caller's transaction; null only if the tenant's chart has no such role.
 */
export async function findAccountByRole(
  manager: EntityManager,
  ctx: SubgraphContext,
  role: AccountRole,
): Promise<AccountRow | null> {
  await ensureLedgerSetup(manager, ctx);
  const rows: AccountRow[] = await manager.query(
    `select ${ACCOUNT_COLUMNS} from erp.accounts where tenant_id = $1 and role = $2`,
    [tenantOf(ctx), role],
  );
  return rows[0] ?? null;
}

/**
 * Accounts named by id or role, locked `for share` until the transaction ends: an account cannot be
 * deactivated (or re-coded) between the check and the posting that relies on it. Unknown ids and
 * roles are simply absent from the result.
 */
export async function lockAccountsForPosting(
  manager: EntityManager,
  tenantId: string,
  ids: readonly string[],
  roles: readonly AccountRole[],
): Promise<AccountRow[]> {
  if (ids.length === 0 && roles.length === 0) return [];
  return manager.query(
    `select ${ACCOUNT_COLUMNS} from erp.accounts
     where tenant_id = $1 and (id = any($2::uuid[]) or role = any($3::text[]))
     order by id for share`,
    [tenantId, [...new Set(ids)], [...new Set(roles)]],
  );
}

/** Whether any journal line (draft or posted) names the account: then its code and type are fixed. */
export async function accountHasLines(
  manager: EntityManager,
  tenantId: string,
  accountId: string,
): Promise<boolean> {
  const rows: Array<{ used: boolean }> = await manager.query(
    `select exists (select 1 from erp.journal_lines where tenant_id = $1 and account_id = $2) as used`,
    [tenantId, accountId],
  );
  return rows[0].used;
}
