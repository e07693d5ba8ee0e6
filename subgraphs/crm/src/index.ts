import path from 'node:path';
import { loadSubgraphTypeDefs, type SubgraphModule } from '@nexora/kit';
import { CreateCompanies1795615492320 } from './migrations/1795615492320-create-companies';
import { CreateOutbox1795618700000 } from './migrations/1795618700000-create-outbox';
import { GuardOutbox1795620600000 } from './migrations/1795620600000-guard-outbox';
import { CompanyEntity } from './modules/company/company.entity';
import { companyResolvers } from './modules/company/company.resolvers';

/** The CRM subgraph: companies (and later contacts, deals) of each tenant. */
export const crmSubgraph: SubgraphModule = {
  name: 'crm',
  defaultPort: 4003,
  typeDefs: loadSubgraphTypeDefs(path.join(__dirname, 'schema.graphql')),
  resolvers: companyResolvers,
  database: {
    schema: 'crm',
    entities: [CompanyEntity],
    migrations: [CreateCompanies1795615492320, CreateOutbox1795618700000, GuardOutbox1795620600000],
  },
};
