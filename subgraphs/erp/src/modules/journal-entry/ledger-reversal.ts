import { type SubgraphContext, tenantOf, userError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { ensureLedgerSetup } from '../account/ledger-setup';
import {
  ENTRY_COLUMNS,
  type JournalEntryRow,
  type JournalLineRow,
  LINE_COLUMNS,
} from './journal-entry.types';
import { REFERENCE_MAX_LENGTH } from './journal-entry.validation';
import { checkLedgerDate } from './ledger-date';
import { lockLedgerHead, periodLockedError } from './ledger-head';
import { type LedgerResult, type LedgerWriteOptions, refused } from './ledger-posting';
import { storedCents } from './ledger-amount';
import { insertDraft, sealEntry } from './ledger-store';

export interface ReversalRequest {
  entryId: string;
  /** The reversal's accounting date (`YYYY-MM-DD`); the original's when omitted. */
  date?: string | null;
  reference?: string | null;
}

/**
 * Corrects a posted entry the only way the ledger allows: a new posted entry in the same journal
 * with every line's debit and credit swapped, linked to the original (`reverses_id`, unique, so an
 * entry is reversed once). The reversal obeys the lock date like any posting; it may post to an
 * account deactivated since, so a correction is always possible. `entryId` must be a lowercase UUID.
 */
export async function reverseLedgerEntry(
  manager: EntityManager,
  ctx: SubgraphContext,
  request: ReversalRequest,
  options: LedgerWriteOptions = {},
): Promise<LedgerResult | 'not-found'> {
  const tenantId = tenantOf(ctx);
  const prefix = options.field ?? [];
  const date = request.date == null ? null : checkLedgerDate(request.date, [...prefix, 'date']);
  if (date && !date.ok) return refused([date.error]);
  const reference = request.reference?.trim() || null;
  if (reference && [...reference].length > REFERENCE_MAX_LENGTH) {
    return refused([
      userError('REFERENCE_TOO_LONG', `This text can have at most ${REFERENCE_MAX_LENGTH} characters.`, [
        ...prefix,
        'reference',
      ]),
    ]);
  }
  await ensureLedgerSetup(manager, ctx);
  const head = await lockLedgerHead(manager, tenantId);
  const [original]: JournalEntryRow[] = await manager.query(
    `select ${ENTRY_COLUMNS} from erp.journal_entries e where e.tenant_id = $1 and e.id = $2`,
    [tenantId, request.entryId],
  );
  if (!original) return 'not-found';
  const idField = [...prefix, 'id'];
  if (original.status !== 'POSTED') {
    return refused([
      userError('NOT_POSTED', 'Only a posted entry can be reversed; delete the draft instead.', idField),
    ]);
  }
  const [reversal]: Array<{ sequence: string }> = await manager.query(
    `select sequence from erp.journal_entries where tenant_id = $1 and reverses_id = $2`,
    [tenantId, original.id],
  );
  if (reversal) {
    return refused([
      userError(
        'ALREADY_REVERSED',
        `Entry #${original.sequence} was already reversed by entry #${reversal.sequence}.`,
        idField,
      ),
    ]);
  }
  const reversalDate = date?.ok ? date.date : original.date;
  const locked = periodLockedError(head, reversalDate, [...prefix, 'date']);
  if (locked) return refused([locked]);
  const lines: JournalLineRow[] = await manager.query(
    `select ${LINE_COLUMNS} from erp.journal_lines where tenant_id = $1 and entry_id = $2 order by position`,
    [tenantId, original.id],
  );
  const userId = ctx.caller.userId;
  const draft = await insertDraft(manager, tenantId, userId, {
    journalId: original.journalId,
    date: reversalDate,
    reference: reference ?? `Reversal of #${original.sequence}`,
    memo: original.memo,
    source: null,
    reversesId: original.id,
    lines: lines.map((line) => ({
      accountId: line.accountId,
      debitCents: storedCents(line.credit),
      creditCents: storedCents(line.debit),
      currency: line.currency,
      companyId: line.companyId,
      description: line.description,
    })),
  });
  const posted = await sealEntry(manager, head, draft.entry, draft.lines, userId);
  return { entry: posted, lines: draft.lines, userErrors: [] };
}
