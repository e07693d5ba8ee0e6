import type { Resolvers } from '../../__generated__/resolvers-types';
import { listLockDateChanges, readLedgerLock, setLockDate } from './lock-date.service';

export const fiscalPeriodResolvers: Resolvers = {
  Query: {
    ledgerLock: (_root, _args, ctx) => readLedgerLock(ctx),
  },
  Mutation: {
    setLockDate: (_root, { input }, ctx) => setLockDate(ctx, input),
  },
  LedgerLock: {
    changes: (_lock, args, ctx) => listLockDateChanges(ctx, args),
  },
  LockDateChange: {
    changedById: (change) => change.changedBy,
    changedAt: (change) => change.changedAt.toISOString(),
    atSequence: (change) => Number(change.atSequence),
  },
};
