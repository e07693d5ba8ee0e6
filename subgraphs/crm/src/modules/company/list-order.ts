import { badUserInput, decodeCursor, type KeysetPosition, parseId } from '@nexora/kit';

/** How a list is sorted: a field of the list's own catalogue, ascending or descending. */
export type SortDirection = 'ASC' | 'DESC';

/**
 * One sortable field of a list: the SQL expression rows are ordered by (an index starts with
 * tenant_id, then it, then id), the text form a cursor keeps of it, and the type that text is cast
 * back to. Cursor values come from Postgres itself, so JS and SQL never disagree on case folding or
 * on timestamps finer than a millisecond.
 */
export interface SortColumn {
  expression: string;
  cursorText: string;
  cast: 'text' | 'timestamptz' | 'integer';
}

const CURSOR_VALUE: Record<SortColumn['cast'], RegExp> = {
  text: /^[\s\S]*$/,
  timestamptz: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
  integer: /^-?\d{1,10}$/,
};

/** A timestamp column as cursor text: UTC, microseconds, read back unambiguously as timestamptz. */
export function timestampSort(column: string): SortColumn {
  return {
    expression: column,
    cursorText: `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    cast: 'timestamptz',
  };
}

export interface KeysetPlan {
  /** `(expression, id) > ($n, $m)` (or `<` when descending), null on the first page. */
  condition: string | null;
  orderBy: string;
  /** Select it `as "sortKey"`; `positionOf` turns a row into its cursor position. */
  cursorSelect: string;
  positionOf(row: { id: string; sortKey: string }): KeysetPosition;
  hadCursor: boolean;
}

/**
 * Plans keyset pagination for `field`/`direction`. A cursor names the ordering it was made for, so a
 * cursor of another ordering (or a hand-made one) is BAD_USER_INPUT rather than a silently wrong page.
 * Pushes the cursor's values onto `params`. `prefix` qualifies columns (e.g. `p.`) when needed.
 */
export function planKeyset(
  columns: Readonly<Record<string, SortColumn>>,
  field: string,
  direction: SortDirection,
  after: string | null | undefined,
  params: unknown[],
  idColumn = 'id',
): KeysetPlan {
  const column = columns[field];
  if (!column) throw badUserInput(`"orderBy.field" cannot be ${field}.`, 'orderBy');
  const tag = `${field}:${direction}:`;
  const position = decodeCursor(after);
  let condition: string | null = null;
  if (position) {
    if (!position.key.startsWith(tag)) {
      throw badUserInput(
        '"after" belongs to a list in another order; start again without it or keep the order.',
        'after',
      );
    }
    const value = position.key.slice(tag.length);
    if (!CURSOR_VALUE[column.cast].test(value)) {
      throw badUserInput('"after" is not a cursor returned by this list.', 'after');
    }
    params.push(value, parseId(position.id, 'after'));
    const comparison = direction === 'ASC' ? '>' : '<';
    condition = `(${column.expression}, ${idColumn}) ${comparison} ($${params.length - 1}::${column.cast}, $${params.length}::uuid)`;
  }
  const order = direction === 'ASC' ? 'asc' : 'desc';
  return {
    condition,
    orderBy: `${column.expression} ${order}, ${idColumn} ${order}`,
    cursorSelect: column.cursorText,
    positionOf: (row) => ({ key: `${tag}${row.sortKey}`, id: row.id }),
    hadCursor: position !== null,
  };
}
