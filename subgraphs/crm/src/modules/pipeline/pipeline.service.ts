import {
  alignToKeys,
  groupByKeys,
  notFound,
  parseId,
  type SubgraphContext,
  tenantOf,
  type UserError,
  userError,
} from '@nexora/kit';
import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { ensureTenantSetup } from './pipeline.seed';
import {
  LOST_REASON_COLUMNS,
  type LostReasonRow,
  PIPELINE_COLUMNS,
  type PipelineRow,
  STAGE_COLUMNS,
  STAGE_KINDS,
  type StageKind,
  type StageRow,
} from './pipeline.types';

export const PIPELINE_NAME_MAX_LENGTH = 100;
export const STAGE_NAME_MAX_LENGTH = 100;
export const MAX_STAGES = 30;
/** A tenant's pipelines are few (a list, not a connection): at most this many. */
export const MAX_PIPELINES = 50;

export interface PipelinePayload {
  pipeline: PipelineRow | null;
  userErrors: UserError[];
}

export interface StageInput {
  name: string;
  winProbability: number;
  kind?: StageKind | null;
}

// ---------------------------------------------------------------------------------------------
// Loaders: one statement per batch, whatever the number of keys.

export function pipelineByIdLoader(ctx: SubgraphContext): DataLoader<string, PipelineRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, PipelineRow | null>('pipelineById', async (ids) => {
    await ensureTenantSetup(ctx);
    const rows: PipelineRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${PIPELINE_COLUMNS} from crm.pipelines where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, [...ids]],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

export function stageByIdLoader(ctx: SubgraphContext): DataLoader<string, StageRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, StageRow | null>('stageById', async (ids) => {
    await ensureTenantSetup(ctx);
    const rows: StageRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${STAGE_COLUMNS} from crm.pipeline_stages where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, [...ids]],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/** The stages of each pipeline, in board order. */
export function stagesByPipelineLoader(ctx: SubgraphContext): DataLoader<string, StageRow[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, StageRow[]>('stagesByPipeline', async (ids) => {
    await ensureTenantSetup(ctx);
    const rows: StageRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${STAGE_COLUMNS} from crm.pipeline_stages where tenant_id = $1 and pipeline_id = any($2::uuid[])
         order by pipeline_id, position`,
        [tenantId, [...ids]],
      ),
    );
    return groupByKeys(ids, rows, (row) => row.pipelineId);
  });
}

export function lostReasonByIdLoader(ctx: SubgraphContext): DataLoader<string, LostReasonRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, LostReasonRow | null>('lostReasonById', async (ids) => {
    await ensureTenantSetup(ctx);
    const rows: LostReasonRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${LOST_REASON_COLUMNS} from crm.lost_reasons where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, [...ids]],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

// ---------------------------------------------------------------------------------------------
// Queries

export async function listPipelines(ctx: SubgraphContext): Promise<PipelineRow[]> {
  const tenantId = tenantOf(ctx);
  await ensureTenantSetup(ctx);
  return ctx.db.run((manager) =>
    manager.query(
      `select ${PIPELINE_COLUMNS} from crm.pipelines where tenant_id = $1
       order by is_default desc, lower(name), id limit ${MAX_PIPELINES}`,
      [tenantId],
    ),
  );
}

export async function findPipeline(ctx: SubgraphContext, id: string): Promise<PipelineRow | null> {
  return pipelineByIdLoader(ctx).load(parseId(id, 'id'));
}

export async function listLostReasons(ctx: SubgraphContext): Promise<LostReasonRow[]> {
  const tenantId = tenantOf(ctx);
  await ensureTenantSetup(ctx);
  return ctx.db.run((manager) =>
    manager.query(
      `select ${LOST_REASON_COLUMNS} from crm.lost_reasons where tenant_id = $1 order by position, lower(name)`,
      [tenantId],
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Validation

function checkName(raw: string, max: number, field: string[], what: string): string | UserError {
  const name = raw.trim();
  if (name.length === 0) return userError('NAME_REQUIRED', `Enter ${what}.`, field);
  if ([...name].length > max)
    return userError('NAME_TOO_LONG', `A name can have at most ${max} characters.`, field);
  return name;
}

function checkProbability(value: number, field: string[]): UserError | null {
  return Number.isInteger(value) && value >= 0 && value <= 100
    ? null
    : userError('WIN_PROBABILITY_INVALID', 'The win probability is a whole number from 0 to 100.', field);
}

interface CheckedStage {
  name: string;
  winProbability: number;
  kind: StageKind;
}

/** A complete list of stages: 2..30, unique names, at least one OPEN stage, exactly one WON and one LOST. */
function checkStages(stages: readonly StageInput[], field: string[]): CheckedStage[] | UserError[] {
  const errors: UserError[] = [];
  if (stages.length > MAX_STAGES) {
    return [userError('TOO_MANY_STAGES', `A pipeline can have at most ${MAX_STAGES} stages.`, field)];
  }
  const checked: CheckedStage[] = [];
  const names = new Set<string>();
  stages.forEach((stage, index) => {
    const at = [...field, String(index)];
    const name = checkName(stage.name, STAGE_NAME_MAX_LENGTH, [...at, 'name'], 'a stage name');
    if (typeof name !== 'string') errors.push(name);
    else if (names.has(name.toLowerCase()))
      errors.push(userError('STAGE_NAME_TAKEN', `Two stages are named "${name}".`, [...at, 'name']));
    else names.add(name.toLowerCase());
    const probability = checkProbability(stage.winProbability, [...at, 'winProbability']);
    if (probability) errors.push(probability);
    const kind = stage.kind ?? 'OPEN';
    if (!STAGE_KINDS.includes(kind))
      errors.push(userError('STAGE_KIND_INVALID', 'Unknown stage kind.', [...at, 'kind']));
    if (typeof name === 'string') checked.push({ name, winProbability: stage.winProbability, kind });
  });
  const count = (kind: StageKind) => stages.filter((stage) => (stage.kind ?? 'OPEN') === kind).length;
  if (count('OPEN') < 1)
    errors.push(userError('OPEN_STAGE_REQUIRED', 'A pipeline needs at least one open stage.', field));
  if (count('WON') !== 1)
    errors.push(userError('WON_STAGE_REQUIRED', 'A pipeline needs exactly one WON stage.', field));
  if (count('LOST') !== 1)
    errors.push(userError('LOST_STAGE_REQUIRED', 'A pipeline needs exactly one LOST stage.', field));
  return errors.length > 0 ? errors : checked;
}

function pipelineNameTaken(name: string): UserError {
  return userError('PIPELINE_NAME_TAKEN', `Another pipeline is already named "${name}".`, ['input', 'name']);
}

// ---------------------------------------------------------------------------------------------
// Mutations

export async function createPipeline(
  ctx: SubgraphContext,
  input: { name: string; stages: readonly StageInput[] },
): Promise<PipelinePayload> {
  const tenantId = tenantOf(ctx);
  const name = checkName(input.name, PIPELINE_NAME_MAX_LENGTH, ['input', 'name'], 'a pipeline name');
  const stages = checkStages(input.stages, ['input', 'stages']);
  const userErrors = [...(typeof name === 'string' ? [] : [name]), ...(isErrors(stages) ? stages : [])];
  if (typeof name !== 'string' || isErrors(stages)) return { pipeline: null, userErrors };
  await ensureTenantSetup(ctx);
  return ctx.db.run(async (manager) => {
    const rows: PipelineRow[] = await manager.query(
      `insert into crm.pipelines (tenant_id, name) values ($1, $2)
       on conflict (tenant_id, lower(name)) do nothing returning ${PIPELINE_COLUMNS}`,
      [tenantId, name],
    );
    if (rows.length === 0) return { pipeline: null, userErrors: [pipelineNameTaken(name)] };
    await manager.query(
      `insert into crm.pipeline_stages (tenant_id, pipeline_id, name, position, win_probability, kind)
       select $1, $2, stage.name, stage.position - 1, stage.win_probability, stage.kind
       from unnest($3::text[], $4::int[], $5::text[]) with ordinality as stage(name, win_probability, kind, position)`,
      [
        tenantId,
        rows[0].id,
        stages.map((stage) => stage.name),
        stages.map((stage) => stage.winProbability),
        stages.map((stage) => stage.kind),
      ],
    );
    return { pipeline: rows[0], userErrors: [] };
  });
}

function isErrors(value: CheckedStage[] | UserError[]): value is UserError[] {
  return value.length > 0 && 'code' in value[0];
}

export interface UpdatePipelineInput {
  id: string;
  name?: string | null;
  stages?: ReadonlyArray<{ id: string; name?: string | null; winProbability?: number | null }> | null;
  addStages?: ReadonlyArray<{ name: string; winProbability: number }> | null;
}

/**
 * Renames a pipeline, edits existing stages (name, win probability) and appends new OPEN stages.
 * A stage's kind never changes, so every pipeline keeps its one WON and one LOST stage.
 */
export async function updatePipeline(
  ctx: SubgraphContext,
  input: UpdatePipelineInput,
): Promise<PipelinePayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const edits = (input.stages ?? []).map((stage, index) => ({
    id: parseId(stage.id, `input.stages.${index}.id`),
    name: stage.name,
    winProbability: stage.winProbability,
    index,
  }));
  const userErrors: UserError[] = [];
  const name =
    input.name == null
      ? null
      : checkName(input.name, PIPELINE_NAME_MAX_LENGTH, ['input', 'name'], 'a pipeline name');
  if (name !== null && typeof name !== 'string') userErrors.push(name);
  const editedNames = new Map<number, string>();
  for (const edit of edits) {
    const at = ['input', 'stages', String(edit.index)];
    if (edit.name != null) {
      const checked = checkName(edit.name, STAGE_NAME_MAX_LENGTH, [...at, 'name'], 'a stage name');
      if (typeof checked === 'string') editedNames.set(edit.index, checked);
      else userErrors.push(checked);
    }
    if (edit.winProbability != null) {
      const error = checkProbability(edit.winProbability, [...at, 'winProbability']);
      if (error) userErrors.push(error);
    }
  }
  if (new Set(edits.map((edit) => edit.id)).size !== edits.length)
    userErrors.push(userError('STAGE_REPEATED', 'A stage is listed twice.', ['input', 'stages']));
  const additions = (input.addStages ?? []).map((stage, index) => {
    const at = ['input', 'addStages', String(index)];
    const checked = checkName(stage.name, STAGE_NAME_MAX_LENGTH, [...at, 'name'], 'a stage name');
    if (typeof checked !== 'string') userErrors.push(checked);
    const error = checkProbability(stage.winProbability, [...at, 'winProbability']);
    if (error) userErrors.push(error);
    return { name: typeof checked === 'string' ? checked : '', winProbability: stage.winProbability };
  });
  if (userErrors.length > 0) return { pipeline: null, userErrors };
  await ensureTenantSetup(ctx);

  return ctx.db.run(async (manager) => {
    const pipeline = await lockPipeline(manager, tenantId, id);
    if (!pipeline) throw notFound('Pipeline', id);
    const current: StageRow[] = await manager.query(
      `select ${STAGE_COLUMNS} from crm.pipeline_stages where tenant_id = $1 and pipeline_id = $2 order by position`,
      [tenantId, id],
    );
    const byId = new Map(current.map((stage) => [stage.id, stage]));
    const errors: UserError[] = [];
    for (const edit of edits) {
      if (!byId.has(edit.id))
        errors.push(
          userError('STAGE_NOT_FOUND', 'This stage is not a stage of the pipeline.', [
            'input',
            'stages',
            String(edit.index),
            'id',
          ]),
        );
    }
    if (current.length + additions.length > MAX_STAGES)
      errors.push(
        userError('TOO_MANY_STAGES', `A pipeline can have at most ${MAX_STAGES} stages.`, [
          'input',
          'addStages',
        ]),
      );
    // The names the pipeline would end up with must stay unique.
    const finalNames = current.map((stage) => {
      const edit = edits.find((candidate) => candidate.id === stage.id);
      return (edit ? editedNames.get(edit.index) : undefined) ?? stage.name;
    });
    const all = [...finalNames, ...additions.map((stage) => stage.name)].map((stageName) =>
      stageName.toLowerCase(),
    );
    if (new Set(all).size !== all.length)
      errors.push(
        userError('STAGE_NAME_TAKEN', 'Two stages of the pipeline would have the same name.', ['input']),
      );
    if (errors.length > 0) return { pipeline: null, userErrors: errors };

    if (typeof name === 'string' && name !== pipeline.name) {
      const renamed: PipelineRow[] = await manager
        .query(
          `update crm.pipelines p set name = $3, updated_at = now() where tenant_id = $1 and id = $2
         and not exists (select 1 from crm.pipelines o where o.tenant_id = $1 and lower(o.name) = lower($3) and o.id <> $2)
         returning ${PIPELINE_COLUMNS}`,
          [tenantId, id, name],
        )
        .then((result: [PipelineRow[], number]) => result[0]);
      if (renamed.length === 0) return { pipeline: null, userErrors: [pipelineNameTaken(name)] };
    }
    if (edits.length > 0) {
      // Renamed stages first take a unique placeholder (their id), so swapping two names never trips
      // the unique name index, which is checked row by row.
      await manager.query(
        `update crm.pipeline_stages set name = id::text where tenant_id = $1 and pipeline_id = $2 and id = any($3::uuid[])`,
        [tenantId, id, edits.filter((edit) => editedNames.has(edit.index)).map((edit) => edit.id)],
      );
      await manager.query(
        `update crm.pipeline_stages s set
           name = coalesce(e.name, s.name), win_probability = coalesce(e.win_probability, s.win_probability),
           updated_at = now()
         from unnest($3::uuid[], $4::text[], $5::int[]) as e(id, name, win_probability)
         where s.tenant_id = $1 and s.pipeline_id = $2 and s.id = e.id`,
        [
          tenantId,
          id,
          edits.map((edit) => edit.id),
          edits.map((edit) => editedNames.get(edit.index) ?? null),
          edits.map((edit) => edit.winProbability ?? null),
        ],
      );
    }
    if (additions.length > 0) {
      await manager.query(
        `insert into crm.pipeline_stages (tenant_id, pipeline_id, name, position, win_probability, kind)
         select $1, $2, stage.name, $3 + stage.position - 1, stage.win_probability, 'OPEN'
         from unnest($4::text[], $5::int[]) with ordinality as stage(name, win_probability, position)`,
        [
          tenantId,
          id,
          current.length,
          additions.map((stage) => stage.name),
          additions.map((stage) => stage.winProbability),
        ],
      );
    }
    const rows: PipelineRow[] = await manager
      .query(
        `update crm.pipelines set updated_at = now() where tenant_id = $1 and id = $2 returning ${PIPELINE_COLUMNS}`,
        [tenantId, id],
      )
      .then((result: [PipelineRow[], number]) => result[0]);
    return { pipeline: rows[0], userErrors: [] };
  });
}

/** Puts a pipeline's stages in the given order: `stageIds` lists every stage of it, once. */
export async function reorderStages(
  ctx: SubgraphContext,
  input: { pipelineId: string; stageIds: readonly string[] },
): Promise<PipelinePayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.pipelineId, 'input.pipelineId');
  const stageIds = input.stageIds.map((stageId, index) => parseId(stageId, `input.stageIds.${index}`));
  await ensureTenantSetup(ctx);
  return ctx.db.run(async (manager) => {
    const pipeline = await lockPipeline(manager, tenantId, id);
    if (!pipeline) throw notFound('Pipeline', id);
    const current: Array<{ id: string }> = await manager.query(
      `select id from crm.pipeline_stages where tenant_id = $1 and pipeline_id = $2`,
      [tenantId, id],
    );
    const known = new Set(current.map((stage) => stage.id));
    const sameSet =
      stageIds.length === known.size &&
      new Set(stageIds).size === stageIds.length &&
      stageIds.every((s) => known.has(s));
    if (!sameSet) {
      return {
        pipeline: null,
        userErrors: [
          userError(
            'STAGES_MISMATCH',
            'List every stage of the pipeline exactly once, and no stage of another pipeline.',
            ['input', 'stageIds'],
          ),
        ],
      };
    }
    // The position key is checked at commit, so the stages can trade places in one statement.
    await manager.query(
      `update crm.pipeline_stages s set position = o.position - 1, updated_at = now()
       from unnest($3::uuid[]) with ordinality as o(id, position)
       where s.tenant_id = $1 and s.pipeline_id = $2 and s.id = o.id`,
      [tenantId, id, stageIds],
    );
    const rows: PipelineRow[] = await manager
      .query(
        `update crm.pipelines set updated_at = now() where tenant_id = $1 and id = $2 returning ${PIPELINE_COLUMNS}`,
        [tenantId, id],
      )
      .then((result: [PipelineRow[], number]) => result[0]);
    return { pipeline: rows[0], userErrors: [] };
  });
}

/**
 * Locks a pipeline row for the rest of the transaction. Every change of a pipeline's stages or of
 * the positions of its deals takes this lock first, so concurrent moves on one board queue up
 * instead of computing positions from the same stale picture (and never deadlock: one lock).
 */
export async function lockPipeline(
  manager: EntityManager,
  tenantId: string,
  pipelineId: string,
): Promise<PipelineRow | null> {
  const rows: PipelineRow[] = await manager.query(
    `select ${PIPELINE_COLUMNS} from crm.pipelines where tenant_id = $1 and id = $2 for no key update`,
    [tenantId, pipelineId],
  );
  return rows[0] ?? null;
}
