import type { Resolvers } from '../../__generated__/resolvers-types';
import { accountByIdLoader } from '../account/account.loaders';
import type { AccountRow } from '../account/account.types';
import { toMoney } from '../invoice/money';
import { entryByIdLoader } from '../journal-entry/journal-entry.loaders';
import { storedCents } from '../journal-entry/ledger-amount';
import { accountBalance } from './account-balance.service';
import { generalLedger } from './general-ledger.service';
import { trialBalance } from './trial-balance.service';
import type { SubgraphContext } from '@nexora/kit';

async function loadAccount(ctx: SubgraphContext, id: string): Promise<AccountRow> {
  const account = await accountByIdLoader(ctx).load(id);
  if (!account) throw new Error(`Account ${id} is missing`);
  return account;
}

export const ledgerReportResolvers: Resolvers = {
  Query: {
    trialBalance: (_root, args, ctx) => trialBalance(ctx, args),
    generalLedger: (_root, args, ctx) => generalLedger(ctx, args),
    accountBalance: (_root, args, ctx) => accountBalance(ctx, args),
  },
  TrialBalanceRow: {
    account: (row, _args, ctx) => loadAccount(ctx, row.accountId),
  },
  GeneralLedgerConnection: {
    account: (ledger, _args, ctx) => loadAccount(ctx, ledger.accountId),
  },
  GeneralLedgerLine: {
    entry: async (line, _args, ctx) => {
      const entry = await entryByIdLoader(ctx).load(line.entryId);
      if (!entry) throw new Error(`Journal entry ${line.entryId} is missing`);
      return entry;
    },
    sequence: (line) => Number(line.sequence),
    company: (line) => (line.companyId ? { id: line.companyId } : null),
    debit: (line) => (storedCents(line.debit) > 0n ? toMoney(line.debit, line.currency) : null),
    credit: (line) => (storedCents(line.credit) > 0n ? toMoney(line.credit, line.currency) : null),
    balance: (line) => toMoney(line.balance, line.currency),
  },
};
