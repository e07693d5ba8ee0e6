import { defineModule } from '@nexora/kit';
import { stockValueResolvers } from './stock-value.resolvers';

/**
 * Stock valuation from erp's `erp.stock.moved` events (fed by the read-model module, which journals
 * them for rebuilds). Its own permission: erp shows valuation to admins and members only.
 */
export default defineModule({
  name: 'stock-value',
  resolvers: stockValueResolvers,
  mappers: {
    StockValueSummary: './stock-value.service#StockValueSummaryModel',
    ProductStockValue: './stock-value.service#ProductStockValueModel',
  },
  permissions: [
    {
      name: 'analytics.valuation:read',
      description: 'See the stock value figures (STOCK_VALUE, stockValueSummary), as erp.valuation:read',
      grantedTo: ['admin', 'member'],
    },
  ],
});
