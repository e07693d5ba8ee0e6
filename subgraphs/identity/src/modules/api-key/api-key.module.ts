import { defineModule } from '@nexora/kit';
import { ApiKeyEntity } from './api-key.entity';
import { apiKeyResolvers } from './api-key.resolvers';

/** API keys: how partners read the partner graph (`/public/graphql`) in the name of a tenant. */
export default defineModule({
  name: 'api-key',
  resolvers: apiKeyResolvers,
  entities: [ApiKeyEntity],
  mappers: { ApiKey: './api-key.entity#ApiKeyRecord' },
  permissions: [
    {
      name: 'identity.apikey:manage',
      description: 'Create, list and revoke the tenant’s API keys (partner graph access)',
      grantedTo: ['admin'],
    },
  ],
});
