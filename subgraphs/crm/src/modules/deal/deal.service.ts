import {
  alignToKeys,
  type Connection,
  emitEvent,
  groupByKeys,
  notFound,
  pageSize,
  parseId,
  type SubgraphContext,
  tenantOf,
  toConnection,
  type UserError,
  userError,
  searchPattern,
  lowerTextSort,
  numberSort,
  planKeyset,
  type SortColumn,
  type SortDirection,
  timestampSort,
} from '@nexora/kit';
import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { companyByIdLoader } from '../company/company.loaders';
import { ensureTenantSetup } from '../pipeline/pipeline.seed';
import {
  lockPipeline,
  lostReasonByIdLoader,
  pipelineByIdLoader,
  stageByIdLoader,
  stagesByPipelineLoader,
} from '../pipeline/pipeline.service';
import { STAGE_COLUMNS, type StageRow } from '../pipeline/pipeline.types';
import { DEAL_COLUMNS, type DealRow, type DealStatus, type StageChangeRow } from './deal.types';
import { checkDate, checkMoney, checkTitle } from './deal.validation';

/** How many of a deal's stage changes `Deal.history` returns, newest first. */
export const HISTORY_LIMIT = 100;

export interface DealPayload {
  deal: DealRow | null;
  userErrors: UserError[];
}

export type DealOrderField =
  'CREATED_AT' | 'UPDATED_AT' | 'TITLE' | 'AMOUNT' | 'EXPECTED_CLOSE_DATE' | 'POSITION';

/** Each ordering has its index (tenant_id, expression, id); see the deal-orderings migration. */
const DEAL_SORT: Record<DealOrderField, SortColumn> = {
  CREATED_AT: timestampSort('created_at'),
  UPDATED_AT: timestampSort('updated_at'),
  TITLE: lowerTextSort('title'),
  AMOUNT: numberSort('amount', 'numeric'),
  // Deals without a date sort after every dated one ascending, before them descending.
  EXPECTED_CLOSE_DATE: {
    expression: `coalesce(expected_close_date, 'infinity'::date)`,
    cursorText: `coalesce(expected_close_date, 'infinity'::date)::text`,
    cast: 'date',
  },
  POSITION: { expression: 'position', cursorText: 'position::text', cast: 'integer' },
};

export interface DealFilter {
  pipelineId?: string | null;
  stageId?: string | null;
  status?: DealStatus | null;
  ownerId?: string | null;
  companyId?: string | null;
}

export interface DealListArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  filter?: DealFilter | null;
  orderBy?: { field: DealOrderField; direction?: SortDirection | null } | null;
}

// ---------------------------------------------------------------------------------------------
// Loaders

export function dealByIdLoader(ctx: SubgraphContext): DataLoader<string, DealRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, DealRow | null>('dealById', async (ids) => {
    await ensureTenantSetup(ctx);
    const rows: DealRow[] = await ctx.db.run((manager) =>
      manager.query(`select ${DEAL_COLUMNS} from crm.deals where tenant_id = $1 and id = any($2::uuid[])`, [
        tenantId,
        [...ids],
      ]),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/** The latest stage changes of each deal, newest first: one statement per batch. */
export function historyByDealLoader(ctx: SubgraphContext): DataLoader<string, StageChangeRow[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, StageChangeRow[]>('dealHistory', async (ids) => {
    const rows: StageChangeRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select id, "dealId", "fromStageId", "toStageId", "changedBy", "changedAt" from (
           select id, deal_id as "dealId", from_stage_id as "fromStageId", to_stage_id as "toStageId",
             changed_by as "changedBy", changed_at as "changedAt",
             row_number() over (partition by deal_id order by changed_at desc, id desc) as rank
           from crm.deal_stage_changes where tenant_id = $1 and deal_id = any($2::uuid[])
         ) ranked where rank <= $3 order by "dealId", "changedAt" desc, id desc`,
        [tenantId, [...ids], HISTORY_LIMIT],
      ),
    );
    return groupByKeys(ids, rows, (row) => row.dealId);
  });
}

/**
 * One page of deals per parent (a company's deals, a user's owned deals), newest first, for many
 * parents in two statements (page and counts) whatever their number.
 */
export function dealsOfParentLoader(
  ctx: SubgraphContext,
  column: 'company_id' | 'owner_id',
  args: { first?: number | null; after?: string | null },
): DataLoader<string, Connection<DealRow>, string> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const name = `dealsOf:${column}:${size}:${args.after ?? ''}`;
  return ctx.loaders.get<string, Connection<DealRow>>(name, async (ids) => {
    await ensureTenantSetup(ctx);
    const params: unknown[] = [tenantId, [...ids], size + 1];
    const keyset = planKeyset(DEAL_SORT, { field: 'CREATED_AT', direction: 'DESC' }, args.after, params);
    return ctx.db.run(async (manager) => {
      const rows: Array<DealRow & { sortKey: string; parentId: string }> = await manager.query(
        `select * from (
           select ${DEAL_COLUMNS}, ${keyset.cursorSelect} as "sortKey", ${column} as "parentId",
             row_number() over (partition by ${column} order by ${keyset.orderBy}) as rank
           from crm.deals where ${keyset.where(`tenant_id = $1 and ${column} = any($2::uuid[])`)}
         ) ranked where rank <= $3 order by "parentId", "createdAt" desc, id desc`,
        params,
      );
      const counts: Array<{ parentId: string; count: number }> = await manager.query(
        `select ${column} as "parentId", count(*)::int as count from crm.deals
         where tenant_id = $1 and ${column} = any($2::uuid[]) group by ${column}`,
        [tenantId, [...ids]],
      );
      const countOf = new Map(counts.map((row) => [row.parentId, row.count]));
      return groupByKeys(ids, rows, (row) => row.parentId).map((group, index) =>
        toConnection(group, size, countOf.get(ids[index]) ?? 0, keyset.positionOf, keyset.hadCursor),
      );
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Queries

export async function findDeal(ctx: SubgraphContext, id: string): Promise<DealRow | null> {
  return dealByIdLoader(ctx).load(parseId(id, 'id'));
}

export async function listDeals(ctx: SubgraphContext, args: DealListArgs): Promise<Connection<DealRow>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const pattern = searchPattern(args.search);
  const params: unknown[] = [tenantId];
  let filter = 'tenant_id = $1';
  if (pattern) {
    params.push(pattern);
    filter += ` and title ilike $${params.length} escape '\\'`;
  }
  const filters = args.filter ?? {};
  const idFilters: Array<[keyof DealFilter, string]> = [
    ['pipelineId', 'pipeline_id'],
    ['stageId', 'stage_id'],
    ['ownerId', 'owner_id'],
    ['companyId', 'company_id'],
  ];
  for (const [key, column] of idFilters) {
    const value = filters[key];
    if (value) {
      params.push(parseId(value, `filter.${key}`));
      filter += ` and ${column} = $${params.length}`;
    }
  }
  if (filters.status) {
    params.push(filters.status);
    filter += ` and status = $${params.length}`;
  }
  const countParams = [...params];
  const keyset = planKeyset(
    DEAL_SORT,
    args.orderBy ?? { field: 'CREATED_AT', direction: 'DESC' },
    args.after,
    params,
  );
  const pageFilter = keyset.where(filter);
  params.push(size + 1);
  await ensureTenantSetup(ctx);
  return ctx.db.run(async (manager) => {
    const rows: Array<DealRow & { sortKey: string }> = await manager.query(
      `select ${DEAL_COLUMNS}, ${keyset.cursorSelect} as "sortKey" from crm.deals where ${pageFilter}
       order by ${keyset.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from crm.deals where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, keyset.positionOf, keyset.hadCursor);
  });
}

// ---------------------------------------------------------------------------------------------
// Mutations

export interface MoneyInput {
  amount: string;
  currency: string;
}

export interface CreateDealInput {
  title: string;
  amount?: MoneyInput | null;
  expectedCloseDate?: string | null;
  pipelineId?: string | null;
  stageId?: string | null;
  ownerId?: string | null;
  companyId?: string | null;
}

function stageNotFound(field: string[]): UserError {
  return userError('STAGE_NOT_FOUND', 'There is no such stage.', field);
}

/** A stage's or pipeline's open stage where new deals land: the first OPEN stage in board order. */
function firstOpenStage(stages: StageRow[]): StageRow | undefined {
  return stages.find((stage) => stage.kind === 'OPEN');
}

export async function createDeal(ctx: SubgraphContext, input: CreateDealInput): Promise<DealPayload> {
  const tenantId = tenantOf(ctx);
  const pipelineId = input.pipelineId ? parseId(input.pipelineId, 'input.pipelineId') : null;
  const stageId = input.stageId ? parseId(input.stageId, 'input.stageId') : null;
  const ownerId = input.ownerId ? parseId(input.ownerId, 'input.ownerId') : ctx.caller.userId;
  const companyId = input.companyId ? parseId(input.companyId, 'input.companyId') : null;
  const userErrors: UserError[] = [];
  const title = checkTitle(input.title, ['input', 'title']);
  if (!title.ok) userErrors.push(...title.errors);
  const amount = input.amount ? checkMoney(input.amount, ['input', 'amount']) : null;
  if (amount && !amount.ok) userErrors.push(...amount.errors);
  const date = input.expectedCloseDate
    ? checkDate(input.expectedCloseDate, ['input', 'expectedCloseDate'])
    : null;
  if (date && !date.ok) userErrors.push(...date.errors);

  await ensureTenantSetup(ctx);
  const stage = await resolveNewDealStage(ctx, pipelineId, stageId, userErrors);
  if (companyId && !(await companyByIdLoader(ctx).load(companyId)))
    userErrors.push(userError('COMPANY_NOT_FOUND', 'There is no such company.', ['input', 'companyId']));
  if (userErrors.length > 0 || !stage || !title.ok) return { deal: null, userErrors };

  return ctx.db.run(async (manager) => {
    await lockPipeline(manager, tenantId, stage.pipelineId);
    const [{ next }]: Array<{ next: number }> = await manager.query(
      `select count(*)::int as next from crm.deals where tenant_id = $1 and stage_id = $2`,
      [tenantId, stage.id],
    );
    const money = amount?.ok ? amount.value : null;
    const rows: DealRow[] = await manager.query(
      `insert into crm.deals (tenant_id, title, amount, currency, expected_close_date, pipeline_id, stage_id,
         position, owner_id, company_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${DEAL_COLUMNS}`,
      [
        tenantId,
        title.value,
        money?.amount ?? null,
        money?.currency ?? null,
        date?.ok ? date.value : null,
        stage.pipelineId,
        stage.id,
        next,
        ownerId,
        companyId,
      ],
    );
    const deal = rows[0];
    await recordStageChange(ctx, manager, deal.id, null, stage.id);
    await emitEvent(ctx, 'crm.deal.created', dealState(deal, stage.winProbability));
    return { deal, userErrors: [] };
  });
}

async function resolveNewDealStage(
  ctx: SubgraphContext,
  pipelineId: string | null,
  stageId: string | null,
  userErrors: UserError[],
): Promise<StageRow | null> {
  if (stageId) {
    const stage = await stageByIdLoader(ctx).load(stageId);
    if (!stage) {
      userErrors.push(stageNotFound(['input', 'stageId']));
      return null;
    }
    if (pipelineId && stage.pipelineId !== pipelineId) {
      const pipeline = await pipelineByIdLoader(ctx).load(pipelineId);
      userErrors.push(
        pipeline
          ? userError('STAGE_NOT_IN_PIPELINE', 'This stage belongs to another pipeline.', [
              'input',
              'stageId',
            ])
          : userError('PIPELINE_NOT_FOUND', 'There is no such pipeline.', ['input', 'pipelineId']),
      );
      return null;
    }
    if (stage.kind !== 'OPEN') {
      userErrors.push(
        userError('STAGE_CLOSED', 'New deals start in an open stage; mark them won or lost afterwards.', [
          'input',
          'stageId',
        ]),
      );
      return null;
    }
    return stage;
  }
  let pipeline;
  if (pipelineId) pipeline = await pipelineByIdLoader(ctx).load(pipelineId);
  else {
    const rows: Array<{ id: string }> = await ctx.db.run((manager) =>
      manager.query(`select id from crm.pipelines where tenant_id = $1 and is_default`, [tenantOf(ctx)]),
    );
    pipeline = rows[0] ?? null;
  }
  if (!pipeline) {
    userErrors.push(userError('PIPELINE_NOT_FOUND', 'There is no such pipeline.', ['input', 'pipelineId']));
    return null;
  }
  const stage = firstOpenStage(await stagesByPipelineLoader(ctx).load(pipeline.id));
  if (!stage)
    userErrors.push(userError('STAGE_NOT_FOUND', 'The pipeline has no open stage.', ['input', 'pipelineId']));
  return stage ?? null;
}

export interface UpdateDealInput {
  id: string;
  title?: string | null;
  amount?: MoneyInput | null;
  expectedCloseDate?: string | null;
  ownerId?: string | null;
  companyId?: string | null;
}

/** Omitted fields stay; `amount`, `expectedCloseDate`, `companyId` and `ownerId` set to null are cleared. */
export async function updateDeal(ctx: SubgraphContext, input: UpdateDealInput): Promise<DealPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const ownerId = input.ownerId ? parseId(input.ownerId, 'input.ownerId') : input.ownerId;
  const companyId = input.companyId ? parseId(input.companyId, 'input.companyId') : input.companyId;
  const userErrors: UserError[] = [];
  const title = input.title == null ? null : checkTitle(input.title, ['input', 'title']);
  if (title && !title.ok) userErrors.push(...title.errors);
  const amount = input.amount ? checkMoney(input.amount, ['input', 'amount']) : null;
  if (amount && !amount.ok) userErrors.push(...amount.errors);
  const date = input.expectedCloseDate
    ? checkDate(input.expectedCloseDate, ['input', 'expectedCloseDate'])
    : null;
  if (date && !date.ok) userErrors.push(...date.errors);
  await ensureTenantSetup(ctx);
  const existing = await dealByIdLoader(ctx).load(id);
  if (!existing) throw notFound('Deal', id);
  if (companyId && !(await companyByIdLoader(ctx).load(companyId)))
    userErrors.push(userError('COMPANY_NOT_FOUND', 'There is no such company.', ['input', 'companyId']));
  if (userErrors.length > 0) return { deal: null, userErrors };

  const money = amount?.ok ? amount.value : null;
  const rows: DealRow[] = await ctx.db.run((manager) =>
    manager
      .query(
        `update crm.deals set
           title = coalesce($3, title),
           amount = case when $4 then $5::numeric else amount end,
           currency = case when $4 then $6 else currency end,
           expected_close_date = case when $7 then $8::date else expected_close_date end,
           owner_id = case when $9 then $10::uuid else owner_id end,
           company_id = case when $11 then $12::uuid else company_id end,
           updated_at = now()
         where tenant_id = $1 and id = $2 returning ${DEAL_COLUMNS}`,
        [
          tenantId,
          id,
          title?.ok ? title.value : null,
          input.amount !== undefined,
          money?.amount ?? null,
          money?.currency ?? null,
          input.expectedCloseDate !== undefined,
          date?.ok ? date.value : null,
          input.ownerId !== undefined,
          ownerId ?? null,
          input.companyId !== undefined,
          companyId ?? null,
        ],
      )
      .then((result: [DealRow[], number]) => result[0]),
  );
  if (rows.length === 0) throw notFound('Deal', id);
  dealByIdLoader(ctx).clear(id).prime(id, rows[0]);
  const stage = await stageByIdLoader(ctx).load(rows[0].stageId);
  await emitEvent(ctx, 'crm.deal.updated', dealState(rows[0], stage?.winProbability ?? 0));
  return { deal: rows[0], userErrors: [] };
}

export interface MoveDealInput {
  dealId: string;
  stageId: string;
  position?: number | null;
  beforeDealId?: string | null;
}

/**
 * Moves a deal to a stage of its own pipeline, at `position` (0-based, clamped to the stage's end),
 * before `beforeDealId`, or at the end. Moving into the WON stage wins the deal; moving a closed deal
 * into an open stage reopens it; the LOST stage needs a reason (`markDealLost`).
 */
export async function moveDeal(ctx: SubgraphContext, input: MoveDealInput): Promise<DealPayload> {
  const tenantId = tenantOf(ctx);
  const dealId = parseId(input.dealId, 'input.dealId');
  const stageId = parseId(input.stageId, 'input.stageId');
  const beforeDealId = input.beforeDealId ? parseId(input.beforeDealId, 'input.beforeDealId') : null;
  const userErrors: UserError[] = [];
  if (input.position != null && (!Number.isInteger(input.position) || input.position < 0))
    userErrors.push(
      userError('POSITION_INVALID', 'The position is a whole number from 0.', ['input', 'position']),
    );
  if (input.position != null && beforeDealId)
    userErrors.push(
      userError('POSITION_AMBIGUOUS', 'Give a position or a deal to go before, not both.', ['input']),
    );
  await ensureTenantSetup(ctx);
  const [deal, stage] = await Promise.all([
    dealByIdLoader(ctx).load(dealId),
    stageByIdLoader(ctx).load(stageId),
  ]);
  if (!deal) throw notFound('Deal', dealId);
  if (!stage) userErrors.push(stageNotFound(['input', 'stageId']));
  else if (stage.pipelineId !== deal.pipelineId)
    userErrors.push(
      userError('STAGE_NOT_IN_PIPELINE', "This stage belongs to another pipeline than the deal's.", [
        'input',
        'stageId',
      ]),
    );
  else if (stage.kind === 'LOST')
    userErrors.push(
      userError('LOST_REASON_REQUIRED', 'Use markDealLost to move a deal to the lost stage.', [
        'input',
        'stageId',
      ]),
    );
  if (userErrors.length > 0 || !stage) return { deal: null, userErrors };

  return ctx.db.run(async (manager) => {
    await lockPipeline(manager, tenantId, deal.pipelineId);
    const current = await lockDeal(manager, tenantId, dealId);
    if (!current) throw notFound('Deal', dealId);
    let target: number | null = input.position ?? null;
    if (beforeDealId) {
      const rows: Array<{ stageId: string; position: number }> = await manager.query(
        `select stage_id as "stageId", position from crm.deals where tenant_id = $1 and id = $2`,
        [tenantId, beforeDealId],
      );
      const before = rows[0];
      if (!before || before.stageId !== stage.id || beforeDealId === dealId)
        return {
          deal: null,
          userErrors: [
            userError('BEFORE_DEAL_INVALID', 'The deal to go before is not another deal of that stage.', [
              'input',
              'beforeDealId',
            ]),
          ],
        };
      // Once the moved deal leaves its place, the deals after it in the same stage move up one.
      target =
        current.stageId === stage.id && current.position < before.position
          ? before.position - 1
          : before.position;
    }
    const status: DealStatus = stage.kind === 'WON' ? 'WON' : 'OPEN';
    const moved = await relocate(ctx, manager, current, stage, target, status, null);
    const payload = {
      ...dealState(moved, stage.winProbability),
      fromStageId: current.stageId,
      toStageId: stage.id,
      position: moved.position,
    };
    await emitEvent(ctx, 'crm.deal.moved', payload);
    if (status === 'WON' && current.status !== 'WON') await emitEvent(ctx, 'crm.deal.won', payload);
    return { deal: moved, userErrors: [] };
  });
}

export async function markDealWon(ctx: SubgraphContext, input: { dealId: string }): Promise<DealPayload> {
  return closeDeal(ctx, parseId(input.dealId, 'input.dealId'), 'WON', null);
}

export async function markDealLost(
  ctx: SubgraphContext,
  input: { dealId: string; lostReasonId: string },
): Promise<DealPayload> {
  const dealId = parseId(input.dealId, 'input.dealId');
  const reasonId = parseId(input.lostReasonId, 'input.lostReasonId');
  await ensureTenantSetup(ctx);
  const reason = await lostReasonByIdLoader(ctx).load(reasonId);
  if (!reason) {
    // The deal must exist all the same: an unknown deal is NOT_FOUND whatever the reason.
    if (!(await dealByIdLoader(ctx).load(dealId))) throw notFound('Deal', dealId);
    return {
      deal: null,
      userErrors: [
        userError('LOST_REASON_NOT_FOUND', 'Pick a reason from the lost reasons.', ['input', 'lostReasonId']),
      ],
    };
  }
  return closeDeal(ctx, dealId, 'LOST', reason.id);
}

async function closeDeal(
  ctx: SubgraphContext,
  dealId: string,
  status: 'WON' | 'LOST',
  lostReasonId: string | null,
): Promise<DealPayload> {
  const tenantId = tenantOf(ctx);
  await ensureTenantSetup(ctx);
  const deal = await dealByIdLoader(ctx).load(dealId);
  if (!deal) throw notFound('Deal', dealId);
  return ctx.db.run(async (manager) => {
    await lockPipeline(manager, tenantId, deal.pipelineId);
    const current = await lockDeal(manager, tenantId, dealId);
    if (!current) throw notFound('Deal', dealId);
    if (current.status === status)
      return {
        deal: null,
        userErrors: [
          userError(`ALREADY_${status}`, `The deal is already ${status.toLowerCase()}.`, ['input', 'dealId']),
        ],
      };
    const stages: StageRow[] = await manager.query(
      `select ${STAGE_COLUMNS} from crm.pipeline_stages where tenant_id = $1 and pipeline_id = $2 and kind = $3
       order by position limit 1`,
      [tenantId, current.pipelineId, status],
    );
    if (!stages[0]) throw new Error(`Pipeline ${current.pipelineId} has no ${status} stage`);
    const closed = await relocate(ctx, manager, current, stages[0], null, status, lostReasonId);
    await emitEvent(ctx, status === 'WON' ? 'crm.deal.won' : 'crm.deal.lost', {
      ...dealState(closed, stages[0].winProbability),
      fromStageId: current.stageId,
      toStageId: closed.stageId,
      ...(status === 'LOST' ? { lostReasonId } : {}),
    });
    return { deal: closed, userErrors: [] };
  });
}

async function lockDeal(manager: EntityManager, tenantId: string, dealId: string): Promise<DealRow | null> {
  const rows: DealRow[] = await manager.query(
    `select ${DEAL_COLUMNS} from crm.deals where tenant_id = $1 and id = $2 for update`,
    [tenantId, dealId],
  );
  return rows[0] ?? null;
}

/**
 * Puts `deal` at index `target` of `stage` (null or past the end: last), closing the gap it leaves
 * and opening one where it lands, so each stage's positions stay 0..n-1. The caller holds the
 * pipeline's lock, so no concurrent move sees the positions half-shifted; the unique (stage,
 * position) key is checked at commit as a last guard.
 */
async function relocate(
  ctx: SubgraphContext,
  manager: EntityManager,
  deal: DealRow,
  stage: StageRow,
  target: number | null,
  status: DealStatus,
  lostReasonId: string | null,
): Promise<DealRow> {
  const tenantId = deal.tenantId;
  await manager.query(
    `update crm.deals set position = position - 1 where tenant_id = $1 and stage_id = $2 and position > $3`,
    [tenantId, deal.stageId, deal.position],
  );
  const [{ count }]: Array<{ count: number }> = await manager.query(
    `select count(*)::int as count from crm.deals where tenant_id = $1 and stage_id = $2 and id <> $3`,
    [tenantId, stage.id, deal.id],
  );
  const index = target === null ? count : Math.min(target, count);
  await manager.query(
    `update crm.deals set position = position + 1
     where tenant_id = $1 and stage_id = $2 and id <> $3 and position >= $4`,
    [tenantId, stage.id, deal.id, index],
  );
  const rows: DealRow[] = await manager
    .query(
      `update crm.deals set stage_id = $3, position = $4, status = $5, lost_reason_id = $6,
         closed_at = case when $5 = 'OPEN' then null when status = $5 then closed_at else now() end,
         updated_at = now()
       where tenant_id = $1 and id = $2 returning ${DEAL_COLUMNS}`,
      [tenantId, deal.id, stage.id, index, status, lostReasonId],
    )
    .then((result: [DealRow[], number]) => result[0]);
  if (stage.id !== deal.stageId) await recordStageChange(ctx, manager, deal.id, deal.stageId, stage.id);
  dealByIdLoader(ctx).clear(deal.id).prime(deal.id, rows[0]);
  return rows[0];
}

async function recordStageChange(
  ctx: SubgraphContext,
  manager: EntityManager,
  dealId: string,
  fromStageId: string | null,
  toStageId: string,
): Promise<void> {
  await manager.query(
    `insert into crm.deal_stage_changes (tenant_id, deal_id, from_stage_id, to_stage_id, changed_by)
     values ($1, $2, $3, $4, $5)`,
    [tenantOf(ctx), dealId, fromStageId, toStageId, ctx.caller.userId],
  );
}

/** What every `crm.deal.*` event carries: the deal's key, its tenant and pipeline. */
/**
 * What every `crm.deal.*` event carries: the deal's key and its state after the change, so read
 * models (analytics) can follow deals from events alone.
 */
function dealState(deal: DealRow, winProbability: number) {
  return {
    id: deal.id,
    tenantId: deal.tenantId,
    pipelineId: deal.pipelineId,
    stageId: deal.stageId,
    status: deal.status,
    amount: moneyOf(deal),
    winProbability,
    ownerId: deal.ownerId,
    companyId: deal.companyId,
    createdAt: deal.createdAt.toISOString(),
    closedAt: deal.closedAt?.toISOString() ?? null,
  };
}

function moneyOf(deal: DealRow): { amount: string; currency: string } | null {
  return deal.amount !== null && deal.currency !== null
    ? { amount: deal.amount, currency: deal.currency }
    : null;
}
