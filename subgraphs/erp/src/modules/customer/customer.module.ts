import { defineModule } from '@nexora/kit';
import { customerResolvers } from './customer.resolvers';

/** The billing view of crm's companies: their invoices and open balance. */
export default defineModule({
  name: 'customer',
  resolvers: customerResolvers,
  mappers: { Company: './customer.models#CustomerReference' },
});
