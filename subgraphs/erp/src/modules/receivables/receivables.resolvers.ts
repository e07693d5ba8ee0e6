import type { Resolvers } from '../../__generated__/resolvers-types';
import { receivablesAgeing } from './receivables.service';

export const receivablesResolvers: Resolvers = {
  Query: {
    receivablesAgeing: (_root, args, ctx) => receivablesAgeing(ctx, args),
  },
  AgeingBuckets: {
    customer: (row) => (row.customerId ? { id: row.customerId } : null),
  },
};
