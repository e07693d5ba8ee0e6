import type { Resolvers } from '../../__generated__/resolvers-types';
import { formatQuantity, toMoney } from '../invoice/money';
import { formatRate } from '../tax/tax.types';
import { productByIdLoader } from '../product/product.loaders';
import { locationByIdLoader } from '../warehouse/warehouse.loaders';
import { linesByPurchaseOrderLoader } from './purchase-order.loaders';
import { findPurchaseOrder, listPurchaseOrders, supplierPurchaseOrders } from './purchase-order-list.service';
import {
  cancelPurchaseOrder,
  confirmPurchaseOrder,
  createPurchaseOrder,
  updatePurchaseOrder,
} from './purchase-order.service';
import { receivePurchaseOrder } from './purchase-receipt.service';

export const purchaseOrderResolvers: Resolvers = {
  Query: {
    purchaseOrder: (_root, { id }, ctx) => findPurchaseOrder(ctx, id),
    purchaseOrders: (_root, args, ctx) => listPurchaseOrders(ctx, args),
  },
  Mutation: {
    createPurchaseOrder: (_root, { input }, ctx) => createPurchaseOrder(ctx, input),
    updatePurchaseOrder: (_root, { input }, ctx) => updatePurchaseOrder(ctx, input),
    confirmPurchaseOrder: (_root, { input }, ctx) => confirmPurchaseOrder(ctx, input),
    cancelPurchaseOrder: (_root, { input }, ctx) => cancelPurchaseOrder(ctx, input),
    receivePurchaseOrder: (_root, { input }, ctx) => receivePurchaseOrder(ctx, input),
  },
  Company: {
    purchaseOrders: (company, args, ctx) => supplierPurchaseOrders(ctx, company.id, args),
  },
  PurchaseOrder: {
    supplier: (order) => ({ id: order.supplierId }),
    lines: (order, _args, ctx) => linesByPurchaseOrderLoader(ctx).load(order.id),
    subtotal: (order) => toMoney(order.subtotal, order.currency),
    taxTotal: (order) => toMoney(order.taxTotal, order.currency),
    total: (order) => toMoney(order.total, order.currency),
    confirmedAt: (order) => order.confirmedAt?.toISOString() ?? null,
    cancelledAt: (order) => order.cancelledAt?.toISOString() ?? null,
    createdAt: (order) => order.createdAt.toISOString(),
  },
  PurchaseOrderLine: {
    product: (line, _args, ctx) => productByIdLoader(ctx).load(line.productId),
    location: (line, _args, ctx) => locationByIdLoader(ctx).load(line.locationId),
    quantity: (line) => formatQuantity(line.quantity),
    unitCost: (line) => toMoney(line.unitCost, line.currency),
    amount: (line) => toMoney(line.amount, line.currency),
    taxRate: (line) => (line.taxRate === null ? null : formatRate(line.taxRate)),
    tax: (line) => toMoney(line.tax, line.currency),
    receivedQuantity: (line) => formatQuantity(line.receivedQuantity),
    billedQuantity: (line) => formatQuantity(line.billedQuantity),
  },
};
