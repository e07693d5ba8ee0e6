import { isUniqueViolation } from '@nexora/kit';
import type { EntityManager } from 'typeorm';

/**
 * Runs `write` in a savepoint. A unique key taken since our own check (by a concurrent request)
 * comes back as `{ taken: true }` for a userError, and the request's transaction stays usable; any
 * other failure is rethrown. Used for SKUs and warehouse and location codes.
 */
export async function unlessUniqueTaken<T>(
  manager: EntityManager,
  write: () => Promise<T>,
): Promise<{ taken: false; value: T } | { taken: true }> {
  await manager.query('savepoint inventory_unique_write');
  try {
    const value = await write();
    await manager.query('release savepoint inventory_unique_write');
    return { taken: false, value };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await manager.query('rollback to savepoint inventory_unique_write');
    return { taken: true };
  }
}
