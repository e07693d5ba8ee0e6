import { defineModule } from '@nexora/kit';
import { TenantEntity } from './tenant.entity';
import { tenantResolvers } from './tenant.resolvers';

/** Tenants: the organisations whose data every other subgraph scopes by. */
export default defineModule({
  name: 'tenant',
  resolvers: tenantResolvers,
  entities: [TenantEntity],
  mappers: { Tenant: './tenant.entity#TenantEntity' },
  permissions: [
    {
      name: 'identity.tenant:manage',
      description: 'Manage the tenant itself (owners only)',
      grantedTo: [],
    },
  ],
});
