import {
  badUserInput,
  type Connection,
  pageSize,
  parseId,
  type SubgraphContext,
  tenantOf,
  toConnection,
  searchPattern,
  planKeyset,
  type SortColumn,
  type SortDirection,
  timestampSort,
  lowerTextSort,
  numberSort,
} from '@nexora/kit';
import { tagFilter } from './company-details.validation';
import type { CompanyEntity } from './company.entity';
import { COMPANY_COLUMNS } from './company.columns';

export type CompanyOrderField = 'NAME' | 'CREATED_AT' | 'UPDATED_AT' | 'EMPLOYEE_COUNT';

export interface CompanyListArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  filter?: { industry?: string | null; tag?: string | null; ownerId?: string | null } | null;
  orderBy?: { field: CompanyOrderField; direction?: SortDirection | null } | null;
}

/** Each ordering has its index (tenant_id, expression, id); see the company-details migration. */
const COMPANY_SORT: Record<CompanyOrderField, SortColumn> = {
  NAME: lowerTextSort('name'),
  CREATED_AT: timestampSort('created_at'),
  UPDATED_AT: timestampSort('updated_at'),
  EMPLOYEE_COUNT: numberSort('employee_count', 'integer'),
};

/**
 * The tenant's companies, keyset-paginated in the asked order. The count and the page use the same
 * filter, so `totalCount` is the number of matches, not of all companies.
 */
export async function listCompanies(
  ctx: SubgraphContext,
  args: CompanyListArgs,
): Promise<Connection<CompanyEntity>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const params: unknown[] = [tenantId];
  const conditions = ['tenant_id = $1'];
  const pattern = searchPattern(args.search);
  if (pattern) {
    params.push(pattern);
    const p = `$${params.length}`;
    conditions.push(`(lower(name) like lower(${p}) escape '\\' or domain like lower(${p}) escape '\\')`);
  }
  const industry = args.filter?.industry?.trim() ?? '';
  if (industry.length > 100)
    throw badUserInput('"filter.industry" can have at most 100 characters.', 'filter');
  if (industry.length > 0) {
    params.push(industry);
    conditions.push(`lower(industry) = lower($${params.length})`);
  }
  const tag = tagFilter(args.filter?.tag);
  if (tag) {
    params.push([tag]);
    conditions.push(`tags @> $${params.length}::text[]`);
  }
  if (args.filter?.ownerId != null) {
    params.push(parseId(args.filter.ownerId, 'filter.ownerId'));
    conditions.push(`owner_id = $${params.length}`);
  }
  const countParams = [...params];
  const filter = conditions.join(' and ');
  const keyset = planKeyset(
    COMPANY_SORT,
    args.orderBy ?? { field: 'NAME', direction: 'ASC' },
    args.after,
    params,
  );
  const pageFilter = keyset.where(filter);
  params.push(size + 1);

  return ctx.db.run(async (manager) => {
    const rows: Array<CompanyEntity & { sortKey: string }> = await manager.query(
      `select ${COMPANY_COLUMNS}, ${keyset.cursorSelect} as "sortKey" from crm.companies
       where ${pageFilter} order by ${keyset.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from crm.companies where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, keyset.positionOf, keyset.hadCursor);
  });
}
