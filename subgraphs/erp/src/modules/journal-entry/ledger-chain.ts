import { createHash } from 'node:crypto';
import type { JournalEntryRow, JournalLineRow } from './journal-entry.types';

/** The "previous hash" of a tenant's first posted entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Tags the serialization, so a future format can be told apart from this one. */
const FORMAT = 'nexora-ledger-v1';

/** What the hash of a posted entry covers: everything that makes it the entry it is. */
export interface ChainedEntry {
  previousHash: string;
  sequence: string;
  entry: Pick<
    JournalEntryRow,
    'id' | 'journal' | 'date' | 'reference' | 'memo' | 'sourceType' | 'sourceId' | 'reversesId'
  >;
  lines: ReadonlyArray<
    Pick<
      JournalLineRow,
      'position' | 'accountId' | 'debit' | 'credit' | 'currency' | 'companyId' | 'description'
    >
  >;
}

/**
 * The canonical text of a posted entry: a JSON array with a fixed order of fields, values exactly
 * as Postgres prints them (dates `YYYY-MM-DD`, amounts numeric(14,2) like `"120.00"`, lowercase
 * UUIDs, null for absent values) and the lines in position order. Anyone with read access can
 * recompute it from the rows alone, so the chain is checkable outside this code too.
 */
export function canonicalEntry({ previousHash, sequence, entry, lines }: ChainedEntry): string {
  const ordered = [...lines].sort((a, b) => a.position - b.position);
  return JSON.stringify([
    FORMAT,
    previousHash,
    sequence,
    entry.id,
    entry.journal,
    entry.date,
    entry.reference,
    entry.memo,
    entry.sourceType,
    entry.sourceId,
    entry.reversesId,
    ordered.map((line) => [
      line.position,
      line.accountId,
      line.debit,
      line.credit,
      line.currency,
      line.companyId,
      line.description,
    ]),
  ]);
}

/** SHA-256 (hex) of the canonical text: each entry's hash seals its predecessor's too. */
export function entryHash(chained: ChainedEntry): string {
  return createHash('sha256').update(canonicalEntry(chained), 'utf8').digest('hex');
}
