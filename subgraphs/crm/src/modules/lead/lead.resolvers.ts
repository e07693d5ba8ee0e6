import { isUuid } from '@nexora/kit';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { createLead, findLead, leadByIdLoader, listLeads, updateLead } from './lead.service';

export const leadResolvers: Resolvers = {
  Query: {
    lead: (_root, { id }, ctx) => findLead(ctx, id),
    leads: (_root, args, ctx) => listLeads(ctx, args),
  },
  Mutation: {
    createLead: (_root, { input }, ctx) => createLead(ctx, input),
    updateLead: (_root, { input }, ctx) => updateLead(ctx, input),
  },
  Lead: {
    __resolveReference: (reference, ctx) =>
      isUuid(reference.id) ? leadByIdLoader(ctx).load(reference.id.toLowerCase()) : null,
    owner: (lead) => (lead.ownerId ? { __typename: 'User', id: lead.ownerId } : null),
    convertedAt: (lead) => lead.convertedAt?.toISOString() ?? null,
    createdAt: (lead) => lead.createdAt.toISOString(),
    updatedAt: (lead) => lead.updatedAt.toISOString(),
  },
};
