import { badUserInput } from './errors';
import { parseId } from './ids';
import { decodeCursor, type KeysetPosition } from './pagination';

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
  cast: 'text' | 'timestamptz' | 'date' | 'integer' | 'numeric';
}

const CURSOR_VALUE: Record<SortColumn['cast'], RegExp> = {
  text: /^[\s\S]*$/,
  timestamptz: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
  date: /^(\d{4}-\d{2}-\d{2}|-?infinity)$/,
  integer: /^-?\d{1,10}$/,
  numeric: /^-?\d{1,20}(\.\d{1,10})?$/,
};

/** Sort by a text column, case-insensitively (index on `lower(column)`). */
export function lowerTextSort(column: string): SortColumn {
  return { expression: `lower(${column})`, cursorText: `lower(${column})`, cast: 'text' };
}

/**
 * Sort by a nullable number, unknown values as `missing` (below every real value: first ascending,
 * last descending). The index must be on the same `coalesce(column, missing)`.
 */
export function numberSort(column: string, cast: 'integer' | 'numeric', missing = -1): SortColumn {
  const expression = `coalesce(${column}, ${missing})`;
  return { expression, cursorText: `${expression}::text`, cast };
}

/** A timestamp column as cursor text: UTC, microseconds, read back unambiguously as timestamptz. */
export function timestampSort(column: string): SortColumn {
  return {
    expression: column,
    cursorText: `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    cast: 'timestamptz',
  };
}

/** An ordering asked for: a field of the list's catalogue and a direction (default ASC). */
export interface ListOrder<F extends string = string> {
  field: F;
  direction?: SortDirection | null;
}

export interface KeysetPlan {
  /** `(expression, id) > ($n, $m)` (or `<` when descending), null on the first page. */
  condition: string | null;
  /** `filter` narrowed to the rows after the cursor. */
  where(filter: string): string;
  orderBy: string;
  /** Select it `as "sortKey"`; `positionOf` turns a row into its cursor position. */
  cursorSelect: string;
  positionOf(row: { id: string; sortKey: string }): KeysetPosition;
  hadCursor: boolean;
}

/**
 * Plans keyset pagination for `field`/`direction`. A cursor names the ordering it was made for, so a
 * cursor of another ordering (or a hand-made one) is BAD_USER_INPUT rather than a silently wrong page.
 * Pushes the cursor's values onto `params`; `idColumn` qualifies the tie-breaking id when needed.
 */
export function planKeyset<F extends string>(
  columns: Readonly<Record<F, SortColumn>>,
  order: ListOrder<F>,
  after: string | null | undefined,
  params: unknown[],
  idColumn = 'id',
): KeysetPlan {
  const field = order.field;
  const direction = order.direction ?? 'ASC';
  const column = (columns as Readonly<Record<string, SortColumn | undefined>>)[field];
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
  const sql = direction === 'ASC' ? 'asc' : 'desc';
  return {
    condition,
    where: (filter) => (condition ? `${filter} and ${condition}` : filter),
    orderBy: `${column.expression} ${sql}, ${idColumn} ${sql}`,
    cursorSelect: column.cursorText,
    positionOf: (row) => ({ key: `${tag}${row.sortKey}`, id: row.id }),
    hadCursor: position !== null,
  };
}
