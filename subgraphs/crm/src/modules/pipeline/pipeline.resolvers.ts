import type { Resolvers } from '../../__generated__/resolvers-types';
import {
  createPipeline,
  findPipeline,
  listLostReasons,
  listPipelines,
  pipelineByIdLoader,
  reorderStages,
  stagesByPipelineLoader,
  updatePipeline,
} from './pipeline.service';

export const pipelineResolvers: Resolvers = {
  Query: {
    pipelines: (_root, _args, ctx) => listPipelines(ctx),
    pipeline: (_root, { id }, ctx) => findPipeline(ctx, id),
    lostReasons: (_root, _args, ctx) => listLostReasons(ctx),
  },
  Mutation: {
    createPipeline: (_root, { input }, ctx) => createPipeline(ctx, input),
    updatePipeline: (_root, { input }, ctx) => updatePipeline(ctx, input),
    reorderStages: (_root, { input }, ctx) => reorderStages(ctx, input),
  },
  Pipeline: {
    stages: (pipeline, _args, ctx) => stagesByPipelineLoader(ctx).load(pipeline.id),
    createdAt: (pipeline) => pipeline.createdAt.toISOString(),
    updatedAt: (pipeline) => pipeline.updatedAt.toISOString(),
  },
  PipelineStage: {
    pipeline: async (stage, _args, ctx) => {
      const pipeline = await pipelineByIdLoader(ctx).load(stage.pipelineId);
      if (!pipeline) throw new Error(`Stage ${stage.id} has no pipeline`);
      return pipeline;
    },
  },
};
