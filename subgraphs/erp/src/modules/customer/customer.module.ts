import { defineModule } from '@nexora/kit';
import { moveInvoicesToSurvivor } from './customer.events';
import { customerResolvers } from './customer.resolvers';

/** The billing view of crm's companies: their invoices and open balance; follows crm's merges. */
export default defineModule({
  name: 'customer',
  resolvers: customerResolvers,
  mappers: { Company: './customer.models#CustomerReference' },
  consumes: { 'crm.company.merged': moveInvoicesToSurvivor },
});
