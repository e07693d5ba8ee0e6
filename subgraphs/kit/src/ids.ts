import { QueryFailedError } from 'typeorm';
import type { SubgraphContext } from './context';
import { badUserInput, forbidden } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A client-given id as Postgres prints it (lowercase), or BAD_USER_INPUT; Postgres never sees junk. */
export function parseId(value: string, field: string): string {
  if (!isUuid(value)) throw badUserInput(`"${field}" is not a valid id.`, field);
  return value.toLowerCase();
}

/**
 * The caller's tenant. The schema directives already refuse tenant-less callers; this repeats the
 * check where the data is touched so a resolver missing its directive still fails closed.
 */
export function tenantOf(ctx: SubgraphContext): string {
  const tenantId = ctx.caller.tenantId;
  if (!tenantId) throw forbidden('This needs a current tenant; sign in to a tenant first.');
  return tenantId;
}

/** Postgres unique_violation (23505), e.g. two concurrent inserts of the same natural key. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** Postgres foreign_key_violation (23503): a row still named by another table's key. */
export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23503';
}
