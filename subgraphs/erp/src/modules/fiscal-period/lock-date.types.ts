/** A row of `erp.lock_date_changes`: one move of a tenant's lock date, as it happened. */
export interface LockDateChangeRow {
  id: string;
  previousLockDate: string | null;
  lockDate: string | null;
  reason: string | null;
  changedBy: string | null;
  changedAt: Date;
  /** The sequence of the last posted entry when the lock moved (bigint text). */
  atSequence: string;
}

export const LOCK_DATE_CHANGE_COLUMNS = `id, to_char(previous_lock_date, 'YYYY-MM-DD') as "previousLockDate",
  to_char(lock_date, 'YYYY-MM-DD') as "lockDate", reason, changed_by as "changedBy", changed_at as "changedAt",
  at_sequence as "atSequence"`;

/** What `ledgerLock` answers: the current lock date (its history is a field of its own). */
export interface LedgerLockModel {
  lockDate: string | null;
}
