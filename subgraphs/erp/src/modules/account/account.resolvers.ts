import type { Resolvers } from '../../__generated__/resolvers-types';
import { accountByIdLoader } from './account.loaders';
import { accountForRole, createAccount, findAccount, listAccounts, updateAccount } from './account.service';

export const accountResolvers: Resolvers = {
  Query: {
    accounts: (_root, args, ctx) => listAccounts(ctx, args),
    account: (_root, { id }, ctx) => findAccount(ctx, id),
    accountForRole: (_root, { role }, ctx) => accountForRole(ctx, role),
  },
  Mutation: {
    createAccount: (_root, { input }, ctx) => createAccount(ctx, input),
    updateAccount: (_root, { input }, ctx) => updateAccount(ctx, input),
  },
  Account: {
    parent: (account, _args, ctx) =>
      account.parentId ? accountByIdLoader(ctx).load(account.parentId) : null,
    createdAt: (account) => account.createdAt.toISOString(),
    updatedAt: (account) => account.updatedAt.toISOString(),
  },
};
