import type { Resolvers } from '../../__generated__/resolvers-types';
import { rebuildReadModels } from './read-model.service';

export const readModelResolvers: Resolvers = {
  Mutation: {
    rebuildAnalytics: (_root, _args, ctx) => rebuildReadModels(ctx),
  },
};
