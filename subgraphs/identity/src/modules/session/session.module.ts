import { defineModule } from '@nexora/kit';
import { RefreshTokenEntity } from './refresh-token.entity';
import { sessionResolvers } from './session.resolvers';

/** Access and refresh tokens: refresh with rotation, logout, switching tenant. */
export default defineModule({
  name: 'session',
  resolvers: sessionResolvers,
  entities: [RefreshTokenEntity],
  mappers: { AuthSession: './session.service#IssuedSession' },
});
