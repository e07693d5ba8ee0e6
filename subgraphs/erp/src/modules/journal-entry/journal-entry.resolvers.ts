import type { Resolvers } from '../../__generated__/resolvers-types';
import { toMoney } from '../invoice/money';
import { accountByIdLoader } from '../account/account.loaders';
import { centsText, storedCents } from './ledger-amount';
import {
  entryByIdLoader,
  journalByIdLoader,
  linesByEntryLoader,
  reversalByEntryLoader,
} from './journal-entry.loaders';
import {
  createJournalEntry,
  deleteJournalEntry,
  findJournalEntry,
  listJournalEntries,
  listJournals,
  postJournalEntry,
  reverseJournalEntry,
} from './journal-entry.service';
import type { JournalLineRow } from './journal-entry.types';
import { verifyLedger } from './ledger-verify';

export const journalEntryResolvers: Resolvers = {
  Query: {
    journals: (_root, _args, ctx) => listJournals(ctx),
    journalEntries: (_root, args, ctx) => listJournalEntries(ctx, args),
    journalEntry: (_root, { id }, ctx) => findJournalEntry(ctx, id),
    verifyLedger: (_root, _args, ctx) => ctx.db.run((manager) => verifyLedger(manager, ctx)),
  },
  Mutation: {
    createJournalEntry: (_root, { input }, ctx) => createJournalEntry(ctx, input),
    postJournalEntry: (_root, { input }, ctx) => postJournalEntry(ctx, input),
    reverseJournalEntry: (_root, { input }, ctx) => reverseJournalEntry(ctx, input),
    deleteJournalEntry: (_root, { input }, ctx) => deleteJournalEntry(ctx, input),
  },
  JournalEntry: {
    journal: async (entry, _args, ctx) => {
      const journal = await journalByIdLoader(ctx).load(entry.journalId);
      if (!journal) throw new Error(`Journal ${entry.journalId} of entry ${entry.id} is missing`);
      return journal;
    },
    sequence: (entry) => (entry.sequence === null ? null : Number(entry.sequence)),
    lines: (entry, _args, ctx) => linesByEntryLoader(ctx).load(entry.id),
    totals: async (entry, _args, ctx) => debitTotals(await linesByEntryLoader(ctx).load(entry.id)),
    source: (entry) =>
      entry.sourceType && entry.sourceId ? { type: entry.sourceType, id: entry.sourceId } : null,
    reverses: (entry, _args, ctx) => (entry.reversesId ? entryByIdLoader(ctx).load(entry.reversesId) : null),
    reversedBy: (entry, _args, ctx) => reversalByEntryLoader(ctx).load(entry.id),
    createdAt: (entry) => entry.createdAt.toISOString(),
    postedAt: (entry) => entry.postedAt?.toISOString() ?? null,
  },
  JournalLine: {
    account: async (line, _args, ctx) => {
      const account = await accountByIdLoader(ctx).load(line.accountId);
      if (!account) throw new Error(`Account ${line.accountId} of line ${line.id} is missing`);
      return account;
    },
    debit: (line) => (storedCents(line.debit) > 0n ? toMoney(line.debit, line.currency) : null),
    credit: (line) => (storedCents(line.credit) > 0n ? toMoney(line.credit, line.currency) : null),
    company: (line) => (line.companyId ? { id: line.companyId } : null),
  },
};

/** The debits of each currency (equal to its credits in a balanced entry), ordered by currency. */
function debitTotals(lines: readonly JournalLineRow[]) {
  const sums = new Map<string, bigint>();
  for (const line of lines)
    sums.set(line.currency, (sums.get(line.currency) ?? 0n) + storedCents(line.debit));
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, cents]) => toMoney(centsText(cents), currency));
}
