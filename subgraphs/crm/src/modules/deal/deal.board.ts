import { badUserInput, parseId, type SubgraphContext, tenantOf } from '@nexora/kit';
import { pipelineByIdLoader, stageByIdLoader, stagesByPipelineLoader } from '../pipeline/pipeline.service';
import { toMoney } from './deal.money';
import { dealByIdLoader } from './deal.service';
import { type BoardRow, DEAL_COLUMNS, type DealRow } from './deal.types';

export const DEFAULT_DEALS_PER_STAGE = 50;
export const MAX_DEALS_PER_STAGE = 100;

/**
 * A pipeline as a kanban board: its stages in order, each with its first `dealsPerStage` deals by
 * position (1–100, default 50), the number of deals in it and their amount totals per currency.
 * The rest of a long column is one `deals(filter: { stageId }, orderBy: { field: POSITION })` away.
 *
 * Always the same five statements (tenant setup, pipeline, stages, the deals, the totals) plus the
 * batched loaders of whatever deal fields are asked for, however many deals the pipeline holds.
 */
export async function pipelineBoard(
  ctx: SubgraphContext,
  args: { pipelineId: string; dealsPerStage?: number | null },
): Promise<BoardRow | null> {
  const tenantId = tenantOf(ctx);
  const pipelineId = parseId(args.pipelineId, 'pipelineId');
  const perStage = args.dealsPerStage ?? DEFAULT_DEALS_PER_STAGE;
  if (!Number.isInteger(perStage) || perStage < 1 || perStage > MAX_DEALS_PER_STAGE)
    throw badUserInput(`"dealsPerStage" must be between 1 and ${MAX_DEALS_PER_STAGE}.`, 'dealsPerStage');
  const pipeline = await pipelineByIdLoader(ctx).load(pipelineId);
  if (!pipeline) return null;
  const stages = await stagesByPipelineLoader(ctx).load(pipelineId);
  for (const stage of stages) stageByIdLoader(ctx).prime(stage.id, stage);

  return ctx.db.run(async (manager) => {
    const deals: DealRow[] = await manager.query(
      `select ${DEAL_COLUMNS} from (
         select *, row_number() over (partition by stage_id order by position, id) as rank
         from crm.deals where tenant_id = $1 and pipeline_id = $2
       ) ranked where rank <= $3 order by stage_id, position, id`,
      [tenantId, pipelineId, perStage],
    );
    const sums: Array<{ stageId: string; currency: string | null; count: number; total: string | null }> =
      await manager.query(
        `select stage_id as "stageId", currency, count(*)::int as count, sum(amount)::text as total
         from crm.deals where tenant_id = $1 and pipeline_id = $2 group by stage_id, currency
         order by stage_id, currency`,
        [tenantId, pipelineId],
      );
    const loader = dealByIdLoader(ctx);
    for (const deal of deals) loader.prime(deal.id, deal);
    return {
      pipelineId,
      stages: stages.map((stage) => {
        const own = sums.filter((sum) => sum.stageId === stage.id);
        return {
          stageId: stage.id,
          deals: deals.filter((deal) => deal.stageId === stage.id),
          dealCount: own.reduce((total, sum) => total + sum.count, 0),
          totals: own.flatMap((sum) =>
            sum.currency !== null && sum.total !== null ? [toMoney(sum.total, sum.currency)] : [],
          ),
        };
      }),
    };
  });
}
