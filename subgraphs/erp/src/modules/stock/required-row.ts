/** A row another row points at by its composite foreign key: missing means a broken invariant, not a 404. */
export function present<T>(row: T | null, what: string): T {
  if (!row) throw new Error(`${what} is missing although a foreign key names it`);
  return row;
}
