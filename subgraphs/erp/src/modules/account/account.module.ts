import { defineModule } from '@nexora/kit';
import { accountResolvers } from './account.resolvers';

/**
 * The chart of accounts: each tenant's accounts (code, name, type, parent, role), seeded with a
 * default chart and the journals on first use (`ensureLedgerSetup`). Other modules find accounts by
 * role (`findAccountByRole`), never by code.
 */
export default defineModule({
  name: 'account',
  resolvers: accountResolvers,
  mappers: { Account: './account.types#AccountRow' },
  permissions: [
    {
      name: 'erp.account:read',
      description: 'See the chart of accounts',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'erp.account:write',
      description: 'Add accounts to the chart, rename, re-parent and deactivate them',
      grantedTo: ['admin'],
    },
  ],
});
