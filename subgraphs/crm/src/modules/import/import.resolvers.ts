import type { Resolvers } from '../../__generated__/resolvers-types';
import { findImportJob, listImportJobs } from './import-job.service';

export const importResolvers: Resolvers = {
  Query: {
    importJob: (_root, { id }, ctx) => findImportJob(ctx, id),
    importJobs: (_root, args, ctx) => listImportJobs(ctx, args),
  },
  ImportJob: {
    createdBy: (job) => (job.createdBy ? { __typename: 'User', id: job.createdBy } : null),
    createdAt: (job) => job.createdAt.toISOString(),
    finishedAt: (job) => job.finishedAt?.toISOString() ?? null,
  },
};
