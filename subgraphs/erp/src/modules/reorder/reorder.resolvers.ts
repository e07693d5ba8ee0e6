import type { Resolvers } from '../../__generated__/resolvers-types';
import { productByIdLoader } from '../product/product.loaders';
import { formatStockQuantity, quantityUnits } from '../stock/stock-quantity';
import { warehouseByIdLoader } from '../warehouse/warehouse.loaders';
import { productsToReorder, rulesByProductLoader } from './reorder-list.service';
import { deleteReorderRule, setReorderRule } from './reorder.service';
import { present } from '../stock/required-row';

export const reorderResolvers: Resolvers = {
  Query: {
    productsToReorder: (_root, args, ctx) => productsToReorder(ctx, args),
  },
  Mutation: {
    setReorderRule: (_root, { input }, ctx) => setReorderRule(ctx, input),
    deleteReorderRule: (_root, { input }, ctx) => deleteReorderRule(ctx, input),
  },
  Product: {
    reorderRules: (product, _args, ctx) => rulesByProductLoader(ctx).load(product.id),
  },
  ReorderRule: {
    product: async (rule, _args, ctx) =>
      present(await productByIdLoader(ctx).load(rule.productId), 'Product'),
    warehouse: async (rule, _args, ctx) =>
      present(await warehouseByIdLoader(ctx).load(rule.warehouseId), 'Warehouse'),
    minQuantity: (rule) => formatStockQuantity(quantityUnits(rule.minQuantity)),
    maxQuantity: (rule) => formatStockQuantity(quantityUnits(rule.maxQuantity)),
    updatedAt: (rule) => rule.updatedAt.toISOString(),
  },
  ReorderSuggestion: {
    product: async ({ rule }, _args, ctx) =>
      present(await productByIdLoader(ctx).load(rule.productId), 'Product'),
    warehouse: async ({ rule }, _args, ctx) =>
      present(await warehouseByIdLoader(ctx).load(rule.warehouseId), 'Warehouse'),
    onHand: ({ onHand }) => formatStockQuantity(quantityUnits(onHand)),
    suggestedQuantity: ({ rule, onHand }) =>
      formatStockQuantity(quantityUnits(rule.maxQuantity) - quantityUnits(onHand)),
  },
};
