import { randomUUID } from 'node:crypto';
import { errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import {
  call,
  ledgerRowCounts,
  POST_ENTRY,
  postEntry,
  REVERSE_ENTRY,
  SET_LOCK_DATE,
  startErp,
  tryCreateEntry,
  type EntryPayload,
  type UserErrorView,
} from './accounting-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startErp();
});
afterAll(async () => {
  await erp.stop();
});

interface LockPayload {
  ledgerLock: { lockDate: string | null } | null;
  change: {
    previousLockDate: string | null;
    lockDate: string | null;
    reason: string | null;
    changedById: string;
    atSequence: number;
  } | null;
  userErrors: UserErrorView[];
}

async function setLock(
  tenantId: string,
  input: Record<string, unknown>,
  userId = randomUUID(),
): Promise<LockPayload> {
  const result = await call<{ setLockDate: LockPayload }>(erp, { tenantId, userId }, SET_LOCK_DATE, {
    input,
  });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.setLockDate;
}

const codes = (payload: { userErrors: UserErrorView[] }) =>
  payload.userErrors.map((error) => [error.code, error.field]);

describe('lock dates', () => {
  it('refuses posting, posting a draft and reversing on or before the lock date, and writes nothing', async () => {
    const tenantId = randomUUID();
    const january = await postEntry(erp, { tenantId }, { date: '2026-01-10' });
    const draft = (await tryCreateEntry(erp, { tenantId }, { date: '2026-01-20' })).entry!;
    const userId = randomUUID();
    const locked = await setLock(tenantId, { lockDate: '2026-01-31', reason: ' January closed ' }, userId);
    expect(locked).toEqual({
      ledgerLock: { lockDate: '2026-01-31' },
      change: {
        previousLockDate: null,
        lockDate: '2026-01-31',
        reason: 'January closed',
        changedById: userId,
        atSequence: 1,
      },
      userErrors: [],
    });

    const before = await ledgerRowCounts(tenantId);
    for (const date of ['2026-01-31', '2026-01-01', '2025-06-30']) {
      const refused = await tryCreateEntry(erp, { tenantId }, { date, post: true });
      expect(codes(refused)).toEqual([['PERIOD_LOCKED', ['input', 'date']]]);
      expect(refused.userErrors[0].message).toContain('2026-01-31');
    }
    const posting = await call<{ postJournalEntry: EntryPayload }>(erp, { tenantId }, POST_ENTRY, {
      input: { id: draft.id },
    });
    expect(codes(posting.body.data!.postJournalEntry)).toEqual([['PERIOD_LOCKED', ['input', 'id']]]);
    const reversing = await call<{ reverseJournalEntry: EntryPayload }>(erp, { tenantId }, REVERSE_ENTRY, {
      input: { id: january.id },
    });
    expect(codes(reversing.body.data!.reverseJournalEntry)).toEqual([['PERIOD_LOCKED', ['input', 'date']]]);
    const reversingInJanuary = await call<{ reverseJournalEntry: EntryPayload }>(
      erp,
      { tenantId },
      REVERSE_ENTRY,
      {
        input: { id: january.id, date: '2026-01-31' },
      },
    );
    expect(codes(reversingInJanuary.body.data!.reverseJournalEntry)).toEqual([
      ['PERIOD_LOCKED', ['input', 'date']],
    ]);
    expect(await ledgerRowCounts(tenantId)).toEqual(before);

    // After the lock date everything works; a draft of a locked period may still be prepared.
    expect((await postEntry(erp, { tenantId }, { date: '2026-02-01' })).sequence).toBe(2);
    const reversed = await call<{ reverseJournalEntry: EntryPayload }>(erp, { tenantId }, REVERSE_ENTRY, {
      input: { id: january.id, date: '2026-02-01' },
    });
    expect(reversed.body.data!.reverseJournalEntry.entry).toMatchObject({ sequence: 3, date: '2026-02-01' });
    expect((await tryCreateEntry(erp, { tenantId }, { date: '2026-01-05' })).entry!.status).toBe('DRAFT');
  });

  it('records every move, forwards and backwards, newest first; the history cannot be edited', async () => {
    const tenantId = randomUUID();
    await setLock(tenantId, { lockDate: '2026-01-31' });
    await setLock(tenantId, { lockDate: '2026-03-31', reason: 'Q1 closed' });
    const reopened = await setLock(tenantId, { lockDate: '2026-02-28', reason: 'Late supplier bill' });
    expect(reopened.change).toMatchObject({ previousLockDate: '2026-03-31', lockDate: '2026-02-28' });
    expect((await postEntry(erp, { tenantId }, { date: '2026-03-15' })).status).toBe('POSTED');
    const unlocked = await setLock(tenantId, { lockDate: null });
    expect(unlocked.ledgerLock).toEqual({ lockDate: null });
    expect((await postEntry(erp, { tenantId }, { date: '2020-01-01' })).status).toBe('POSTED');

    const history = await call<{
      ledgerLock: {
        lockDate: string | null;
        changes: { totalCount: number; edges: Array<{ node: Record<string, unknown> }> };
      };
    }>(
      erp,
      { tenantId },
      `{ ledgerLock { lockDate changes(first: 10) { totalCount edges { node { previousLockDate lockDate reason } } } } }`,
    );
    expect(history.body.data!.ledgerLock).toEqual({
      lockDate: null,
      changes: {
        totalCount: 4,
        edges: [
          { node: { previousLockDate: '2026-02-28', lockDate: null, reason: null } },
          { node: { previousLockDate: '2026-03-31', lockDate: '2026-02-28', reason: 'Late supplier bill' } },
          { node: { previousLockDate: '2026-01-31', lockDate: '2026-03-31', reason: 'Q1 closed' } },
          { node: { previousLockDate: null, lockDate: '2026-01-31', reason: null } },
        ],
      },
    });
    await expect(
      queryAsSuperuser(`update erp.lock_date_changes set reason = 'nothing to see' where tenant_id = $1`, [
        tenantId,
      ]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(
      queryAsSuperuser(`delete from erp.lock_date_changes where tenant_id = $1`, [tenantId]),
    ).rejects.toThrow(/cannot be changed/);
  });

  it('refuses bad lock dates and needs its own permission', async () => {
    const tenantId = randomUUID();
    await setLock(tenantId, { lockDate: '2026-01-31' });
    const before = await ledgerRowCounts(tenantId);
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
    for (const [input, expected] of [
      [{ lockDate: tomorrow }, [['LOCK_DATE_IN_FUTURE', ['input', 'lockDate']]]],
      [{ lockDate: '2026-02-29' }, [['DATE_INVALID', ['input', 'lockDate']]]],
      [{ lockDate: '2026-01-31' }, [['LOCK_DATE_UNCHANGED', ['input', 'lockDate']]]],
      [{ lockDate: '2026-02-28', reason: 'r'.repeat(501) }, [['REASON_TOO_LONG', ['input', 'reason']]]],
    ] as const) {
      const payload = await setLock(tenantId, input);
      expect([payload.ledgerLock, codes(payload)]).toEqual([null, expected]);
    }
    const accountant = { tenantId, permissions: ['erp.journal:read', 'erp.journal:post'] };
    const forbidden = await call(erp, accountant, SET_LOCK_DATE, { input: { lockDate: null } });
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    expect(await ledgerRowCounts(tenantId)).toEqual(before);
    const read = await call<{ ledgerLock: { lockDate: string } }>(
      erp,
      accountant,
      `{ ledgerLock { lockDate } }`,
    );
    expect(read.body.data!.ledgerLock.lockDate).toBe('2026-01-31');
  });

  it('lets no posting slip into a period while it is being locked', async () => {
    const tenantId = randomUUID();
    await postEntry(erp, { tenantId }, { date: '2026-04-01' });
    const [lock, ...postings] = await Promise.all([
      setLock(tenantId, { lockDate: '2026-03-31' }),
      ...Array.from({ length: 12 }, () =>
        tryCreateEntry(erp, { tenantId }, { date: '2026-03-20', post: true }),
      ),
    ]);
    expect(lock.userErrors).toEqual([]);
    const posted = postings.filter((payload) => payload.entry);
    for (const payload of postings.filter((payload) => !payload.entry)) {
      expect(payload.userErrors.map((error) => error.code)).toEqual(['PERIOD_LOCKED']);
    }
    // The move recorded where the chain stood: each posting that got in was sealed before it, none after.
    const [change] = await queryAsSuperuser<{ at_sequence: string }>(
      `select at_sequence::text from erp.lock_date_changes where tenant_id = $1`,
      [tenantId],
    );
    expect(posted.map((payload) => payload.entry!.sequence! <= Number(change.at_sequence))).not.toContain(
      false,
    );
    expect(Number(change.at_sequence)).toBe(1 + posted.length);
    expect((await ledgerRowCounts(tenantId)).lastSequence).toBe(1 + posted.length);
    const after = await tryCreateEntry(erp, { tenantId }, { date: '2026-03-20', post: true });
    expect(after.userErrors.map((error) => error.code)).toEqual(['PERIOD_LOCKED']);
  });
});
