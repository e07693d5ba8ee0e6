/**
 * The permission catalogue: every `domain.resource:verb` a role can grant. Schema directives
 * (@requiresPermission) and role definitions use only these strings.
 */
export const PERMISSIONS = [
  'identity.tenant:manage',
  'identity.member:read',
  'identity.member:invite',
  'identity.role:write',
  'crm.company:read',
  'crm.company:write',
  'erp.invoice:read',
  'erp.invoice:write',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export type BuiltInRole = 'owner' | 'admin' | 'member' | 'viewer';

const READ: Permission[] = ['identity.member:read', 'crm.company:read', 'erp.invoice:read'];
const WRITE: Permission[] = ['crm.company:write', 'erp.invoice:write'];

export const BUILT_IN_ROLES: Record<BuiltInRole, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: [...READ, ...WRITE, 'identity.member:invite', 'identity.role:write'],
  member: [...READ, ...WRITE],
  viewer: READ,
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
