import { defineModule } from '@nexora/kit';
import { valuationResolvers } from './valuation.resolvers';

/**
 * Stock valuation at moving average cost: per product and in total, now or as of an instant. The
 * figures are maintained by the stock moves (modules/stock); this module only reads them.
 */
export default defineModule({
  name: 'valuation',
  resolvers: valuationResolvers,
  mappers: {
    StockValuation: './valuation.types#StockValuationModel',
    ProductValuation: './valuation.types#ProductValuationModel',
  },
  permissions: [
    {
      name: 'erp.valuation:read',
      description: 'See stock values, average costs and the unit costs of receipts',
      grantedTo: ['admin', 'member'],
    },
  ],
});
