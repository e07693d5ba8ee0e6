import { userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { lockAccountsForPosting } from '../account/account.lookup';
import type { AccountRole, AccountRow } from '../account/account.types';
import type { CheckedLine } from './journal-entry.validation';

/**
 * Resolves each line's account (by id or role) among the tenant's accounts, locked for share until
 * the transaction ends. Unknown (or another tenant's) accounts and inactive ones are refused at the
 * line's `account` field. Returns the account id of each line, in line order.
 */
export async function resolveLineAccounts(
  manager: EntityManager,
  tenantId: string,
  lines: readonly CheckedLine[],
  lineField: (position: number) => string[],
): Promise<{ ok: true; accountIds: string[] } | { ok: false; errors: UserError[] }> {
  const ids = lines.flatMap((line) => ('id' in line.account ? [line.account.id] : []));
  const roles = lines.flatMap((line) => ('role' in line.account ? [line.account.role] : []));
  const accounts = await lockAccountsForPosting(manager, tenantId, ids, roles);
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const byRole = new Map<AccountRole, AccountRow>();
  for (const account of accounts) if (account.role) byRole.set(account.role, account);
  const errors: UserError[] = [];
  const accountIds: string[] = [];
  for (const line of lines) {
    const account = 'id' in line.account ? byId.get(line.account.id) : byRole.get(line.account.role);
    const field = [...lineField(line.position), 'account'];
    if (!account) {
      errors.push(userError('ACCOUNT_UNKNOWN', 'No such account in this chart of accounts.', field));
    } else if (!account.active) {
      errors.push(
        userError(
          'ACCOUNT_INACTIVE',
          `Account ${account.code} (${account.name}) is inactive; nothing can post to it.`,
          field,
        ),
      );
    } else {
      accountIds.push(account.id);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, accountIds };
}
