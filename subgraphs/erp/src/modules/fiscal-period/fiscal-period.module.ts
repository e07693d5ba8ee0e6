import { defineModule } from '@nexora/kit';
import { fiscalPeriodResolvers } from './fiscal-period.resolvers';

/**
 * Closing periods: the tenant's lock date (posting and reversing on or before it is refused) and
 * the append-only record of its moves. Moving it is a permission of its own, held by owners only
 * unless a custom role is given it.
 */
export default defineModule({
  name: 'fiscal-period',
  resolvers: fiscalPeriodResolvers,
  mappers: {
    LedgerLock: './lock-date.types#LedgerLockModel',
    LockDateChange: './lock-date.types#LockDateChangeRow',
  },
  permissions: [
    {
      name: 'erp.period:lock',
      description: 'Move the lock date: close accounting periods or reopen them',
      grantedTo: [],
    },
  ],
});
