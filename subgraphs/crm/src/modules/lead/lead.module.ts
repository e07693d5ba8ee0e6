import { defineModule } from '@nexora/kit';
import { LeadEntity } from './lead.entity';
import { leadResolvers } from './lead.resolvers';

/** Leads: prospects a team qualifies before they become a person, a company and a deal. */
export default defineModule({
  name: 'lead',
  resolvers: leadResolvers,
  entities: [LeadEntity],
  mappers: { Lead: './lead.entity#LeadEntity' },
  permissions: [
    { name: 'crm.lead:read', description: 'See leads', grantedTo: ['admin', 'member', 'viewer'] },
    { name: 'crm.lead:write', description: 'Create, edit and convert leads', grantedTo: ['admin', 'member'] },
  ],
});
