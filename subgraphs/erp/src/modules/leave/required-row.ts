/** A row named by a composite foreign key: missing means a broken invariant, never a null field. */
export async function required<T>(row: Promise<T | null>, what: string): Promise<T> {
  const found = await row;
  if (!found) throw new Error(`${what} is missing although a foreign key names it`);
  return found;
}
