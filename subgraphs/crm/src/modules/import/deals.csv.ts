import { isUuid, type SubgraphContext, tenantOf, userError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { checkCompanyDomain, type Checked } from '../company/company.validation';
import { checkDate, checkMoney, checkTitle } from '../deal/deal.validation';
import { ensureTenantSetup } from '../pipeline/pipeline.seed';
import type { CsvCellError, CsvEntity, CsvImportColumn, StoredCheckRow } from './csv-entity';

const timestamp = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const NAME_MAX_LENGTH = 100;

/** A cell kept as trimmed text (null when blank), checked later with the row or the stored data. */
function text(maxLength: number): CsvImportColumn {
  return {
    required: false,
    check: (raw, field): Checked<string | null> => {
      const value = raw.trim();
      if (value.length === 0) return { ok: true, value: null };
      if ([...value].length > maxLength)
        return {
          ok: false,
          error: userError('TOO_LONG', `"${field[0]}" can have at most ${maxLength} characters.`, field),
        };
      return { ok: true, value };
    },
  };
}

interface StageRef {
  id: string;
  pipelineId: string;
  pipelineName: string;
  name: string;
  kind: string;
}

interface PipelineRef {
  id: string;
  name: string;
  isDefault: boolean;
  /** Its stages by lower-cased name, and the first OPEN stage in board order. */
  stages: Map<string, StageRef>;
  firstOpen: StageRef | null;
}

async function tenantPipelines(ctx: SubgraphContext): Promise<Map<string, PipelineRef>> {
  await ensureTenantSetup(ctx);
  const rows: Array<{
    pipelineId: string;
    pipelineName: string;
    isDefault: boolean;
    id: string;
    name: string;
    kind: string;
  }> = await ctx.db.run((manager) =>
    manager.query(
      `select p.id as "pipelineId", p.name as "pipelineName", p.is_default as "isDefault",
              s.id, s.name, s.kind
       from crm.pipelines p join crm.pipeline_stages s on s.tenant_id = p.tenant_id and s.pipeline_id = p.id
       where p.tenant_id = $1 order by p.id, s.position`,
      [tenantOf(ctx)],
    ),
  );
  const pipelines = new Map<string, PipelineRef>();
  for (const row of rows) {
    const key = row.pipelineName.toLowerCase();
    let pipeline = pipelines.get(key);
    if (!pipeline) {
      pipeline = {
        id: row.pipelineId,
        name: row.pipelineName,
        isDefault: row.isDefault,
        stages: new Map(),
        firstOpen: null,
      };
      pipelines.set(key, pipeline);
    }
    const stage = { ...row };
    pipeline.stages.set(row.name.toLowerCase(), stage);
    if (!pipeline.firstOpen && row.kind === 'OPEN') pipeline.firstOpen = stage;
  }
  return pipelines;
}

/** Which of `values` (company ids or domains) the tenant has, as value → company id. */
async function companiesBy(
  ctx: SubgraphContext,
  column: 'id' | 'domain',
  values: string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const distinct = [...new Set(values)];
  for (let start = 0; start < distinct.length; start += 10_000) {
    const rows: Array<{ id: string; value: string }> = await ctx.db.run((manager) =>
      manager.query(
        `select id, ${column}::text as value from crm.companies
         where tenant_id = $1 and ${column} = any($2::${column === 'id' ? 'uuid' : 'text'}[])`,
        [tenantOf(ctx), distinct.slice(start, start + 10_000)],
      ),
    );
    for (const row of rows) found.set(row.value, row.id);
  }
  return found;
}

/** Resolves each row's pipeline, stage and company to ids; the errors of rows naming what the tenant lacks. */
async function resolveReferences(
  ctx: SubgraphContext,
  rows: StoredCheckRow[],
): Promise<Array<CsvCellError & { line: number }>> {
  if (rows.length === 0) return [];
  const pipelines = await tenantPipelines(ctx);
  const defaultPipeline = [...pipelines.values()].find((pipeline) => pipeline.isDefault) ?? null;
  const strings = (key: string) =>
    rows.flatMap((row) => (typeof row.values[key] === 'string' ? [row.values[key] as string] : []));
  const byId = await companiesBy(ctx, 'id', strings('companyId'));
  const byDomain = await companiesBy(ctx, 'domain', strings('companyDomain'));
  const errors: Array<CsvCellError & { line: number }> = [];
  for (const row of rows) {
    const { values, line } = row;
    const fail = (column: string, code: string, message: string) =>
      errors.push({ line, column, code, message });
    const pipelineName = values.pipeline as string | null;
    const pipeline = pipelineName ? pipelines.get(pipelineName.toLowerCase()) : defaultPipeline;
    if (!pipeline) {
      fail('pipeline', 'PIPELINE_NOT_FOUND', `There is no pipeline named "${pipelineName}".`);
    } else {
      const stageName = values.stage as string | null;
      const stage = stageName ? pipeline.stages.get(stageName.toLowerCase()) : pipeline.firstOpen;
      if (!stage) {
        fail(
          'stage',
          'STAGE_NOT_FOUND',
          stageName
            ? `The pipeline "${pipeline.name}" has no stage named "${stageName}".`
            : `The pipeline "${pipeline.name}" has no open stage.`,
        );
      } else if (stage.kind !== 'OPEN') {
        fail(
          'stage',
          'STAGE_CLOSED',
          `"${stage.name}" is a ${stage.kind.toLowerCase()} stage; deals are imported open, then marked won or lost.`,
        );
      } else {
        values.pipelineId = pipeline.id;
        values.stageId = stage.id;
      }
    }
    const companyId = values.companyId as string | null;
    const domain = values.companyDomain as string | null;
    if (companyId && !byId.has(companyId))
      fail('companyId', 'COMPANY_NOT_FOUND', `There is no company with the id "${companyId}".`);
    else if (domain && !byDomain.has(domain))
      fail('companyDomain', 'COMPANY_NOT_FOUND', `There is no company with the domain "${domain}".`);
    else if (domain) values.companyId = byDomain.get(domain);
  }
  return errors;
}

/**
 * Locks the pipelines the rows go into, in id order (two imports into the same pipelines never
 * deadlock), so positions at the end of each stage are not taken meanwhile.
 */
async function lockPipelines(manager: EntityManager, tenantId: string, rows: Record<string, unknown>[]) {
  const ids = [...new Set(rows.map((row) => row.pipelineId as string))].sort();
  await manager.query(
    `select 1 from crm.pipelines where tenant_id = $1 and id = any($2::uuid[]) order by id for no key update`,
    [tenantId, ids],
  );
}

/**
 * Deals as CSV. A row names its company by `companyId` or `companyDomain` (an existing company of
 * the tenant), its pipeline and stage by name (the default pipeline and its first open stage when
 * blank). Imported deals are open, owned by the importer, appended to their stage in file order,
 * and their history starts with that stage.
 */
export const dealsCsv: CsvEntity = {
  entity: 'deals',
  readPermission: 'crm.deal:read',
  writePermission: 'crm.deal:write',
  importColumns: {
    title: {
      required: true,
      check: (raw, field) => {
        const checked = checkTitle(raw, field);
        return checked.ok ? checked : { ok: false, error: checked.errors[0] };
      },
    },
    amount: text(40),
    currency: text(10),
    expectedCloseDate: {
      required: false,
      check: (raw, field) => {
        if (raw.trim() === '') return { ok: true, value: null };
        const checked = checkDate(raw, field);
        return checked.ok ? checked : { ok: false, error: checked.errors[0] };
      },
    },
    pipeline: text(NAME_MAX_LENGTH),
    stage: text(NAME_MAX_LENGTH),
    companyId: {
      required: false,
      check: (raw, field) => {
        const value = raw.trim().toLowerCase();
        if (value === '') return { ok: true, value: null };
        return isUuid(value)
          ? { ok: true, value }
          : {
              ok: false,
              error: userError('ID_INVALID', `"${raw.slice(0, 60)}" is not a company id.`, field),
            };
      },
    },
    companyDomain: { required: false, check: (raw, field) => checkCompanyDomain(raw, field) },
  },
  checkRow: (values) => {
    const errors: CsvCellError[] = [];
    const amount = values.amount as string | null;
    const currency = values.currency as string | null;
    let money: { amount: string; currency: string } | null = null;
    if (amount && !currency)
      errors.push({
        column: 'currency',
        code: 'CURRENCY_REQUIRED',
        message: 'An amount needs its currency, such as "EUR".',
      });
    else if (currency && !amount)
      errors.push({ column: 'amount', code: 'AMOUNT_REQUIRED', message: 'A currency needs an amount.' });
    else if (amount && currency) {
      const checked = checkMoney({ amount, currency }, []);
      if (checked.ok) money = checked.value;
      else
        errors.push(
          ...checked.errors.map((error) => ({
            column: error.field?.at(-1) ?? null,
            code: error.code,
            message: error.message,
          })),
        );
    }
    if (values.companyId && values.companyDomain)
      errors.push({
        column: 'companyDomain',
        code: 'COMPANY_TWICE',
        message: 'Name the company by companyId or by companyDomain, not both.',
      });
    if (errors.length > 0) return { ok: false, errors };
    return {
      ok: true,
      values: { ...values, amount: money?.amount ?? null, currency: money?.currency ?? null },
    };
  },
  checkStored: resolveReferences,
  insertRows: async (manager, { tenantId, ownerId }, rows) => {
    await lockPipelines(manager, tenantId, rows);
    return manager.query(
      `with input as (
         select r.*, (select count(*) from crm.deals d where d.tenant_id = $1 and d.stage_id = r."stageId")
                       + row_number() over (partition by r."stageId" order by r.ordinality) - 1 as position
         from rows from (
           jsonb_to_recordset($3::jsonb) as (title text, amount numeric, currency text, "expectedCloseDate" date,
             "pipelineId" uuid, "stageId" uuid, "companyId" uuid)
         ) with ordinality as r(title, amount, currency, "expectedCloseDate", "pipelineId", "stageId", "companyId",
           ordinality)
       ), inserted as (
         insert into crm.deals (tenant_id, owner_id, title, amount, currency, expected_close_date, pipeline_id,
           stage_id, position, company_id)
         select $1, $2, title, amount, currency, "expectedCloseDate", "pipelineId", "stageId", position, "companyId"
         from input order by ordinality
         returning id, stage_id
       ), history as (
         insert into crm.deal_stage_changes (tenant_id, deal_id, from_stage_id, to_stage_id, changed_by)
         select $1, id, null, stage_id, $2 from inserted
       )
       select id, null as "unique" from inserted`,
      [tenantId, ownerId, JSON.stringify(rows)],
    );
  },
  importedEvent: 'crm.deal.imported',
  table: 'crm.deals',
  exportSortKey: 'lower(title)',
  exportColumns: {
    id: 'id',
    title: 'title',
    amount: 'amount::text',
    currency: 'currency',
    expectedCloseDate: `to_char(expected_close_date, 'YYYY-MM-DD')`,
    pipeline: `(select p.name from crm.pipelines p where p.tenant_id = exported.tenant_id and p.id = exported.pipeline_id)`,
    stage: `(select s.name from crm.pipeline_stages s where s.tenant_id = exported.tenant_id and s.id = exported.stage_id)`,
    status: 'status',
    lostReason: `(select l.name from crm.lost_reasons l where l.tenant_id = exported.tenant_id and l.id = exported.lost_reason_id)`,
    companyId: 'company_id',
    companyDomain: `(select c.domain from crm.companies c where c.tenant_id = exported.tenant_id and c.id = exported.company_id)`,
    ownerId: 'owner_id',
    closedAt: timestamp('closed_at'),
    createdAt: timestamp('created_at'),
    updatedAt: timestamp('updated_at'),
  },
};
