import { defineModule } from '@nexora/kit';
import { SigningKeyEntity } from './signing-key.entity';

/** The key access tokens are signed with, published as a JWKS. */
export default defineModule({
  name: 'signing-key',
  entities: [SigningKeyEntity],
});
