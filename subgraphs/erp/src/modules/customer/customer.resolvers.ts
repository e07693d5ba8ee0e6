import type { Resolvers } from '../../__generated__/resolvers-types';
import { customerInvoices, customerOpenBalance } from './customer.service';

/** erp's contribution to crm's Company entity. */
export const customerResolvers: Resolvers = {
  Company: {
    // erp cannot see crm's companies; any referenced id is answered, with its invoices if any.
    __resolveReference: (reference) => ({ id: reference.id }),
    invoices: (company, args, ctx) => customerInvoices(ctx, company, args),
    openBalance: (company, _args, ctx) => customerOpenBalance(ctx, company),
  },
};
