import type { EntityManager } from 'typeorm';
import type { JournalCode, JournalRow } from '../account/account.types';
import { centsText } from './ledger-amount';
import { entryHash } from './ledger-chain';
import type { LedgerHead } from './ledger-head';
import {
  ENTRY_COLUMNS,
  type JournalEntryRow,
  type JournalLineRow,
  LINE_COLUMNS,
} from './journal-entry.types';

/** A line with its account resolved to an id, ready to insert. */
export interface StoredLineInput {
  accountId: string;
  debitCents: bigint;
  creditCents: bigint;
  currency: string;
  companyId: string | null;
  description: string | null;
}

export interface DraftInput {
  journalId: string;
  date: string;
  reference: string | null;
  memo: string | null;
  source: { type: string; id: string } | null;
  reversesId: string | null;
  lines: readonly StoredLineInput[];
}

export async function journalByCode(
  manager: EntityManager,
  tenantId: string,
  code: JournalCode,
): Promise<JournalRow | null> {
  const rows: JournalRow[] = await manager.query(
    `select id, code, name from erp.journals where tenant_id = $1 and code = $2`,
    [tenantId, code],
  );
  return rows[0] ?? null;
}

/** Whether an entry (not a reversal) already books this source document. */
export async function sourceTaken(
  manager: EntityManager,
  tenantId: string,
  source: { type: string; id: string },
): Promise<boolean> {
  const rows: Array<{ taken: boolean }> = await manager.query(
    `select exists (select 1 from erp.journal_entries where tenant_id = $1 and source_type = $2 and source_id = $3
       and reverses_id is null) as taken`,
    [tenantId, source.type, source.id],
  );
  return rows[0].taken;
}

/** Inserts a draft entry and all its lines (two statements, whatever the number of lines). */
export async function insertDraft(
  manager: EntityManager,
  tenantId: string,
  userId: string | null,
  draft: DraftInput,
): Promise<{ entry: JournalEntryRow; lines: JournalLineRow[] }> {
  const [entry]: JournalEntryRow[] = await manager.query(
    `insert into erp.journal_entries as e
       (tenant_id, journal_id, entry_date, reference, memo, source_type, source_id, reverses_id, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${ENTRY_COLUMNS}`,
    [
      tenantId,
      draft.journalId,
      draft.date,
      draft.reference,
      draft.memo,
      draft.source?.type ?? null,
      draft.source?.id ?? null,
      draft.reversesId,
      userId,
    ],
  );
  const lines: JournalLineRow[] = await manager.query(
    `insert into erp.journal_lines (tenant_id, entry_id, position, account_id, debit, credit, currency, company_id, description)
     select $1, $2, line.position - 1, line.account_id, line.debit, line.credit, line.currency, line.company_id, line.description
     from unnest($3::uuid[], $4::numeric[], $5::numeric[], $6::text[], $7::uuid[], $8::text[])
       with ordinality as line(account_id, debit, credit, currency, company_id, description, position)
     order by line.position
     returning ${LINE_COLUMNS}`,
    [
      tenantId,
      entry.id,
      draft.lines.map((line) => line.accountId),
      draft.lines.map((line) => centsText(line.debitCents)),
      draft.lines.map((line) => centsText(line.creditCents)),
      draft.lines.map((line) => line.currency),
      draft.lines.map((line) => line.companyId),
      draft.lines.map((line) => line.description),
    ],
  );
  return { entry, lines: lines.sort((a, b) => a.position - b.position) };
}

/**
 * Posts a draft as the next link of the tenant's chain: the next sequence, the hash over the
 * previous hash and the entry's stored values, the new head. `head` must be locked
 * (`lockLedgerHead`) in this transaction; it is advanced in place, so one transaction may post
 * several entries. The database re-checks the balance as the status changes.
 */
export async function sealEntry(
  manager: EntityManager,
  head: LedgerHead,
  entry: JournalEntryRow,
  lines: readonly JournalLineRow[],
  userId: string | null,
): Promise<JournalEntryRow> {
  const sequence = (BigInt(head.lastSequence) + 1n).toString();
  const hash = entryHash({ previousHash: head.lastHash, sequence, entry, lines });
  const rows: JournalEntryRow[] = await manager.query(
    `with posted as (
       update erp.journal_entries as e
       set status = 'POSTED', sequence = $3, previous_hash = $4, hash = $5, posted_at = now(), posted_by = $6
       where e.tenant_id = $1 and e.id = $2 and e.status = 'DRAFT'
       returning ${ENTRY_COLUMNS}
     ), advanced as (
       update erp.ledgers set last_sequence = $3, last_hash = $5
       where tenant_id = $1 and last_sequence = $7 and exists (select 1 from posted)
       returning tenant_id
     )
     select posted.* from posted where exists (select 1 from advanced)`,
    [entry.tenantId, entry.id, sequence, head.lastHash, hash, userId, head.lastSequence],
  );
  if (!rows[0]) throw new Error(`Journal entry ${entry.id} could not be posted as sequence ${sequence}`);
  head.lastSequence = sequence;
  head.lastHash = hash;
  return rows[0];
}
