import type { Resolvers } from '../../__generated__/resolvers-types';
import { toMoney } from '../invoice/money';
import { productByIdLoader } from '../product/product.loaders';
import { present } from '../stock/required-row';
import { formatStockQuantity, quantityUnits } from '../stock/stock-quantity';
import { averageOf, storedAverage } from './average-cost';
import { stockValuation, valuationProducts, valuationTotals } from './valuation.service';

export const valuationResolvers: Resolvers = {
  Query: {
    stockValuation: (_root, { asOf }) => stockValuation(asOf),
  },
  StockValuation: {
    totals: (valuation, _args, ctx) => valuationTotals(ctx, valuation),
    products: (valuation, args, ctx) => valuationProducts(ctx, valuation, args),
  },
  ProductValuation: {
    product: async (row, _args, ctx) => present(await productByIdLoader(ctx).load(row.id), 'Product'),
    quantity: (row) => formatStockQuantity(quantityUnits(row.quantity)),
    value: (row) => toMoney(row.value, row.currency),
    averageCost: (row) => averageOf(row.quantity, row.value, row.currency),
  },
  Product: {
    averageCost: (product) =>
      averageOf(product.stockQuantity, product.stockValue, product.currency) ??
      storedAverage(product.averageCost, product.currency),
    stockValue: (product) => toMoney(product.stockValue, product.currency),
  },
};
