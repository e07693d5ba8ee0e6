import { defineModule } from '@nexora/kit';
import { InvitationEntity } from './invitation.entity';
import { invitationResolvers } from './invitation.resolvers';

/** Invitations into a tenant, accepted by new or existing accounts. */
export default defineModule({
  name: 'invitation',
  resolvers: invitationResolvers,
  entities: [InvitationEntity],
  mappers: { Invitation: './invitation.entity#InvitationEntity' },
  permissions: [
    {
      name: 'identity.member:invite',
      description: 'Invite people into the tenant',
      grantedTo: ['admin'],
    },
  ],
});
