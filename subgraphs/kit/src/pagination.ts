import { badUserInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** Validates `first`: a page of 1..100 rows, 20 when omitted. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return first;
}

/**
 * Keyset cursors: the sort key and id of the last row seen, opaque to clients. Keyset (not offset)
 * pagination stays correct while rows are inserted and costs the same on page 1 and page 1,000.
 */
export interface KeysetPosition {
  key: string;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): KeysetPosition | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('"after" is not a cursor returned by this list.', 'after');
}

/**
 * Builds a connection from up to `size + 1` rows fetched after the cursor: the extra row only tells
 * whether another page exists.
 */
export function toConnection<T>(
  rows: T[],
  size: number,
  totalCount: number,
  positionOf: (row: T) => KeysetPosition,
  hadCursor: boolean,
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export const SEARCH_MAX_LENGTH = 200;

/**
 * A trimmed search term as a case-insensitive pattern for `ilike $n escape '\'` (or `lower(...)
 * like lower($n) escape '\'`): `%`, `_` and `\` typed by the user stay literal. Null when blank;
 * BAD_USER_INPUT past 200 characters.
 */
export function searchPattern(search: string | null | undefined): string | null {
  const term = search?.trim() ?? '';
  if (term.length === 0) return null;
  if ([...term].length > SEARCH_MAX_LENGTH) {
    throw badUserInput(`"search" can have at most ${SEARCH_MAX_LENGTH} characters.`, 'search');
  }
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
