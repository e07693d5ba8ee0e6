import { defineModule } from '@nexora/kit';
import { PersonEntity } from './person.entity';
import { personResolvers } from './person.resolvers';

/** People: the contacts a sales team talks to, usually at one of the tenant's companies. */
export default defineModule({
  name: 'person',
  resolvers: personResolvers,
  entities: [PersonEntity],
  mappers: { Person: './person.entity#PersonEntity' },
  permissions: [
    {
      name: 'crm.person:read',
      description: 'See people (contacts) and their details',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'crm.person:write',
      description: 'Create, edit and delete people (contacts)',
      grantedTo: ['admin', 'member'],
    },
  ],
});
