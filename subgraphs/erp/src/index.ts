import path from 'node:path';
import { loadSubgraphTypeDefs, type SubgraphModule } from '@nexora/kit';
import { CreateInvoices1795615492321 } from './migrations/1795615492321-create-invoices';
import { CreateOutbox1795618700000 } from './migrations/1795618700000-create-outbox';
import { GuardOutbox1795620600000 } from './migrations/1795620600000-guard-outbox';
import { customerResolvers } from './modules/customer/customer.resolvers';
import { InvoiceCounterEntity } from './modules/invoice/invoice-counter.entity';
import { InvoiceLineEntity } from './modules/invoice/invoice-line.entity';
import { InvoiceEntity } from './modules/invoice/invoice.entity';
import { invoiceResolvers } from './modules/invoice/invoice.resolvers';

/** The ERP subgraph: invoices of each tenant, and the billing view of crm's companies. */
export const erpSubgraph: SubgraphModule = {
  name: 'erp',
  defaultPort: 4004,
  typeDefs: loadSubgraphTypeDefs(path.join(__dirname, 'schema.graphql')),
  resolvers: { ...invoiceResolvers, ...customerResolvers },
  database: {
    schema: 'erp',
    entities: [InvoiceEntity, InvoiceLineEntity, InvoiceCounterEntity],
    migrations: [CreateInvoices1795615492321, CreateOutbox1795618700000, GuardOutbox1795620600000],
  },
};
