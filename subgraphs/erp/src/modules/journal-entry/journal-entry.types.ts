import type { JournalCode } from '../account/account.types';

export type JournalEntryStatus = 'DRAFT' | 'POSTED';

/**
 * A row of `erp.journal_entries` as `ENTRY_COLUMNS` selects it (from the table aliased `e`). The
 * date stays the text Postgres prints (`YYYY-MM-DD`): a calendar date is not an instant, and the
 * hash chain needs the exact stored text. Bigints (sequence) are strings.
 */
export interface JournalEntryRow {
  id: string;
  tenantId: string;
  journalId: string;
  journal: JournalCode;
  date: string;
  reference: string | null;
  memo: string | null;
  status: JournalEntryStatus;
  sequence: string | null;
  previousHash: string | null;
  hash: string | null;
  sourceType: string | null;
  sourceId: string | null;
  reversesId: string | null;
  createdBy: string | null;
  createdAt: Date;
  postedBy: string | null;
  postedAt: Date | null;
}

export const ENTRY_COLUMNS = `e.id, e.tenant_id as "tenantId", e.journal_id as "journalId",
  (select j.code from erp.journals j where j.tenant_id = e.tenant_id and j.id = e.journal_id) as journal,
  to_char(e.entry_date, 'YYYY-MM-DD') as date, e.reference, e.memo, e.status, e.sequence,
  e.previous_hash as "previousHash", e.hash, e.source_type as "sourceType", e.source_id as "sourceId",
  e.reverses_id as "reversesId", e.created_by as "createdBy", e.created_at as "createdAt",
  e.posted_by as "postedBy", e.posted_at as "postedAt"`;

/** A row of `erp.journal_lines`; `debit` and `credit` are numeric(14,2) text, one of them "0.00". */
export interface JournalLineRow {
  id: string;
  entryId: string;
  position: number;
  accountId: string;
  debit: string;
  credit: string;
  currency: string;
  companyId: string | null;
  description: string | null;
}

export const LINE_COLUMNS = `id, entry_id as "entryId", position, account_id as "accountId", debit, credit,
  currency, company_id as "companyId", description`;

export type { JournalRow } from '../account/account.types';
