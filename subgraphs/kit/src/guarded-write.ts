import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from './ids';

/**
 * Runs a write in a savepoint so that an expected refusal by Postgres (by default a unique key
 * taken by a concurrent request since the service's own check) comes back as `{ ok: false }`, for a
 * userError, and leaves the request's transaction usable; any other failure is rethrown. Savepoints
 * of the same name nest (a rollback goes to the newest), so guarded writes may call each other.
 */
export async function writeUnlessTaken<T>(
  manager: EntityManager,
  write: () => Promise<T>,
  expected: (error: unknown) => boolean = isUniqueViolation,
): Promise<{ ok: true; value: T } | { ok: false }> {
  await manager.query('savepoint nexora_guarded_write');
  try {
    const value = await write();
    await manager.query('release savepoint nexora_guarded_write');
    return { ok: true, value };
  } catch (error) {
    if (!expected(error)) throw error;
    await manager.query('rollback to savepoint nexora_guarded_write');
    return { ok: false };
  }
}
