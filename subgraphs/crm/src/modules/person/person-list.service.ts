import {
  type Connection,
  pageSize,
  parseId,
  type SubgraphContext,
  tenantOf,
  toConnection,
  searchPattern,
  planKeyset,
  type SortDirection,
} from '@nexora/kit';
import { tagFilter } from '../company/company-details.validation';

import { PERSON_COLUMNS, type PersonEntity } from './person.entity';
import { PERSON_SORT, type PersonOrderField } from './person-sort';

export interface PersonListArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  filter?: { companyId?: string | null; ownerId?: string | null; tag?: string | null } | null;
  orderBy?: { field: PersonOrderField; direction?: SortDirection | null } | null;
}

/**
 * The tenant's people, keyset-paginated in the asked order; `totalCount` counts the matches. The
 * search looks at the full name and every e-mail address (trigram indexes on both).
 */
export async function listPeople(
  ctx: SubgraphContext,
  args: PersonListArgs,
): Promise<Connection<PersonEntity>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const params: unknown[] = [tenantId];
  const conditions = ['tenant_id = $1'];
  const pattern = searchPattern(args.search);
  if (pattern) {
    params.push(pattern);
    const p = `$${params.length}`;
    // A union of two index scans (trigram on the name, on each e-mail); an OR with a subquery would
    // make Postgres read every person of the tenant.
    conditions.push(
      `id in (select id from crm.people where tenant_id = $1 and lower(name) like lower(${p}) escape '\\'
              union select person_id from crm.person_emails where tenant_id = $1 and email like lower(${p}) escape '\\')`,
    );
  }
  if (args.filter?.companyId != null) {
    params.push(parseId(args.filter.companyId, 'filter.companyId'));
    conditions.push(`company_id = $${params.length}`);
  }
  if (args.filter?.ownerId != null) {
    params.push(parseId(args.filter.ownerId, 'filter.ownerId'));
    conditions.push(`owner_id = $${params.length}`);
  }
  const tag = tagFilter(args.filter?.tag);
  if (tag) {
    params.push([tag]);
    conditions.push(`tags @> $${params.length}::text[]`);
  }
  const countParams = [...params];
  const filter = conditions.join(' and ');
  const keyset = planKeyset(
    PERSON_SORT,
    args.orderBy ?? { field: 'NAME', direction: 'ASC' },
    args.after,
    params,
  );
  const pageFilter = keyset.where(filter);
  params.push(size + 1);

  return ctx.db.run(async (manager) => {
    const rows: Array<PersonEntity & { sortKey: string }> = await manager.query(
      `select ${PERSON_COLUMNS}, ${keyset.cursorSelect} as "sortKey" from crm.people
       where ${pageFilter} order by ${keyset.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from crm.people where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, keyset.positionOf, keyset.hadCursor);
  });
}
