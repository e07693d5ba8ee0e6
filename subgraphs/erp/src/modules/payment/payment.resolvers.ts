import type { Resolvers } from '../../__generated__/resolvers-types';
import { entryByIdLoader } from '../journal-entry/journal-entry.loaders';
import { invoiceByIdLoader } from '../invoice/invoice.loaders';
import { toMoney } from '../invoice/money';
import { paymentsByInvoiceLoader } from './payment.loaders';
import { recordPayment } from './payment.service';

export const paymentResolvers: Resolvers = {
  Mutation: {
    recordPayment: (_root, { input }, ctx) => recordPayment(ctx, input),
  },
  Invoice: {
    payments: (invoice, _args, ctx) => paymentsByInvoiceLoader(ctx).load(invoice.id),
  },
  Payment: {
    invoice: async (payment, _args, ctx) => {
      const invoice = await invoiceByIdLoader(ctx).load(payment.invoiceId);
      if (!invoice) throw new Error(`Payment ${payment.id} names a missing invoice`);
      return invoice;
    },
    amount: (payment) => toMoney(payment.amount, payment.currency),
    journalEntry: (payment, _args, ctx) => entryByIdLoader(ctx).load(payment.journalEntryId),
    createdAt: (payment) => payment.createdAt.toISOString(),
  },
};
