import type { Resolvers } from '../../__generated__/resolvers-types';
import { entryByIdLoader } from '../journal-entry/journal-entry.loaders';
import { invoiceByIdLoader } from '../invoice/invoice.loaders';
import { toMoney } from '../invoice/money';
import { creditNotesByInvoiceLoader } from './credit-note.loaders';
import { createCreditNote } from './credit-note.service';

export const creditNoteResolvers: Resolvers = {
  Mutation: {
    createCreditNote: (_root, { input }, ctx) => createCreditNote(ctx, input),
  },
  Invoice: {
    creditNotes: (invoice, _args, ctx) => creditNotesByInvoiceLoader(ctx).load(invoice.id),
  },
  CreditNote: {
    invoice: async (creditNote, _args, ctx) => {
      const invoice = await invoiceByIdLoader(ctx).load(creditNote.invoiceId);
      if (!invoice) throw new Error(`Credit note ${creditNote.number} names a missing invoice`);
      return invoice;
    },
    amount: (creditNote) => toMoney(creditNote.amount, creditNote.currency),
    taxAmount: (creditNote) => toMoney(creditNote.taxAmount, creditNote.currency),
    journalEntry: (creditNote, _args, ctx) => entryByIdLoader(ctx).load(creditNote.journalEntryId),
    createdAt: (creditNote) => creditNote.createdAt.toISOString(),
  },
};
