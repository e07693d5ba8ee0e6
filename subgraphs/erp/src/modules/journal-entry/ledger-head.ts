import { userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';

/** The tenant's `erp.ledgers` row: the end of its hash chain and its lock date. */
export interface LedgerHead {
  lastSequence: string;
  lastHash: string;
  lockDate: string | null;
}

/**
 * Locks the tenant's ledger row until the transaction ends and returns it. Every posting and every
 * lock-date change takes this lock first, so postings of one tenant are serialized (the chain can
 * never fork, sequences never repeat or skip) and each posting sees the lock date as it is at that
 * moment. The row exists once `ensureLedgerSetup` ran in the transaction.
 */
export async function lockLedgerHead(manager: EntityManager, tenantId: string): Promise<LedgerHead> {
  const rows: LedgerHead[] = await manager.query(
    `select last_sequence as "lastSequence", last_hash as "lastHash", to_char(lock_date, 'YYYY-MM-DD') as "lockDate"
     from erp.ledgers where tenant_id = $1 for update`,
    [tenantId],
  );
  if (!rows[0]) throw new Error(`Tenant ${tenantId} has no ledger; call ensureLedgerSetup first`);
  return rows[0];
}

/** PERIOD_LOCKED when `date` falls on or before the lock date; null when the period is open. */
export function periodLockedError(head: LedgerHead, date: string, field: string[]): UserError | null {
  if (head.lockDate === null || date > head.lockDate) return null;
  return userError(
    'PERIOD_LOCKED',
    `The books are locked up to ${head.lockDate}: date the entry after it, or ask who may move the lock date.`,
    field,
  );
}
