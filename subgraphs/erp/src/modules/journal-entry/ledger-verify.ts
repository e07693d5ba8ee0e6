import { type SubgraphContext, tenantOf } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { ensureLedgerSetup } from '../account/ledger-setup';
import { entryHash, GENESIS_HASH } from './ledger-chain';
import {
  ENTRY_COLUMNS,
  type JournalEntryRow,
  type JournalLineRow,
  LINE_COLUMNS,
} from './journal-entry.types';

/** What can be wrong with a chain, at the first sequence where it is. */
export type LedgerProblem = 'SEQUENCE_GAP' | 'PREVIOUS_HASH_MISMATCH' | 'HASH_MISMATCH' | 'HEAD_MISMATCH';

export interface LedgerVerification {
  ok: boolean;
  entriesChecked: number;
  lastSequence: number;
  lastHash: string;
  firstBrokenSequence: number | null;
  problem: LedgerProblem | null;
  message: string | null;
}

/** Entries read per round trip: memory stays bounded however long the ledger is. */
const BATCH = 500;

/**
 * Recomputes the tenant's chain from its first posted entry: sequences 1, 2, 3... without a gap,
 * each entry's `previous_hash` equal to the hash before it, each hash equal to the SHA-256 of the
 * entry's stored values, and the ledger head at the last entry. Any row changed, inserted or
 * deleted behind the database's back (by a superuser bypassing the triggers) breaks one of these
 * at or right after that entry; the first break is reported.
 */
export async function verifyLedger(
  manager: EntityManager,
  ctx: SubgraphContext,
): Promise<LedgerVerification> {
  const tenantId = tenantOf(ctx);
  await ensureLedgerSetup(manager, ctx);
  // The head first: a posting commits its entry and the head together, so every entry up to this
  // head is visible to the reads below, and entries posted meanwhile (beyond it) are left out.
  const head = await readHead(manager, tenantId);
  let expected = 1n;
  let previousHash = GENESIS_HASH;
  let hashBeforeLast = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const entries: JournalEntryRow[] = await manager.query(
      `select ${ENTRY_COLUMNS} from erp.journal_entries e
       where e.tenant_id = $1 and e.status = 'POSTED' and e.sequence >= $2 and e.sequence <= $3
       order by e.sequence limit $4`,
      [tenantId, expected.toString(), head.lastSequence, BATCH],
    );
    if (entries.length === 0) break;
    const lines = await linesOf(manager, tenantId, entries);
    for (const entry of entries) {
      const problem = checkLink(entry, expected, previousHash, lines.get(entry.id) ?? []);
      if (problem) return broken(checked, expected - 1n, previousHash, problem);
      checked += 1;
      expected += 1n;
      hashBeforeLast = previousHash;
      previousHash = entry.hash ?? '';
    }
  }
  const last = expected - 1n;
  if (last < BigInt(head.lastSequence)) {
    return broken(checked, last, previousHash, {
      problem: 'SEQUENCE_GAP',
      message: `Entry #${last + 1n} is missing: the ledger head says #${head.lastSequence} is the last.`,
      at: last + 1n,
    });
  }
  if (head.lastHash !== previousHash) {
    // The last entry was rewritten with a recomputed hash: only the head still remembers the real one.
    return broken(checked - 1, last - 1n, hashBeforeLast, {
      problem: 'HEAD_MISMATCH',
      message: `Entry #${last} does not carry the hash the ledger head recorded for it.`,
      at: last,
    });
  }
  const stray = await entryBeyondHead(manager, tenantId);
  if (stray) {
    return broken(checked, last, previousHash, {
      problem: 'HEAD_MISMATCH',
      message: `Entry #${stray} is posted beyond the ledger head.`,
      at: BigInt(stray),
    });
  }
  return {
    ok: true,
    entriesChecked: checked,
    lastSequence: Number(last),
    lastHash: previousHash,
    firstBrokenSequence: null,
    problem: null,
    message: null,
  };
}

async function readHead(
  manager: EntityManager,
  tenantId: string,
): Promise<{ lastSequence: string; lastHash: string }> {
  const [head]: Array<{ lastSequence: string; lastHash: string }> = await manager.query(
    `select last_sequence as "lastSequence", last_hash as "lastHash" from erp.ledgers where tenant_id = $1`,
    [tenantId],
  );
  return head;
}

/**
 * A posted entry numbered past the head, which no posting can leave (it moves the head in the same
 * commit): one statement, one snapshot, so a posting committing right now is not mistaken for it.
 */
async function entryBeyondHead(manager: EntityManager, tenantId: string): Promise<string | null> {
  const [row]: Array<{ sequence: string | null }> = await manager.query(
    `select min(e.sequence)::text as sequence from erp.journal_entries e
     where e.tenant_id = $1 and e.status = 'POSTED'
       and e.sequence > (select last_sequence from erp.ledgers where tenant_id = $1)`,
    [tenantId],
  );
  return row.sequence;
}

interface Break {
  problem: LedgerProblem;
  message: string;
  /** The first sequence where the chain is broken. */
  at: bigint;
}

function checkLink(
  entry: JournalEntryRow,
  expected: bigint,
  previousHash: string,
  lines: JournalLineRow[],
): Break | null {
  const sequence = BigInt(entry.sequence ?? '0');
  if (sequence !== expected) {
    return { problem: 'SEQUENCE_GAP', message: `Entry #${expected} is missing.`, at: expected };
  }
  if (entry.previousHash !== previousHash) {
    return {
      problem: 'PREVIOUS_HASH_MISMATCH',
      message: `Entry #${sequence} does not follow the hash of entry #${sequence - 1n}.`,
      at: sequence,
    };
  }
  const recomputed = entryHash({ previousHash, sequence: sequence.toString(), entry, lines });
  if (recomputed !== entry.hash) {
    return {
      problem: 'HASH_MISMATCH',
      message: `Entry #${sequence} was changed after it was posted.`,
      at: sequence,
    };
  }
  return null;
}

async function linesOf(
  manager: EntityManager,
  tenantId: string,
  entries: readonly JournalEntryRow[],
): Promise<Map<string, JournalLineRow[]>> {
  const rows: JournalLineRow[] = await manager.query(
    `select ${LINE_COLUMNS} from erp.journal_lines where tenant_id = $1 and entry_id = any($2::uuid[])
     order by entry_id, position`,
    [tenantId, entries.map((entry) => entry.id)],
  );
  const byEntry = new Map<string, JournalLineRow[]>();
  for (const row of rows) byEntry.set(row.entryId, [...(byEntry.get(row.entryId) ?? []), row]);
  return byEntry;
}

function broken(checked: number, lastGood: bigint, lastHash: string, problem: Break): LedgerVerification {
  return {
    ok: false,
    entriesChecked: checked,
    lastSequence: Number(lastGood),
    lastHash,
    firstBrokenSequence: Number(problem.at),
    problem: problem.problem,
    message: problem.message,
  };
}
