import { defineModule } from '@nexora/kit';
import { authResolvers } from './auth.resolvers';
import { LoginAttemptEntity } from './login-attempt.entity';

/** Sign-up, login (throttled per account and address) and the viewer. */
export default defineModule({
  name: 'auth',
  resolvers: authResolvers,
  entities: [LoginAttemptEntity],
  mappers: { Viewer: './viewer.service#ViewerModel' },
});
