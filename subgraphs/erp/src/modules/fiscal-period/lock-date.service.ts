import {
  type Connection,
  pageSize,
  planKeyset,
  type SortColumn,
  type SubgraphContext,
  tenantOf,
  timestampSort,
  toConnection,
  userError,
  type UserError,
} from '@nexora/kit';
import { ensureRequestLedger } from '../account/ledger-setup';
import { checkLedgerDate, todayUtc } from '../journal-entry/ledger-date';
import { lockLedgerHead } from '../journal-entry/ledger-head';
import { LOCK_DATE_CHANGE_COLUMNS, type LedgerLockModel, type LockDateChangeRow } from './lock-date.types';

export const REASON_MAX_LENGTH = 500;

const NEWEST_FIRST: Record<'CHANGED_AT', SortColumn> = { CHANGED_AT: timestampSort('changed_at') };

export interface SetLockDatePayload {
  ledgerLock: LedgerLockModel | null;
  change: LockDateChangeRow | null;
  userErrors: UserError[];
}

export async function readLedgerLock(ctx: SubgraphContext): Promise<LedgerLockModel> {
  await ensureRequestLedger(ctx);
  const [row]: LedgerLockModel[] = await ctx.db.run((manager) =>
    manager.query(
      `select to_char(lock_date, 'YYYY-MM-DD') as "lockDate" from erp.ledgers where tenant_id = $1`,
      [tenantOf(ctx)],
    ),
  );
  return row;
}

/** Every move of the lock date, newest first. */
export async function listLockDateChanges(
  ctx: SubgraphContext,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<LockDateChangeRow>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const params: unknown[] = [tenantId];
  const plan = planKeyset(NEWEST_FIRST, { field: 'CHANGED_AT', direction: 'DESC' }, args.after, params);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<LockDateChangeRow & { sortKey: string }> = await manager.query(
      `select ${LOCK_DATE_CHANGE_COLUMNS}, ${plan.cursorSelect} as "sortKey" from erp.lock_date_changes
       where ${plan.where('tenant_id = $1')} order by ${plan.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.lock_date_changes where tenant_id = $1`,
      [tenantId],
    );
    return toConnection(rows, size, count, plan.positionOf, plan.hadCursor);
  });
}

/**
 * Moves the tenant's lock date (null unlocks every period) and records who moved it, from what,
 * to what, why, and where the hash chain stood. It waits for postings in flight (the ledger row's lock), so none of them can
 * slip into a period as it closes. The lock date cannot be in the future: closing a period that has
 * not ended would refuse today's documents.
 */
export async function setLockDate(
  ctx: SubgraphContext,
  input: { lockDate?: string | null; reason?: string | null },
): Promise<SetLockDatePayload> {
  const tenantId = tenantOf(ctx);
  const errors: UserError[] = [];
  let lockDate: string | null = null;
  if (input.lockDate != null) {
    const checked = checkLedgerDate(input.lockDate, ['input', 'lockDate']);
    if (!checked.ok) errors.push(checked.error);
    else if (checked.date > todayUtc()) {
      errors.push(
        userError(
          'LOCK_DATE_IN_FUTURE',
          'Only a period that has ended can be locked; pick today or earlier.',
          ['input', 'lockDate'],
        ),
      );
    } else lockDate = checked.date;
  }
  const reason = input.reason?.trim() || null;
  if (reason && [...reason].length > REASON_MAX_LENGTH) {
    errors.push(
      userError('REASON_TOO_LONG', `A reason can have at most ${REASON_MAX_LENGTH} characters.`, [
        'input',
        'reason',
      ]),
    );
  }
  if (errors.length > 0) return { ledgerLock: null, change: null, userErrors: errors };
  await ensureRequestLedger(ctx);
  return ctx.db.run(async (manager) => {
    const head = await lockLedgerHead(manager, tenantId);
    if (head.lockDate === lockDate) {
      const message = lockDate
        ? `The books are already locked up to ${lockDate}.`
        : 'The books are not locked.';
      return {
        ledgerLock: null,
        change: null,
        userErrors: [userError('LOCK_DATE_UNCHANGED', message, ['input', 'lockDate'])],
      };
    }
    await manager.query(`update erp.ledgers set lock_date = $2 where tenant_id = $1`, [tenantId, lockDate]);
    const [change]: LockDateChangeRow[] = await manager.query(
      `insert into erp.lock_date_changes (tenant_id, previous_lock_date, lock_date, reason, changed_by, at_sequence)
       values ($1, $2, $3, $4, $5, $6) returning ${LOCK_DATE_CHANGE_COLUMNS}`,
      [tenantId, head.lockDate, lockDate, reason, ctx.caller.userId, head.lastSequence],
    );
    return { ledgerLock: { lockDate }, change, userErrors: [] };
  });
}
