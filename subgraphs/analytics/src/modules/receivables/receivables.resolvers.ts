import type { Resolvers } from '../../__generated__/resolvers-types';
import { receivablesAgeingSummary } from './receivables.service';

export const receivablesResolvers: Resolvers = {
  Query: {
    receivablesAgeingSummary: (_root, { asOf }, ctx) => receivablesAgeingSummary(ctx, asOf),
  },
};
