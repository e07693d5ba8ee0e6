import path from 'node:path';
import { loadSubgraphTypeDefs, type SubgraphModule } from '@nexora/kit';
import { loadIdentityConfig } from './identity-config';
import { setIdentityRuntime } from './identity-runtime';
import { IdentityInitial1764000000000 } from './migrations/1764000000000-identity-initial';
import { CreateOutbox1795618700000 } from './migrations/1795618700000-create-outbox';
import { GuardOutbox1795620600000 } from './migrations/1795620600000-guard-outbox';
import { LoginAttemptsByAddress1795700000000 } from './migrations/1795700000000-login-attempts-by-address';
import { LoginAttemptEntity } from './modules/auth/login-attempt.entity';
import { dummyPasswordHash } from './modules/auth/password-hasher';
import { InvitationEntity } from './modules/invitation/invitation.entity';
import { MembershipEntity } from './modules/membership/membership.entity';
import { RoleEntity } from './modules/role/role.entity';
import { RefreshTokenEntity } from './modules/session/refresh-token.entity';
import { JWKS_PATH, jwksRoute } from './modules/signing-key/jwks.route';
import { SigningKeyEntity } from './modules/signing-key/signing-key.entity';
import { loadSigningKey } from './modules/signing-key/signing-key.service';
import { TenantEntity } from './modules/tenant/tenant.entity';
import { UserEntity } from './modules/user/user.entity';
import { resolvers } from './resolvers';

export const identitySubgraph: SubgraphModule = {
  name: 'identity',
  defaultPort: 4001,
  typeDefs: loadSubgraphTypeDefs(path.join(__dirname, 'schema.graphql')),
  resolvers,
  database: {
    schema: 'identity',
    entities: [
      TenantEntity,
      UserEntity,
      MembershipEntity,
      RoleEntity,
      InvitationEntity,
      RefreshTokenEntity,
      SigningKeyEntity,
      LoginAttemptEntity,
    ],
    migrations: [
      IdentityInitial1764000000000,
      CreateOutbox1795618700000,
      GuardOutbox1795620600000,
      LoginAttemptsByAddress1795700000000,
    ],
  },
  routes: (runtime) => ({ [JWKS_PATH]: jwksRoute(runtime) }),
  onStart: async (runtime) => {
    const config = loadIdentityConfig();
    const signingKey = await loadSigningKey(runtime.dataSource, config);
    setIdentityRuntime({ config, dataSource: runtime.dataSource, signingKey });
    // Computed now so the first login for an unknown e-mail costs one hash, like any other.
    await dummyPasswordHash();
    runtime.logger.info({ kid: signingKey.kid, source: signingKey.source }, 'access token signing key ready');
  },
};
