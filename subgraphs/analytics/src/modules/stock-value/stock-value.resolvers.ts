import type { Resolvers } from '../../__generated__/resolvers-types';
import { stockValueSummary, stockValueTotals, topProductsByValue } from './stock-value.service';

export const stockValueResolvers: Resolvers = {
  Query: {
    stockValueSummary: (_root, _args, ctx) => stockValueSummary(ctx),
  },
  StockValueSummary: {
    totals: (_summary, _args, ctx) => stockValueTotals(ctx),
    topProducts: (_summary, { first }, ctx) => topProductsByValue(ctx, first),
  },
  ProductStockValue: {
    product: (row) => ({ id: row.productId }),
  },
};
