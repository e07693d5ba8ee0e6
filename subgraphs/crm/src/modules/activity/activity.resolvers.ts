import type { Resolvers } from '../../__generated__/resolvers-types';
import { companyByIdLoader } from '../company/company.loaders';
import { completeTask, companyTimelineLoader, logActivity, myTasks } from './activity.service';

export const activityResolvers: Resolvers = {
  Query: {
    myTasks: (_root, args, ctx) => myTasks(ctx, args),
  },
  Mutation: {
    logActivity: (_root, { input }, ctx) => logActivity(ctx, input),
    completeTask: (_root, { input }, ctx) => completeTask(ctx, input.id),
  },
  Company: {
    timeline: (company, args, ctx) => companyTimelineLoader(ctx, args).load(company.id),
  },
  Activity: {
    company: (activity, _args, ctx) =>
      activity.companyId ? companyByIdLoader(ctx).load(activity.companyId) : null,
    assignee: (activity) => (activity.assigneeId ? { __typename: 'User', id: activity.assigneeId } : null),
    author: (activity) => (activity.authorId ? { __typename: 'User', id: activity.authorId } : null),
    occurredAt: (activity) => activity.occurredAt.toISOString(),
    dueAt: (activity) => activity.dueAt?.toISOString() ?? null,
    doneAt: (activity) => activity.doneAt?.toISOString() ?? null,
    createdAt: (activity) => activity.createdAt.toISOString(),
  },
};
