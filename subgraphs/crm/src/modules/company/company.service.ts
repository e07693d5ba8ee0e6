import {
  badUserInput,
  type Connection,
  decodeCursor,
  emitEvent,
  isUniqueViolation,
  notFound,
  pageSize,
  parseId,
  type SubgraphContext,
  tenantOf,
  toConnection,
  type UserError,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import type { CompanyEntity } from './company.entity';
import { companyByIdLoader } from './company.loaders';
import { checkCompanyDomain, checkCompanyName } from './company.validation';

/** Columns aliased to the entity's property names, so raw rows are `CompanyEntity`-shaped. */
export const COMPANY_COLUMNS = `id, tenant_id as "tenantId", name, domain, owner_id as "ownerId",
  created_at as "createdAt", updated_at as "updatedAt"`;

const SEARCH_MAX_LENGTH = 200;

export interface CompanyPayload {
  company: CompanyEntity | null;
  userErrors: UserError[];
}

export interface CompanyListArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
}

/** `%`, `_` and `\` typed by the user are literal characters, not ILIKE wildcards. */
function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** A company of the caller's tenant, or null (also for another tenant's id: RLS hides it). */
export async function findCompany(ctx: SubgraphContext, id: string): Promise<CompanyEntity | null> {
  return companyByIdLoader(ctx).load(parseId(id, 'id'));
}

/**
 * The tenant's companies ordered by (lower(name), id), keyset-paginated. The count and the page use
 * the same filter, so `totalCount` is the number of matches, not of all companies.
 */
export async function listCompanies(
  ctx: SubgraphContext,
  args: CompanyListArgs,
): Promise<Connection<CompanyEntity>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const position = decodeCursor(args.after);
  if (position) parseId(position.id, 'after');
  const search = args.search?.trim() ?? '';
  if (search.length > SEARCH_MAX_LENGTH) {
    throw badUserInput(`"search" can have at most ${SEARCH_MAX_LENGTH} characters.`, 'search');
  }

  const params: unknown[] = [tenantId];
  let filter = 'tenant_id = $1';
  if (search.length > 0) {
    params.push(containsPattern(search));
    filter += ` and (name ilike $${params.length} escape '\\' or domain ilike $${params.length} escape '\\')`;
  }
  const countParams = [...params];
  let pageFilter = filter;
  if (position) {
    params.push(position.key, position.id);
    pageFilter += ` and (lower(name), id) > ($${params.length - 1}, $${params.length})`;
  }
  params.push(size + 1);

  return ctx.db.run(async (manager) => {
    // The cursor keeps Postgres' own lower(name), so JS and SQL case folding can never disagree.
    const rows: Array<CompanyEntity & { sortKey: string }> = await manager.query(
      `select ${COMPANY_COLUMNS}, lower(name) as "sortKey" from crm.companies where ${pageFilter}
       order by lower(name), id limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from crm.companies where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, (row) => ({ key: row.sortKey, id: row.id }), position !== null);
  });
}

export async function createCompany(
  ctx: SubgraphContext,
  input: { name: string; domain?: string | null },
): Promise<CompanyPayload> {
  const tenantId = tenantOf(ctx);
  const name = checkCompanyName(input.name, ['input', 'name']);
  const domain = checkCompanyDomain(input.domain, ['input', 'domain']);
  const userErrors = [name, domain].flatMap((check) => (check.ok ? [] : [check.error]));
  if (!name.ok || !domain.ok) return { company: null, userErrors };

  // ON CONFLICT keeps the transaction usable when the domain is taken (also by a concurrent insert).
  const rows: CompanyEntity[] = await ctx.db.run((manager) =>
    manager.query(
      `insert into crm.companies (tenant_id, name, domain, owner_id) values ($1, $2, $3, $4)
       on conflict (tenant_id, domain) where domain is not null do nothing
       returning ${COMPANY_COLUMNS}`,
      [tenantId, name.value, domain.value, ctx.caller.userId],
    ),
  );
  if (rows.length === 0) return { company: null, userErrors: [domainTaken(domain.value)] };
  await emitEvent(ctx, 'crm.company.created', companyEventPayload(rows[0]));
  return { company: rows[0], userErrors: [] };
}

export async function updateCompany(
  ctx: SubgraphContext,
  input: { id: string; name?: string | null; domain?: string | null },
): Promise<CompanyPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const name = input.name == null ? null : checkCompanyName(input.name, ['input', 'name']);
  const domain =
    input.domain === undefined || input.domain === null
      ? null
      : checkCompanyDomain(input.domain, ['input', 'domain']);
  const userErrors = [name, domain].flatMap((check) => (check && !check.ok ? [check.error] : []));
  if (userErrors.length > 0) return { company: null, userErrors };

  const company = await ctx.db.run(async (manager) => {
    if (!name && !domain) return companyByIdLoader(ctx).load(id);
    return updateReportingDuplicates(manager, [
      tenantId,
      id,
      name?.ok ? name.value : null,
      domain !== null,
      domain?.ok ? domain.value : null,
    ]);
  });
  if (company === 'domain-taken')
    return { company: null, userErrors: [domainTaken(domain?.ok ? domain.value : null)] };
  if (!company) throw notFound('Company', id);
  // An input that changes nothing runs no update and announces nothing.
  if (name || domain) await emitEvent(ctx, 'crm.company.updated', companyEventPayload(company));
  return { company, userErrors: [] };
}

/** What `crm.company.*` events carry: the company as it is after the change. */
function companyEventPayload(company: CompanyEntity): { id: string; name: string; domain: string | null } {
  return { id: company.id, name: company.name, domain: company.domain };
}

/**
 * Runs the update inside a savepoint: a unique violation (the domain belongs to another company,
 * perhaps one inserted concurrently) then leaves the request's transaction usable.
 */
async function updateReportingDuplicates(
  manager: EntityManager,
  params: [string, string, string | null, boolean, string | null],
): Promise<CompanyEntity | null | 'domain-taken'> {
  await manager.query('savepoint company_update');
  try {
    const rows: CompanyEntity[] = await manager
      .query(
        `update crm.companies
       set name = coalesce($3, name), domain = case when $4 then $5 else domain end, updated_at = now()
       where tenant_id = $1 and id = $2
       returning ${COMPANY_COLUMNS}`,
        params,
      )
      .then((result: [CompanyEntity[], number]) => result[0]);
    await manager.query('release savepoint company_update');
    return rows[0] ?? null;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await manager.query('rollback to savepoint company_update');
    return 'domain-taken';
  }
}

function domainTaken(domain: string | null): UserError {
  return {
    code: 'DOMAIN_TAKEN',
    message: `Another company already uses the domain "${domain ?? ''}".`,
    field: ['input', 'domain'],
  };
}
