import { type SubgraphContext, tenantOf, userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { ensureLedgerSetup } from '../account/ledger-setup';
import { checkLedgerEntry, type LedgerEntryRequest } from './journal-entry.validation';
import type { JournalEntryRow, JournalLineRow } from './journal-entry.types';
import { resolveLineAccounts } from './ledger-accounts';
import { lockLedgerHead, periodLockedError } from './ledger-head';
import { insertDraft, journalByCode, sealEntry, sourceTaken } from './ledger-store';

/** The outcome of a ledger write: the entry and its lines, or why nothing was written. */
export type LedgerResult =
  | { entry: JournalEntryRow; lines: JournalLineRow[]; userErrors: [] }
  | { entry: null; lines: null; userErrors: UserError[] };

export interface LedgerWriteOptions {
  /** Where the request sits in the caller's input, prefixed to every error's field path. */
  field?: readonly string[];
}

/**
 * The ledger's internal API: books a posted, balanced entry in the caller's transaction (`manager`,
 * which must be the request's or the event handler's own: one connection per request), extending
 * the tenant's hash chain. Refusals (unbalanced, bad line, unknown or inactive account, date on or
 * before the lock date, source already booked) come back as userErrors and nothing is written;
 * the caller decides whether its own work goes on. Lines name accounts by role or by id.
 *
 * @example
 *   await postLedgerEntry(manager, ctx, {
 *     journal: 'SALES', date: '2026-03-31', reference: 'INV-000042',
 *     source: { type: 'INVOICE', id: invoice.id }, currency: 'EUR',
 *     lines: [
 *       { account: 'RECEIVABLE', debit: '120.00', companyId: invoice.customerId },
 *       { account: 'SALES', credit: '100.00' },
 *       { account: 'TAX_PAYABLE', credit: '20.00' },
 *     ],
 *   });
 */
export function postLedgerEntry(
  manager: EntityManager,
  ctx: SubgraphContext,
  request: LedgerEntryRequest,
  options: LedgerWriteOptions = {},
): Promise<LedgerResult> {
  return recordLedgerEntry(manager, ctx, request, { ...options, post: true });
}

/** `postLedgerEntry`, or with `post: false` a draft (no lock date, no chain: checked when posted). */
export async function recordLedgerEntry(
  manager: EntityManager,
  ctx: SubgraphContext,
  request: LedgerEntryRequest,
  options: LedgerWriteOptions & { post: boolean },
): Promise<LedgerResult> {
  const tenantId = tenantOf(ctx);
  const prefix = options.field ?? [];
  const checked = checkLedgerEntry(request, prefix);
  if (!checked.ok) return refused(checked.errors);
  const entry = checked.value;
  await ensureLedgerSetup(manager, ctx);
  const journal = await journalByCode(manager, tenantId, entry.journal);
  if (!journal) {
    return refused([
      userError('JOURNAL_UNKNOWN', `There is no ${entry.journal} journal.`, [...prefix, 'journal']),
    ]);
  }
  // Postings of a tenant queue here (the ledger row's lock), before any account is locked: every
  // path takes the ledger row first, then accounts, so two postings can never wait on each other.
  const head = options.post ? await lockLedgerHead(manager, tenantId) : null;
  const locked = head && periodLockedError(head, entry.date, [...prefix, 'date']);
  if (locked) return refused([locked]);
  const accounts = await resolveLineAccounts(manager, tenantId, entry.lines, (position) => [
    ...prefix,
    'lines',
    String(position),
  ]);
  if (!accounts.ok) return refused(accounts.errors);
  if (entry.source && (await sourceTaken(manager, tenantId, entry.source))) {
    return refused([
      userError(
        'SOURCE_ALREADY_POSTED',
        `${entry.source.type} ${entry.source.id} already has its journal entry; reverse that one to correct it.`,
        [...prefix, 'source'],
      ),
    ]);
  }
  const userId = ctx.caller.userId;
  const draft = await insertDraft(manager, tenantId, userId, {
    journalId: journal.id,
    date: entry.date,
    reference: entry.reference,
    memo: entry.memo,
    source: entry.source,
    reversesId: null,
    lines: entry.lines.map((line, index) => ({ ...line, accountId: accounts.accountIds[index] })),
  });
  if (!head) return { ...draft, userErrors: [] };
  const posted = await sealEntry(manager, head, draft.entry, draft.lines, userId);
  return { entry: posted, lines: draft.lines, userErrors: [] };
}

export function refused(userErrors: UserError[]): LedgerResult {
  return { entry: null, lines: null, userErrors };
}
