import type { Resolvers } from '../../__generated__/resolvers-types';
import { customerBillable, customerInvoices, customerOpenBalance } from './customer.service';

/** erp's contribution to crm's Company entity. */
export const customerResolvers: Resolvers = {
  Company: {
    // Any referenced id is answered (crm owns the entity); `billable` says whether erp knows it.
    __resolveReference: (reference) => ({ id: reference.id }),
    billable: (company, _args, ctx) => customerBillable(ctx, company),
    invoices: (company, args, ctx) => customerInvoices(ctx, company, args),
    openBalance: (company, _args, ctx) => customerOpenBalance(ctx, company),
  },
};
