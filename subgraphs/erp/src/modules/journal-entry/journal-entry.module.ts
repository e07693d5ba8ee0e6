import { defineModule } from '@nexora/kit';
import { journalEntryResolvers } from './journal-entry.resolvers';

/**
 * Journals and double-entry journal entries: drafts, posting (balanced per currency, after the
 * lock date, hash-chained per tenant), reversal, and the chain's verification. Other modules book
 * through `postLedgerEntry` (ledger.api.ts), inside their own transaction.
 */
export default defineModule({
  name: 'journal-entry',
  resolvers: journalEntryResolvers,
  mappers: {
    Journal: './journal-entry.types#JournalRow',
    JournalEntry: './journal-entry.types#JournalEntryRow',
    JournalLine: './journal-entry.types#JournalLineRow',
  },
  permissions: [
    {
      name: 'erp.journal:read',
      description: 'See journals, journal entries, ledger reports and the ledger verification',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'erp.journal:post',
      description: 'Create, post, reverse and delete manual journal entries',
      grantedTo: ['admin'],
    },
  ],
});
