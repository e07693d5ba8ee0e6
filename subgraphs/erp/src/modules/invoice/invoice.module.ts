import { defineModule } from '@nexora/kit';
import { InvoiceCounterEntity } from './invoice-counter.entity';
import { InvoiceLineEntity } from './invoice-line.entity';
import { InvoiceEntity } from './invoice.entity';
import { invoiceResolvers } from './invoice.resolvers';

/** Invoices: drafts, posting with a gap-free number per tenant, lines and totals. */
export default defineModule({
  name: 'invoice',
  resolvers: invoiceResolvers,
  entities: [InvoiceEntity, InvoiceLineEntity, InvoiceCounterEntity],
  mappers: { Invoice: './invoice.entity#InvoiceEntity' },
  permissions: [
    {
      name: 'erp.invoice:read',
      description: 'See invoices and customer balances',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'erp.invoice:write',
      description: 'Create and post invoices',
      grantedTo: ['admin', 'member'],
    },
  ],
});
