import { defineModule } from '@nexora/kit';
import { ActivityEntity } from './activity.entity';
import { activityResolvers } from './activity.resolvers';

/** Notes, tasks, calls, meetings and e-mails logged against a record; timelines and my tasks. */
export default defineModule({
  name: 'activity',
  resolvers: activityResolvers,
  entities: [ActivityEntity],
  mappers: { Activity: './activity.entity#ActivityEntity' },
  permissions: [
    {
      name: 'crm.activity:read',
      description: 'See timelines and tasks',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'crm.activity:write',
      description: 'Log activities and complete tasks',
      grantedTo: ['admin', 'member'],
    },
  ],
});
