import { defineModule } from '@nexora/kit';
import { UserEntity } from './user.entity';
import { userResolvers } from './user.resolvers';

/** Accounts: one per person, across the tenants they belong to. */
export default defineModule({
  name: 'user',
  resolvers: userResolvers,
  entities: [UserEntity],
  mappers: {
    User: './user.entity#UserEntity',
    SessionUser: './user.entity#UserEntity',
  },
});
