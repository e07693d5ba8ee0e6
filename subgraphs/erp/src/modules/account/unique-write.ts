import { QueryFailedError } from 'typeorm';
import { isUniqueViolation } from '@nexora/kit';
import type { EntityManager } from 'typeorm';

/** Postgres foreign_key_violation (23503): a row still named by another table's key. */
export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23503';
}

/**
 * Runs a write in a savepoint so that an expected refusal by Postgres (by default a unique key
 * taken by a concurrent request since our own check) comes back as `{ ok: false }`, for a
 * userError, and leaves the request's transaction usable.
 */
export async function writeUnlessTaken<T>(
  manager: EntityManager,
  write: () => Promise<T>,
  expected: (error: unknown) => boolean = isUniqueViolation,
): Promise<{ ok: true; value: T } | { ok: false }> {
  await manager.query('savepoint ledger_guarded_write');
  try {
    const value = await write();
    await manager.query('release savepoint ledger_guarded_write');
    return { ok: true, value };
  } catch (error) {
    if (!expected(error)) throw error;
    await manager.query('rollback to savepoint ledger_guarded_write');
    return { ok: false };
  }
}
