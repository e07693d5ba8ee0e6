import { badUserInput, type SubgraphContext, tenantOf } from '@nexora/kit';
import type { CompanyEntity } from '../company/company.entity';
import { companyByIdLoader } from '../company/company.loaders';
import type { PersonEntity } from '../person/person.entity';
import { personByIdLoader } from '../person/person.loaders';

export type DuplicateEntity = 'COMPANY' | 'PERSON';
export type DuplicateReason = 'SIMILAR_NAME' | 'SAME_DOMAIN' | 'SAME_EMAIL_DOMAIN_AND_NAME';

/** How alike two names must be (pg_trgm similarity, 0–1) to be proposed as one record. */
export const NAME_SIMILARITY_THRESHOLD = 0.6;
const DEFAULT_CANDIDATES = 20;
const MAX_CANDIDATES = 100;

export interface DuplicateCandidateModel {
  entity: DuplicateEntity;
  ids: [string, string];
  score: number;
  reason: DuplicateReason;
}

/**
 * Pairs of the tenant's companies or people that are probably the same, best first. The trigram
 * index answers `%` (similarity above the threshold, set for this transaction only), so a tenant
 * with many records is never compared pair by pair.
 */
export async function duplicateCandidates(
  ctx: SubgraphContext,
  entity: DuplicateEntity,
  first: number | null | undefined,
): Promise<DuplicateCandidateModel[]> {
  const tenantId = tenantOf(ctx);
  const limit = first ?? DEFAULT_CANDIDATES;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CANDIDATES) {
    throw badUserInput(`"first" must be between 1 and ${MAX_CANDIDATES}.`, 'first');
  }
  return ctx.db.run(async (manager) => {
    await manager.query(`select set_config('pg_trgm.similarity_threshold', $1, true)`, [
      String(NAME_SIMILARITY_THRESHOLD),
    ]);
    const rows: Array<{ a: string; b: string; score: number; reason: DuplicateReason }> =
      entity === 'COMPANY'
        ? await manager.query(
            `select a, b, max(score)::float8 as score, (array_agg(reason order by score desc))[1] as reason from (
               select x.id as a, y.id as b, public.similarity(lower(x.name), lower(y.name)) as score, 'SIMILAR_NAME' as reason
               from crm.companies x join crm.companies y
                 on y.tenant_id = x.tenant_id and y.id > x.id and lower(y.name) operator(public.%) lower(x.name)
               where x.tenant_id = $1
               union all
               select x.id, y.id, 1.0, 'SAME_DOMAIN'
               from crm.companies x join crm.companies y
                 on y.tenant_id = x.tenant_id and y.id > x.id
                and y.domain is not null
                and regexp_replace(y.domain, '^www\\.', '') = regexp_replace(x.domain, '^www\\.', '')
               where x.tenant_id = $1 and x.domain is not null
             ) pairs group by a, b order by score desc, a, b limit $2`,
            [tenantId, limit],
          )
        : await manager.query(
            `select x.id as a, y.id as b,
                    public.similarity(lower(x.name), lower(y.name))::float8 as score,
                    case when split_part(x.emails[1], '@', 2) <> '' and split_part(x.emails[1], '@', 2) = split_part(y.emails[1], '@', 2)
                         then 'SAME_EMAIL_DOMAIN_AND_NAME' else 'SIMILAR_NAME' end as reason
             from crm.people x join crm.people y
               on y.tenant_id = x.tenant_id and y.id > x.id and lower(y.name) operator(public.%) lower(x.name)
             where x.tenant_id = $1
             order by score desc, a, b limit $2`,
            [tenantId, limit],
          );
    return rows.map((row) => ({
      entity,
      ids: [row.a, row.b],
      score: Math.round(row.score * 100) / 100,
      reason: row.reason,
    }));
  });
}

/** The records of a candidate, through the request's loaders (one query for every candidate). */
export async function candidateCompanies(
  ctx: SubgraphContext,
  candidate: DuplicateCandidateModel,
): Promise<Array<CompanyEntity | null | Error>> {
  return candidate.entity === 'COMPANY' ? companyByIdLoader(ctx).loadMany(candidate.ids) : [];
}

export async function candidatePeople(
  ctx: SubgraphContext,
  candidate: DuplicateCandidateModel,
): Promise<Array<PersonEntity | null | Error>> {
  return candidate.entity === 'PERSON' ? personByIdLoader(ctx).loadMany(candidate.ids) : [];
}
