import type { Resolvers } from '../../__generated__/resolvers-types';
import { dealByIdLoader } from '../deal/deal.service';
import { addDealPerson, peopleOfDealLoader, removeDealPerson } from './deal-contact.service';

const withDeal = async (
  ctx: Parameters<typeof dealByIdLoader>[0],
  payload: {
    dealId: string | null;
    userErrors: Array<{ field: string[] | null; message: string; code: string }>;
  },
) => ({
  deal: payload.dealId ? await dealByIdLoader(ctx).load(payload.dealId) : null,
  userErrors: payload.userErrors,
});

export const dealContactResolvers: Resolvers = {
  Mutation: {
    addDealPerson: async (_root, { input }, ctx) => withDeal(ctx, await addDealPerson(ctx, input)),
    removeDealPerson: async (_root, { input }, ctx) => withDeal(ctx, await removeDealPerson(ctx, input)),
  },
  Deal: {
    people: (deal, _args, ctx) => peopleOfDealLoader(ctx).load(deal.id),
  },
};
