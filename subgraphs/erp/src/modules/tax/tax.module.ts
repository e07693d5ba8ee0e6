import { defineModule } from '@nexora/kit';
import { taxResolvers } from './tax.resolvers';

/**
 * Tax rates (percent, inclusive or exclusive, the account they book to) and `computeLineTax`, the
 * one computation of a line's net, tax and gross that invoices and bills use.
 */
export default defineModule({
  name: 'tax',
  resolvers: taxResolvers,
  mappers: { TaxRate: './tax.types#TaxRateRow' },
  permissions: [
    {
      name: 'erp.tax:read',
      description: 'See tax rates',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'erp.tax:write',
      description: 'Create, change and delete tax rates',
      grantedTo: ['admin'],
    },
  ],
});
