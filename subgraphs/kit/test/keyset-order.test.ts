import { encodeCursor, numberSort, planKeyset, timestampSort, type SortColumn } from '../src';

const COLUMNS: Record<'NAME' | 'CREATED_AT' | 'SCORE', SortColumn> = {
  NAME: { expression: 'lower(name)', cursorText: 'lower(name)', cast: 'text' },
  CREATED_AT: timestampSort('created_at'),
  SCORE: numberSort('score', 'integer'),
};
const ID = '6f1c1e8e-9a57-4c3e-8d0e-1b7a2f9c4d11';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return null;
}

describe('keyset ordering', () => {
  it('a first page has no condition; a cursor continues after its row in the same order', () => {
    const params: unknown[] = ['tenant'];
    const first = planKeyset(COLUMNS, { field: 'SCORE', direction: 'DESC' }, null, params);
    expect(first.where('tenant_id = $1')).toBe('tenant_id = $1');
    expect(first.orderBy).toBe('coalesce(score, -1) desc, id desc');
    const cursor = encodeCursor(first.positionOf({ id: ID, sortKey: '42' }));
    const next = planKeyset(COLUMNS, { field: 'SCORE', direction: 'DESC' }, cursor, params);
    expect(next.where('tenant_id = $1')).toBe(
      'tenant_id = $1 and (coalesce(score, -1), id) < ($2::integer, $3::uuid)',
    );
    expect(params).toEqual(['tenant', '42', ID]);
    expect(next.hadCursor).toBe(true);
  });

  it('refuses an unknown field, a cursor of another order and a forged cursor value', () => {
    expect(codeOf(() => planKeyset(COLUMNS, { field: 'EMAIL' as 'NAME' }, null, []))).toBe('BAD_USER_INPUT');
    const byName = encodeCursor(
      planKeyset(COLUMNS, { field: 'NAME' }, null, []).positionOf({ id: ID, sortKey: 'a' }),
    );
    expect(codeOf(() => planKeyset(COLUMNS, { field: 'NAME', direction: 'DESC' }, byName, []))).toBe(
      'BAD_USER_INPUT',
    );
    const forged = encodeCursor({ key: 'CREATED_AT:ASC:yesterday', id: ID });
    expect(codeOf(() => planKeyset(COLUMNS, { field: 'CREATED_AT' }, forged, []))).toBe('BAD_USER_INPUT');
    const badId = encodeCursor({ key: 'NAME:ASC:a', id: 'not-an-id' });
    expect(codeOf(() => planKeyset(COLUMNS, { field: 'NAME' }, badId, []))).toBe('BAD_USER_INPUT');
  });
});
