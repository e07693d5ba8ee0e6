import { defineModule } from '@nexora/kit';
import { MembershipEntity } from './membership.entity';
import { membershipResolvers } from './membership.resolvers';

/** Who belongs to a tenant, with which role. */
export default defineModule({
  name: 'membership',
  resolvers: membershipResolvers,
  entities: [MembershipEntity],
  mappers: { Membership: './membership.entity#MembershipEntity' },
  permissions: [
    {
      name: 'identity.member:read',
      description: 'See the members of the tenant and the roles',
      grantedTo: ['admin', 'member', 'viewer'],
    },
  ],
});
