import { isUuid } from '@nexora/kit';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { findImportJob, listImportJobs } from './import-job.service';

export const importResolvers: Resolvers = {
  Query: {
    importJob: (_root, { id }, ctx) => findImportJob(ctx, id),
    importJobs: (_root, args, ctx) => listImportJobs(ctx, args),
  },
  ImportJob: {
    // A reference that is not a UUID cannot name a job: null, like any unknown id.
    __resolveReference: (reference, ctx) => (isUuid(reference.id) ? findImportJob(ctx, reference.id) : null),
    createdBy: (job) => (job.createdBy ? { __typename: 'User', id: job.createdBy } : null),
    createdAt: (job) => job.createdAt.toISOString(),
    finishedAt: (job) => job.finishedAt?.toISOString() ?? null,
  },
};
