import { defineModule } from '@nexora/kit';
import { RoleEntity } from './role.entity';
import { roleResolvers } from './role.resolvers';

/** Built-in and custom roles, and assigning them to members. */
export default defineModule({
  name: 'role',
  resolvers: roleResolvers,
  entities: [RoleEntity],
  mappers: { Role: './role.entity#RoleDefinition' },
  permissions: [
    {
      name: 'identity.role:write',
      description: 'Create custom roles and assign roles to members',
      grantedTo: ['admin'],
    },
  ],
});
