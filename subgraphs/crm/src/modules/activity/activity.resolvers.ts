import type { Resolvers } from '../../__generated__/resolvers-types';
import { companyByIdLoader } from '../company/company.loaders';
import { isUuid } from '@nexora/kit';
import { assignedTasksLoader, completeTask, logActivity, myTasks, timelineLoader } from './activity.service';
import { personByIdLoader } from '../person/person.loaders';
import { dealByIdLoader } from '../deal/deal.service';

export const activityResolvers: Resolvers = {
  Query: {
    myTasks: (_root, args, ctx) => myTasks(ctx, args),
  },
  Mutation: {
    logActivity: (_root, { input }, ctx) => logActivity(ctx, input),
    completeTask: (_root, { input }, ctx) => completeTask(ctx, input.id),
  },
  Company: {
    timeline: (company, args, ctx) => timelineLoader(ctx, 'company_id', args).load(company.id),
  },
  Person: {
    timeline: (person, args, ctx) => timelineLoader(ctx, 'person_id', args).load(person.id),
  },
  Deal: {
    timeline: (deal, args, ctx) => timelineLoader(ctx, 'deal_id', args).load(deal.id),
  },
  User: {
    // A reference that is not a UUID names no member: an empty page, like a member with no tasks.
    assignedTasks: (user, args, ctx) =>
      assignedTasksLoader(ctx, args).load(
        isUuid(user.id) ? user.id.toLowerCase() : '00000000-0000-0000-0000-000000000000',
      ),
  },
  Activity: {
    company: (activity, _args, ctx) =>
      activity.companyId ? companyByIdLoader(ctx).load(activity.companyId) : null,
    person: (activity, _args, ctx) =>
      activity.personId ? personByIdLoader(ctx).load(activity.personId) : null,
    deal: (activity, _args, ctx) => (activity.dealId ? dealByIdLoader(ctx).load(activity.dealId) : null),
    assignee: (activity) => (activity.assigneeId ? { __typename: 'User', id: activity.assigneeId } : null),
    author: (activity) => (activity.authorId ? { __typename: 'User', id: activity.authorId } : null),
    occurredAt: (activity) => activity.occurredAt.toISOString(),
    dueAt: (activity) => activity.dueAt?.toISOString() ?? null,
    doneAt: (activity) => activity.doneAt?.toISOString() ?? null,
    createdAt: (activity) => activity.createdAt.toISOString(),
  },
};
