import { defineModule } from '@nexora/kit';
import { InvoiceCounterEntity } from './invoice-counter.entity';
import { InvoiceLineEntity } from './invoice-line.entity';
import { InvoiceEntity } from './invoice.entity';
import { invoiceResolvers } from './invoice.resolvers';

/**
 * Invoices: drafts (editable), posting with its journal entry, gap-free numbers per tenant, lines
 * with taxes, payment terms and due dates; payments and credit notes settle them (their modules).
 */
export default defineModule({
  name: 'invoice',
  resolvers: invoiceResolvers,
  entities: [InvoiceEntity, InvoiceLineEntity, InvoiceCounterEntity],
  mappers: { Invoice: './invoice.entity#InvoiceEntity' },
  permissions: [
    {
      name: 'erp.invoice:read',
      description: 'See invoices, payments, credit notes, customer balances and the receivables ageing',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'erp.invoice:write',
      description: 'Create and edit draft invoices',
      grantedTo: ['admin', 'member'],
    },
    {
      name: 'erp.invoice:post',
      description: 'Post invoices (issue them and book their journal entries)',
      grantedTo: ['admin', 'member'],
    },
  ],
});
