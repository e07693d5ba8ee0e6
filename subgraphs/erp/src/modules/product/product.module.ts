import { defineModule } from '@nexora/kit';
import { productResolvers } from './product.resolvers';

/**
 * The product catalogue: SKUs unique per tenant, unit, currency, cost and sale price. `Product` is a
 * federation entity other subgraphs extend; the stock modules add its on-hand and valuation.
 */
export default defineModule({
  name: 'product',
  resolvers: productResolvers,
  mappers: { Product: './product.types#ProductRow' },
  permissions: [
    {
      name: 'erp.product:read',
      description: 'See the product catalogue: SKUs, units, cost and sale prices',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'erp.product:write',
      description: 'Create products and change them',
      grantedTo: ['admin', 'member'],
    },
  ],
});
