import { parseId } from '@nexora/kit';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { formatQuantity, toMoney } from '../invoice/money';
import { entryByIdLoader } from '../journal-entry/journal-entry.loaders';
import {
  purchaseOrderByIdLoader,
  purchaseOrderLineByIdLoader,
} from '../purchase-order/purchase-order.loaders';
import { present } from '../stock/required-row';
import {
  billsByPurchaseOrderLoader,
  linesBySupplierBillLoader,
  supplierBillByIdLoader,
} from './supplier-bill.loaders';
import { createSupplierBill } from './supplier-bill.service';

export const supplierBillResolvers: Resolvers = {
  Query: {
    supplierBill: (_root, { id }, ctx) => supplierBillByIdLoader(ctx).load(parseId(id, 'id')),
  },
  Mutation: {
    createSupplierBill: (_root, { input }, ctx) => createSupplierBill(ctx, input),
  },
  PurchaseOrder: {
    bills: (order, _args, ctx) => billsByPurchaseOrderLoader(ctx).load(order.id),
  },
  SupplierBill: {
    purchaseOrder: async (bill, _args, ctx) =>
      present(await purchaseOrderByIdLoader(ctx).load(bill.purchaseOrderId), 'Purchase order'),
    supplier: (bill) => ({ id: bill.supplierId }),
    lines: (bill, _args, ctx) => linesBySupplierBillLoader(ctx).load(bill.id),
    subtotal: (bill) => toMoney(bill.subtotal, bill.currency),
    taxTotal: (bill) => toMoney(bill.taxTotal, bill.currency),
    total: (bill) => toMoney(bill.total, bill.currency),
    priceDifference: (bill) => toMoney(bill.priceDifference, bill.currency),
    journalEntry: (bill, _args, ctx) =>
      bill.journalEntryId === null ? null : entryByIdLoader(ctx).load(bill.journalEntryId),
    createdAt: (bill) => bill.createdAt.toISOString(),
  },
  SupplierBillLine: {
    purchaseOrderLine: async (line, _args, ctx) =>
      present(await purchaseOrderLineByIdLoader(ctx).load(line.purchaseOrderLineId), 'Purchase order line'),
    quantity: (line) => formatQuantity(line.quantity),
    unitCost: (line) => toMoney(line.unitCost, line.currency),
    amount: (line) => toMoney(line.amount, line.currency),
    tax: (line) => toMoney(line.tax, line.currency),
    receiptValue: (line) => toMoney(line.receiptValue, line.currency),
  },
};
