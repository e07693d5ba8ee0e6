import type { Resolvers } from '../../__generated__/resolvers-types';
import { isUuid } from '@nexora/kit';
import { formatQuantity, toMoney } from './money';
import { invoiceByIdLoader, linesByInvoiceLoader } from './invoice.loaders';
import { createInvoice, findInvoice, listInvoices, postInvoice } from './invoice.service';

export const invoiceResolvers: Resolvers = {
  Query: {
    invoice: (_root, { id }, ctx) => findInvoice(ctx, id),
    invoices: (_root, args, ctx) => listInvoices(ctx, args),
  },
  Mutation: {
    createInvoice: (_root, { input }, ctx) => createInvoice(ctx, input),
    postInvoice: (_root, { input }, ctx) => postInvoice(ctx, input),
  },
  Invoice: {
    __resolveReference: (reference, ctx) =>
      isUuid(reference.id) ? invoiceByIdLoader(ctx).load(reference.id.toLowerCase()) : null,
    customer: (invoice) => ({ id: invoice.customerId }),
    total: (invoice) => toMoney(invoice.total, invoice.currency),
    lines: async (invoice, _args, ctx) => {
      const lines = await linesByInvoiceLoader(ctx).load(invoice.id);
      return lines.map((line) => ({
        description: line.description,
        quantity: formatQuantity(line.quantity),
        unitPrice: toMoney(line.unitPrice, invoice.currency),
        amount: toMoney(line.amount, invoice.currency),
      }));
    },
    issuedAt: (invoice) => invoice.issuedAt?.toISOString() ?? null,
    createdAt: (invoice) => invoice.createdAt.toISOString(),
  },
};
