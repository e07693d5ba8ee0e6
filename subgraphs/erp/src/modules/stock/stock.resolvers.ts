import type { Resolvers } from '../../__generated__/resolvers-types';
import { parseId } from '@nexora/kit';
import { toMoney } from '../invoice/money';
import { productByIdLoader } from '../product/product.loaders';
import { locationByIdLoader, warehouseByIdLoader } from '../warehouse/warehouse.loaders';
import { onHandOf, stockOnHand } from './on-hand.service';
import { reverseStockMove } from './stock-reversal.service';
import { findStockMove, listStockMoves } from './stock-move-list.service';
import { reversalByMoveLoader, stockMoveByIdLoader } from './stock-move.loaders';
import { adjustStock, deliverStock, receiveStock, transferStock } from './stock-move.service';
import { formatStockQuantity, quantityUnits } from './stock-quantity';
import { verifyStock } from './stock-verify.service';
import { present } from './required-row';

export const stockResolvers: Resolvers = {
  Query: {
    stockOnHand: (_root, args, ctx) => stockOnHand(ctx, args),
    stockMoves: (_root, args, ctx) => listStockMoves(ctx, args),
    stockMove: (_root, { id }, ctx) => findStockMove(ctx, id),
    verifyStock: (_root, _args, ctx) => verifyStock(ctx),
  },
  Mutation: {
    receiveStock: (_root, { input }, ctx) => receiveStock(ctx, input),
    deliverStock: (_root, { input }, ctx) => deliverStock(ctx, input),
    transferStock: (_root, { input }, ctx) => transferStock(ctx, input),
    adjustStock: (_root, { input }, ctx) => adjustStock(ctx, input),
    reverseStockMove: (_root, { input }, ctx) => reverseStockMove(ctx, input),
  },
  Product: {
    onHand: (product, { warehouseId }, ctx) =>
      onHandOf(ctx, product.id, {
        warehouseId: warehouseId == null ? null : parseId(warehouseId, 'warehouseId'),
      }),
  },
  StockOnHand: {
    product: async (onHand, _args, ctx) =>
      present(await productByIdLoader(ctx).load(onHand.productId), 'Product'),
    total: (onHand) => formatStockQuantity(onHand.total),
  },
  LocationStock: {
    location: async (stock, _args, ctx) =>
      present(await locationByIdLoader(ctx).load(stock.locationId), 'Location'),
    warehouse: async (stock, _args, ctx) =>
      present(await warehouseByIdLoader(ctx).load(stock.warehouseId), 'Warehouse'),
    quantity: (stock) => formatStockQuantity(quantityUnits(stock.quantity)),
  },
  StockMove: {
    product: async (move, _args, ctx) =>
      present(await productByIdLoader(ctx).load(move.productId), 'Product'),
    quantity: (move) => formatStockQuantity(quantityUnits(move.quantity)),
    fromLocation: (move, _args, ctx) =>
      move.fromLocationId ? locationByIdLoader(ctx).load(move.fromLocationId) : null,
    toLocation: (move, _args, ctx) =>
      move.toLocationId ? locationByIdLoader(ctx).load(move.toLocationId) : null,
    unitCost: async (move, _args, ctx) => {
      if (move.unitCost === null) return null;
      const product = present(await productByIdLoader(ctx).load(move.productId), 'Product');
      return toMoney(move.unitCost, product.currency);
    },
    valueChange: async (move, _args, ctx) => {
      const product = present(await productByIdLoader(ctx).load(move.productId), 'Product');
      return toMoney(move.valueChange, product.currency);
    },
    reverses: (move, _args, ctx) =>
      move.reversesMoveId ? stockMoveByIdLoader(ctx).load(move.reversesMoveId) : null,
    reversedBy: (move, _args, ctx) => reversalByMoveLoader(ctx).load(move.id),
    createdAt: (move) => move.createdAt.toISOString(),
  },
  StockDiscrepancy: {
    product: async (discrepancy, _args, ctx) =>
      present(await productByIdLoader(ctx).load(discrepancy.productId), 'Product'),
    location: (discrepancy, _args, ctx) =>
      discrepancy.locationId ? locationByIdLoader(ctx).load(discrepancy.locationId) : null,
  },
};
