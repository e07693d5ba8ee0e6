import { defineModule } from '@nexora/kit';
import { CompanyEntity } from './company.entity';
import { companyResolvers } from './company.resolvers';

/** Companies: the accounts a sales team works with. */
export default defineModule({
  name: 'company',
  resolvers: companyResolvers,
  entities: [CompanyEntity],
  mappers: { Company: './company.entity#CompanyEntity' },
  permissions: [
    {
      name: 'crm.company:read',
      description: 'See companies and their details',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'crm.company:write',
      description: 'Create and edit companies',
      grantedTo: ['admin', 'member'],
    },
  ],
});
