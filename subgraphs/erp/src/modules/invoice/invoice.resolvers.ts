import type { Resolvers } from '../../__generated__/resolvers-types';
import { isUuid } from '@nexora/kit';
import { entryByIdLoader } from '../journal-entry/journal-entry.loaders';
import { centsText, storedCents } from '../journal-entry/ledger-amount';
import { formatRate } from '../tax/tax.types';
import { formatQuantity, toMoney } from './money';
import { invoiceByIdLoader, linesByInvoiceLoader } from './invoice.loaders';
import {
  createInvoice,
  findInvoice,
  listInvoices,
  postInvoice,
  residualOf,
  updateInvoice,
} from './invoice.service';

export const invoiceResolvers: Resolvers = {
  Query: {
    invoice: (_root, { id }, ctx) => findInvoice(ctx, id),
    invoices: (_root, args, ctx) => listInvoices(ctx, args),
  },
  Mutation: {
    createInvoice: (_root, { input }, ctx) => createInvoice(ctx, input),
    updateInvoice: (_root, { input }, ctx) => updateInvoice(ctx, input),
    postInvoice: (_root, { input }, ctx) => postInvoice(ctx, input),
  },
  Invoice: {
    __resolveReference: (reference, ctx) =>
      isUuid(reference.id) ? invoiceByIdLoader(ctx).load(reference.id.toLowerCase()) : null,
    customer: (invoice) => ({ id: invoice.customerId }),
    subtotal: (invoice) =>
      toMoney(centsText(storedCents(invoice.total) - storedCents(invoice.taxTotal)), invoice.currency),
    taxTotal: (invoice) => toMoney(invoice.taxTotal, invoice.currency),
    total: (invoice) => toMoney(invoice.total, invoice.currency),
    amountPaid: (invoice) => toMoney(invoice.amountPaid, invoice.currency),
    amountCredited: (invoice) => toMoney(invoice.amountCredited, invoice.currency),
    residual: (invoice) => toMoney(residualOf(invoice), invoice.currency),
    journalEntry: (invoice, _args, ctx) =>
      invoice.journalEntryId ? entryByIdLoader(ctx).load(invoice.journalEntryId) : null,
    lines: async (invoice, _args, ctx) => {
      const lines = await linesByInvoiceLoader(ctx).load(invoice.id);
      return lines.map((line) => ({
        description: line.description,
        quantity: formatQuantity(line.quantity),
        unitPrice: toMoney(line.unitPrice, invoice.currency),
        amount: toMoney(line.amount, invoice.currency),
        taxRate:
          line.taxRateId && line.taxRate !== null
            ? { id: line.taxRateId, rate: formatRate(line.taxRate), inclusive: line.taxInclusive === true }
            : null,
        net: toMoney(line.net, invoice.currency),
        tax: toMoney(line.tax, invoice.currency),
        gross: toMoney(centsText(storedCents(line.net) + storedCents(line.tax)), invoice.currency),
      }));
    },
    issuedAt: (invoice) => invoice.issuedAt?.toISOString() ?? null,
    createdAt: (invoice) => invoice.createdAt.toISOString(),
  },
};
