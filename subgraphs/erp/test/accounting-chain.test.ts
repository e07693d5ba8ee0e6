import { createHash, randomUUID } from 'node:crypto';
import { queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import { postEntry, saleLines, startErp, tryCreateEntry, verifyLedger } from './accounting-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startErp();
});
afterAll(async () => {
  await erp.stop();
});

/**
 * The chain as the README documents it, recomputed here from the rows alone (an auditor's view):
 * SHA-256 of a JSON array of fixed fields, values as Postgres prints them.
 */
async function recomputedChain(
  tenantId: string,
): Promise<Array<{ sequence: number; stored: string; recomputed: string }>> {
  const entries = await queryAsSuperuser<Record<string, string | null> & { id: string; sequence: string }>(
    `select e.id, e.sequence::text, e.previous_hash, e.hash, j.code as journal, to_char(e.entry_date, 'YYYY-MM-DD') as date,
            e.reference, e.memo, e.source_type, e.source_id, e.reverses_id
     from erp.journal_entries e join erp.journals j on j.id = e.journal_id
     where e.tenant_id = $1 and e.status = 'POSTED' order by e.sequence`,
    [tenantId],
  );
  const chain = [];
  for (const entry of entries) {
    const lines = await queryAsSuperuser<{
      position: number;
      account_id: string;
      debit: string;
      credit: string;
      currency: string;
      company_id: string | null;
      description: string | null;
    }>(
      `select position, account_id, debit::text, credit::text, currency, company_id, description
       from erp.journal_lines where entry_id = $1 order by position`,
      [entry.id],
    );
    const text = JSON.stringify([
      'nexora-ledger-v1',
      entry.previous_hash,
      entry.sequence,
      entry.id,
      entry.journal,
      entry.date,
      entry.reference,
      entry.memo,
      entry.source_type,
      entry.source_id,
      entry.reverses_id,
      lines.map((line) => [
        line.position,
        line.account_id,
        line.debit,
        line.credit,
        line.currency,
        line.company_id,
        line.description,
      ]),
    ]);
    chain.push({
      sequence: Number(entry.sequence),
      stored: entry.hash ?? '',
      recomputed: createHash('sha256').update(text).digest('hex'),
    });
  }
  return chain;
}

/** Runs `sql` as the superuser with triggers off: the tampering the chain exists to reveal. */
function tamper(sql: string): Promise<unknown> {
  return queryAsSuperuser(`begin; set local session_replication_role = replica; ${sql}; commit;`);
}

async function postedIds(tenantId: string): Promise<string[]> {
  const rows = await queryAsSuperuser<{ id: string }>(
    `select id from erp.journal_entries where tenant_id = $1 and status = 'POSTED' order by sequence`,
    [tenantId],
  );
  return rows.map((row) => row.id);
}

describe('the hash chain of posted entries', () => {
  it('links every posted entry to the previous one by a hash anyone can recompute', async () => {
    const tenantId = randomUUID();
    expect(await verifyLedger(erp, { tenantId })).toEqual({
      ok: true,
      entriesChecked: 0,
      lastSequence: 0,
      lastHash: '0'.repeat(64),
      firstBrokenSequence: null,
      problem: null,
      message: null,
    });
    const first = await postEntry(erp, { tenantId }, { reference: 'A', memo: 'Ünïcode ✓' });
    await tryCreateEntry(erp, { tenantId }, {}); // a draft is not part of the chain
    const second = await postEntry(
      erp,
      { tenantId },
      { lines: [...saleLines('1.00'), ...saleLines('2.50')] },
    );
    const third = await postEntry(erp, { tenantId }, { currency: 'JPY', lines: saleLines('1500') });
    expect([first.sequence, second.sequence, third.sequence]).toEqual([1, 2, 3]);
    expect([second.previousHash, third.previousHash]).toEqual([first.hash, second.hash]);
    const chain = await recomputedChain(tenantId);
    expect(chain.map((link) => link.stored)).toEqual([first.hash, second.hash, third.hash]);
    for (const link of chain) expect(link.recomputed).toBe(link.stored);
    expect(await verifyLedger(erp, { tenantId })).toMatchObject({
      ok: true,
      entriesChecked: 3,
      lastSequence: 3,
      lastHash: third.hash,
    });
  });

  it('never forks under 20 concurrent postings: sequences 1..20 without gaps, and the chain verifies', async () => {
    const tenantId = randomUUID();
    await postEntry(erp, { tenantId }, { date: '2026-01-01' }); // the ledger exists; the race is on posting
    const results = await Promise.all(
      Array.from({ length: 19 }, (_, i) => postEntry(erp, { tenantId }, { lines: saleLines(`${i + 1}.00`) })),
    );
    const sequences = [1, ...results.map((entry) => entry.sequence!)].sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(results.map((entry) => entry.previousHash)).size).toBe(19);
    const [head] = await queryAsSuperuser<{ last_sequence: string }>(
      `select last_sequence::text from erp.ledgers where tenant_id = $1`,
      [tenantId],
    );
    expect(head.last_sequence).toBe('20');
    expect(await verifyLedger(erp, { tenantId })).toMatchObject({
      ok: true,
      entriesChecked: 20,
      lastSequence: 20,
    });
  });

  it('reports the entry a superuser changed behind the triggers, even a change that still balances', async () => {
    const tenantId = randomUUID();
    const other = randomUUID();
    for (let i = 0; i < 5; i += 1) await postEntry(erp, { tenantId }, { lines: saleLines(`${10 + i}.00`) });
    await postEntry(erp, { tenantId: other });
    const ids = await postedIds(tenantId);
    await tamper(`update erp.journal_lines set debit = case when debit > 0 then 99 else 0 end,
                    credit = case when credit > 0 then 99 else 0 end where entry_id = '${ids[2]}'`);
    expect(await verifyLedger(erp, { tenantId })).toMatchObject({
      ok: false,
      entriesChecked: 2,
      lastSequence: 2,
      firstBrokenSequence: 3,
      problem: 'HASH_MISMATCH',
      message: 'Entry #3 was changed after it was posted.',
    });
    // Another tenant's chain is its own.
    expect((await verifyLedger(erp, { tenantId: other })).ok).toBe(true);
  });

  it('catches a re-hashed entry at the next one, and a deleted entry (in the middle or last) as a gap', async () => {
    const tenantId = randomUUID();
    for (let i = 0; i < 4; i += 1) await postEntry(erp, { tenantId }, { memo: `entry ${i + 1}` });
    const ids = await postedIds(tenantId);
    // Entry 2 edited and given its recomputed, self-consistent hash: entry 3 no longer follows it.
    await tamper(`update erp.journal_entries set memo = 'forged' where id = '${ids[1]}'`);
    const forged = (await recomputedChain(tenantId))[1];
    await tamper(`update erp.journal_entries set hash = '${forged.recomputed}' where id = '${ids[1]}'`);
    expect(await verifyLedger(erp, { tenantId })).toMatchObject({
      ok: false,
      entriesChecked: 2,
      firstBrokenSequence: 3,
      problem: 'PREVIOUS_HASH_MISMATCH',
    });

    const gap = randomUUID();
    for (let i = 0; i < 3; i += 1) await postEntry(erp, { tenantId: gap });
    const gapIds = await postedIds(gap);
    await tamper(`delete from erp.journal_entries where id = '${gapIds[1]}'`);
    expect(await verifyLedger(erp, { tenantId: gap })).toMatchObject({
      ok: false,
      entriesChecked: 1,
      firstBrokenSequence: 2,
      problem: 'SEQUENCE_GAP',
    });

    const tail = randomUUID();
    for (let i = 0; i < 3; i += 1) await postEntry(erp, { tenantId: tail });
    const tailIds = await postedIds(tail);
    await tamper(`delete from erp.journal_entries where id = '${tailIds[2]}'`);
    expect(await verifyLedger(erp, { tenantId: tail })).toMatchObject({
      ok: false,
      entriesChecked: 2,
      firstBrokenSequence: 3,
      problem: 'SEQUENCE_GAP',
    });
  });

  it('notices a last entry rewritten with a recomputed hash, and one slipped in past the head', async () => {
    const tenantId = randomUUID();
    for (let i = 0; i < 2; i += 1) await postEntry(erp, { tenantId });
    const ids = await postedIds(tenantId);
    await tamper(`update erp.journal_entries set memo = 'forged' where id = '${ids[1]}'`);
    const forged = (await recomputedChain(tenantId))[1];
    await tamper(`update erp.journal_entries set hash = '${forged.recomputed}' where id = '${ids[1]}'`);
    expect(await verifyLedger(erp, { tenantId })).toMatchObject({
      ok: false,
      entriesChecked: 1,
      firstBrokenSequence: 2,
      problem: 'HEAD_MISMATCH',
    });

    const extra = randomUUID();
    const posted = await postEntry(erp, { tenantId: extra });
    await tamper(`insert into erp.journal_entries (tenant_id, journal_id, entry_date, status, sequence, previous_hash, hash, posted_at)
                  select tenant_id, journal_id, entry_date, 'POSTED', 2, hash, repeat('b', 64), now()
                  from erp.journal_entries where id = '${posted.id}'`);
    expect(await verifyLedger(erp, { tenantId: extra })).toMatchObject({
      ok: false,
      entriesChecked: 1,
      firstBrokenSequence: 2,
      problem: 'HEAD_MISMATCH',
    });
  });
});
