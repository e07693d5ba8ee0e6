import { defineModule } from '@nexora/kit';
import { followCompanyMerge, replicateChangedCompany, replicateImportedCompanies } from './customer.events';
import { customerResolvers } from './customer.resolvers';

/**
 * The billing view of crm's companies: erp's replica of them (fed by crm's events; the only
 * companies a document may name), their invoices and open balance; follows crm's merges.
 */
export default defineModule({
  name: 'customer',
  resolvers: customerResolvers,
  mappers: { Company: './customer.models#CustomerReference' },
  consumes: {
    'crm.company.created': replicateChangedCompany,
    'crm.company.updated': replicateChangedCompany,
    'crm.company.imported': replicateImportedCompanies,
    'crm.company.merged': followCompanyMerge,
  },
});
