import { isUuid } from '@nexora/kit';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { companyByIdLoader } from '../company/company.loaders';
import { dealByIdLoader } from '../deal/deal.service';
import { personByIdLoader } from '../person/person.loaders';
import { convertLead } from './lead.conversion';
import { createLead, findLead, leadByIdLoader, listLeads, updateLead } from './lead.service';

export const leadResolvers: Resolvers = {
  Query: {
    lead: (_root, { id }, ctx) => findLead(ctx, id),
    leads: (_root, args, ctx) => listLeads(ctx, args),
  },
  Mutation: {
    createLead: (_root, { input }, ctx) => createLead(ctx, input),
    updateLead: (_root, { input }, ctx) => updateLead(ctx, input),
    convertLead: async (_root, { input }, ctx) => {
      const outcome = await convertLead(ctx, input);
      return {
        lead: outcome.lead,
        person: outcome.personId ? await personByIdLoader(ctx).load(outcome.personId) : null,
        company: outcome.companyId ? await companyByIdLoader(ctx).load(outcome.companyId) : null,
        deal: outcome.dealId ? await dealByIdLoader(ctx).load(outcome.dealId) : null,
        userErrors: outcome.userErrors,
      };
    },
  },
  Lead: {
    __resolveReference: (reference, ctx) =>
      isUuid(reference.id) ? leadByIdLoader(ctx).load(reference.id.toLowerCase()) : null,
    owner: (lead) => (lead.ownerId ? { __typename: 'User', id: lead.ownerId } : null),
    convertedPerson: (lead, _args, ctx) =>
      lead.convertedPersonId ? personByIdLoader(ctx).load(lead.convertedPersonId) : null,
    convertedCompany: (lead, _args, ctx) =>
      lead.convertedCompanyId ? companyByIdLoader(ctx).load(lead.convertedCompanyId) : null,
    convertedDeal: (lead, _args, ctx) =>
      lead.convertedDealId ? dealByIdLoader(ctx).load(lead.convertedDealId) : null,
    convertedAt: (lead) => lead.convertedAt?.toISOString() ?? null,
    createdAt: (lead) => lead.createdAt.toISOString(),
    updatedAt: (lead) => lead.updatedAt.toISOString(),
  },
};
