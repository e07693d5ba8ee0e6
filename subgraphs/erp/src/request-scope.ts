import { badUserInput, forbidden, type SubgraphContext } from '@nexora/kit';

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
