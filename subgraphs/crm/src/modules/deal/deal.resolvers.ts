import { isUuid } from '@nexora/kit';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { companyByIdLoader } from '../company/company.loaders';
import { lostReasonByIdLoader, pipelineByIdLoader, stageByIdLoader } from '../pipeline/pipeline.service';
import { pipelineBoard } from './deal.board';
import { toMoney } from './deal.money';
import {
  createDeal,
  dealByIdLoader,
  dealsOfParentLoader,
  findDeal,
  historyByDealLoader,
  listDeals,
  markDealLost,
  markDealWon,
  moveDeal,
  updateDeal,
} from './deal.service';

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (found === null) throw new Error(`${what} is missing`);
  return found;
}

export const dealResolvers: Resolvers = {
  Query: {
    deal: (_root, { id }, ctx) => findDeal(ctx, id),
    deals: (_root, args, ctx) => listDeals(ctx, args),
    pipelineBoard: (_root, args, ctx) => pipelineBoard(ctx, args),
  },
  Mutation: {
    createDeal: (_root, { input }, ctx) => createDeal(ctx, input),
    updateDeal: (_root, { input }, ctx) => updateDeal(ctx, input),
    moveDeal: (_root, { input }, ctx) => moveDeal(ctx, input),
    markDealWon: (_root, { input }, ctx) => markDealWon(ctx, input),
    markDealLost: (_root, { input }, ctx) => markDealLost(ctx, input),
  },
  Deal: {
    // A reference that is not a UUID cannot name a deal: null, like any unknown id.
    __resolveReference: (reference, ctx) =>
      isUuid(reference.id) ? dealByIdLoader(ctx).load(reference.id.toLowerCase()) : null,
    amount: (deal) =>
      deal.amount !== null && deal.currency !== null ? toMoney(deal.amount, deal.currency) : null,
    pipeline: (deal, _args, ctx) => required(pipelineByIdLoader(ctx).load(deal.pipelineId), 'Pipeline'),
    stage: (deal, _args, ctx) => required(stageByIdLoader(ctx).load(deal.stageId), 'Stage'),
    lostReason: (deal, _args, ctx) =>
      deal.lostReasonId ? lostReasonByIdLoader(ctx).load(deal.lostReasonId) : null,
    owner: (deal) => (deal.ownerId ? { __typename: 'User', id: deal.ownerId } : null),
    company: (deal, _args, ctx) => (deal.companyId ? companyByIdLoader(ctx).load(deal.companyId) : null),
    history: (deal, _args, ctx) => historyByDealLoader(ctx).load(deal.id),
    closedAt: (deal) => deal.closedAt?.toISOString() ?? null,
    createdAt: (deal) => deal.createdAt.toISOString(),
    updatedAt: (deal) => deal.updatedAt.toISOString(),
  },
  DealStageChange: {
    from: (change, _args, ctx) => (change.fromStageId ? stageByIdLoader(ctx).load(change.fromStageId) : null),
    to: (change, _args, ctx) => required(stageByIdLoader(ctx).load(change.toStageId), 'Stage'),
    by: (change) => (change.changedBy ? { __typename: 'User', id: change.changedBy } : null),
    at: (change) => change.changedAt.toISOString(),
  },
  PipelineBoard: {
    pipeline: (board, _args, ctx) => required(pipelineByIdLoader(ctx).load(board.pipelineId), 'Pipeline'),
  },
  PipelineBoardStage: {
    stage: (column, _args, ctx) => required(stageByIdLoader(ctx).load(column.stageId), 'Stage'),
    hasMoreDeals: (column) => column.dealCount > column.deals.length,
  },
  Company: {
    deals: (company, args, ctx) => dealsOfParentLoader(ctx, 'company_id', args).load(company.id),
  },
  User: {
    // crm resolves users by key only to add `ownedDeals`; identity owns every other user field.
    __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
    ownedDeals: (user, args, ctx) =>
      isUuid(user.id)
        ? dealsOfParentLoader(ctx, 'owner_id', args).load(user.id.toLowerCase())
        : {
            edges: [],
            totalCount: 0,
            pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
          },
  },
};
