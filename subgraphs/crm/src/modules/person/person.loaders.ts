import {
  alignToKeys,
  type Connection,
  groupByKeys,
  type SubgraphContext,
  tenantOf,
  toConnection,
  planKeyset,
} from '@nexora/kit';
import type DataLoader from 'dataloader';

import { PERSON_COLUMNS, type PersonEntity } from './person.entity';
import { PERSON_SORT } from './person-sort';

/** People by id for this request, one query per batch (`_entities` calls arrive with many ids). */
export function personByIdLoader(ctx: SubgraphContext): DataLoader<string, PersonEntity | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, PersonEntity | null>('personById', async (ids) => {
    const rows: PersonEntity[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${PERSON_COLUMNS} from crm.people where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, [...ids]],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/** One `Company.people(first, after)` page to load: the company and the page it asks for. */
export interface CompanyPeoplePage {
  companyId: string;
  size: number;
  after: string | null;
}

type RankedPerson = PersonEntity & { sortKey: string };

/**
 * `Company.people` for every company of a response at once: a list of 100 companies asking for
 * their people runs two statements (page rows ranked per company, and counts) per distinct
 * (first, after), not two per company.
 */
export function companyPeopleLoader(
  ctx: SubgraphContext,
): DataLoader<CompanyPeoplePage, Connection<PersonEntity>, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<CompanyPeoplePage, Connection<PersonEntity>>(
    'companyPeople',
    async (pages) => {
      const groups = new Map<string, CompanyPeoplePage[]>();
      for (const page of pages) {
        const group = `${page.size}|${page.after ?? ''}`;
        groups.set(group, [...(groups.get(group) ?? []), page]);
      }
      const results = new Map<CompanyPeoplePage, Connection<PersonEntity>>();
      for (const group of groups.values()) {
        const { size, after } = group[0];
        const companyIds = [...new Set(group.map((page) => page.companyId))];
        const params: unknown[] = [tenantId, companyIds];
        const keyset = planKeyset(PERSON_SORT, { field: 'NAME' }, after, params);
        params.push(size + 1);
        const { rows, counts } = await ctx.db.run(async (manager) => ({
          rows: (await manager.query(
            `select * from (
               select ${PERSON_COLUMNS}, ${keyset.cursorSelect} as "sortKey",
                 row_number() over (partition by company_id order by ${keyset.orderBy}) as rank
               from crm.people
               where ${keyset.where('tenant_id = $1 and company_id = any($2::uuid[])')}
             ) as ranked where rank <= $${params.length} order by "companyId", rank`,
            params,
          )) as RankedPerson[],
          counts: (await manager.query(
            `select company_id as "companyId", count(*)::int as count from crm.people
             where tenant_id = $1 and company_id = any($2::uuid[]) group by company_id`,
            [tenantId, companyIds],
          )) as Array<{ companyId: string; count: number }>,
        }));
        const rowsByCompany = groupByKeys(companyIds, rows, (row) => row.companyId as string);
        const countByCompany = new Map(counts.map((row) => [row.companyId, row.count]));
        companyIds.forEach((companyId, index) => {
          const connection = toConnection(
            rowsByCompany[index],
            size,
            countByCompany.get(companyId) ?? 0,
            keyset.positionOf,
            keyset.hadCursor,
          );
          for (const page of group) if (page.companyId === companyId) results.set(page, connection);
        });
      }
      return pages.map((page) => results.get(page)!);
    },
    (page) => `${page.companyId}|${page.size}|${page.after ?? ''}`,
  );
}
