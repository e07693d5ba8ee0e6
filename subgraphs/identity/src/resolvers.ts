import type { Resolvers } from './__generated__/resolvers-types';
import { authResolvers } from './modules/auth/auth.resolvers';
import { invitationResolvers } from './modules/invitation/invitation.resolvers';
import { membershipResolvers } from './modules/membership/membership.resolvers';
import { roleResolvers } from './modules/role/role.resolvers';
import { sessionResolvers } from './modules/session/session.resolvers';
import { tenantResolvers } from './modules/tenant/tenant.resolvers';
import { userResolvers } from './modules/user/user.resolvers';

const modules: Resolvers[] = [
  authResolvers,
  sessionResolvers,
  userResolvers,
  tenantResolvers,
  membershipResolvers,
  roleResolvers,
  invitationResolvers,
];

/** Every module's resolvers, merged per type (each module owns distinct fields). */
export const resolvers: Resolvers = modules.reduce<Resolvers>((merged, module) => {
  for (const [typeName, fields] of Object.entries(module)) {
    merged[typeName] = { ...(merged[typeName] as object | undefined), ...(fields as object) };
  }
  return merged;
}, {});
