import { type SubgraphContext, tenantOf, userError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { lockAccountsForPosting } from '../account/account.lookup';
import { ensureLedgerSetup } from '../account/ledger-setup';
import {
  ENTRY_COLUMNS,
  type JournalEntryRow,
  type JournalLineRow,
  LINE_COLUMNS,
} from './journal-entry.types';
import { lockLedgerHead, periodLockedError } from './ledger-head';
import { type LedgerResult, type LedgerWriteOptions, refused } from './ledger-posting';
import { sealEntry } from './ledger-store';

/**
 * Posts a draft entry: its lines were fully checked when it was created; what may have changed
 * since is the lock date and whether its accounts are still active, checked here under the
 * ledger's lock. `entryId` must be a lowercase UUID.
 */
export async function postDraftEntry(
  manager: EntityManager,
  ctx: SubgraphContext,
  entryId: string,
  options: LedgerWriteOptions = {},
): Promise<LedgerResult | 'not-found'> {
  const tenantId = tenantOf(ctx);
  const field = [...(options.field ?? []), 'id'];
  await ensureLedgerSetup(manager, ctx);
  const head = await lockLedgerHead(manager, tenantId);
  const [entry]: JournalEntryRow[] = await manager.query(
    `select ${ENTRY_COLUMNS} from erp.journal_entries e where e.tenant_id = $1 and e.id = $2 for update`,
    [tenantId, entryId],
  );
  if (!entry) return 'not-found';
  if (entry.status === 'POSTED') {
    return refused([
      userError('ALREADY_POSTED', `This entry is already posted as #${entry.sequence}.`, field),
    ]);
  }
  const locked = periodLockedError(head, entry.date, field);
  if (locked) return refused([locked]);
  const lines: JournalLineRow[] = await manager.query(
    `select ${LINE_COLUMNS} from erp.journal_lines where tenant_id = $1 and entry_id = $2 order by position`,
    [tenantId, entryId],
  );
  const accounts = await lockAccountsForPosting(
    manager,
    tenantId,
    lines.map((line) => line.accountId),
    [],
  );
  const inactive = accounts.filter((account) => !account.active);
  if (inactive.length > 0) {
    const codes = inactive.map((account) => account.code).join(', ');
    return refused([
      userError(
        'ACCOUNT_INACTIVE',
        `The entry posts to inactive accounts (${codes}); reactivate them or delete the draft.`,
        field,
      ),
    ]);
  }
  const posted = await sealEntry(manager, head, entry, lines, ctx.caller.userId);
  return { entry: posted, lines, userErrors: [] };
}

/** Deletes a draft entry and its lines; posted entries are never deleted (the database refuses too). */
export async function deleteDraftEntry(
  manager: EntityManager,
  tenantId: string,
  entryId: string,
  field: string[],
): Promise<{ deleted: true } | { deleted: false; error: ReturnType<typeof userError> } | 'not-found'> {
  const [entry]: Array<{ status: string; sequence: string | null }> = await manager.query(
    `select status, sequence from erp.journal_entries where tenant_id = $1 and id = $2 for update`,
    [tenantId, entryId],
  );
  if (!entry) return 'not-found';
  if (entry.status === 'POSTED') {
    return {
      deleted: false,
      error: userError('ALREADY_POSTED', `Entry #${entry.sequence} is posted; reverse it instead.`, field),
    };
  }
  await manager.query(`delete from erp.journal_entries where tenant_id = $1 and id = $2`, [
    tenantId,
    entryId,
  ]);
  return { deleted: true };
}
