import {
  BUILT_IN_ROLES,
  forbidden,
  isPermission,
  userError,
  type BuiltInRole,
  type Permission,
  type SubgraphContext,
  type UserError,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { recordAuditEvent } from '../audit/audit.recorder';
import type { RoleDefinition } from './role.entity';

export function isBuiltInRole(name: string): name is BuiltInRole {
  return Object.prototype.hasOwnProperty.call(BUILT_IN_ROLES, name);
}

function builtInRole(name: BuiltInRole): RoleDefinition {
  return { id: null, name, permissions: [...BUILT_IN_ROLES[name]], builtIn: true, createdAt: null };
}

interface RoleRow {
  id: string;
  name: string;
  permissions: string[];
  createdAt: Date;
}

function customRole(row: RoleRow): RoleDefinition {
  // A permission dropped from the catalogue stops being granted, even if a role still names it.
  return {
    id: row.id,
    name: row.name,
    permissions: row.permissions.filter(isPermission),
    builtIn: false,
    createdAt: row.createdAt,
  };
}

const ROLE_COLUMNS = `id, name, permissions, created_at as "createdAt"`;

/** A role grantable in `tenantId` (built-in or the tenant's custom role), or null. */
export async function findRole(
  manager: EntityManager,
  tenantId: string,
  name: string,
): Promise<RoleDefinition | null> {
  if (isBuiltInRole(name)) return builtInRole(name);
  const rows: RoleRow[] = await manager.query(
    `select ${ROLE_COLUMNS} from identity.roles where tenant_id = $1 and name = $2`,
    [tenantId, name],
  );
  return rows[0] ? customRole(rows[0]) : null;
}

/** Built-in roles first (most powerful first), then custom roles by name. */
export async function listRoles(ctx: SubgraphContext, tenantId: string): Promise<RoleDefinition[]> {
  const rows: RoleRow[] = await ctx.db.run((manager) =>
    manager.query(`select ${ROLE_COLUMNS} from identity.roles where tenant_id = $1 order by name`, [
      tenantId,
    ]),
  );
  const builtIns = (Object.keys(BUILT_IN_ROLES) as BuiltInRole[]).map(builtInRole);
  return [...builtIns, ...rows.map(customRole)];
}

/** A user's role in a tenant and the permissions it grants; null when they are not a member. */
export interface MemberAccess {
  role: string;
  permissions: string[];
}

/**
 * Needs the transaction bound to `tenantId` (custom roles are tenant rows); the membership itself is
 * also visible when bound to the user. One statement: membership joined to its custom role.
 */
export async function findMemberAccess(
  manager: EntityManager,
  tenantId: string,
  userId: string,
): Promise<MemberAccess | null> {
  const rows: Array<{ role: string; customPermissions: string[] | null }> = await manager.query(
    `select m.role, r.permissions as "customPermissions"
     from identity.memberships m
     left join identity.roles r on r.tenant_id = m.tenant_id and r.name = m.role
     where m.tenant_id = $1 and m.user_id = $2`,
    [tenantId, userId],
  );
  const row = rows[0];
  if (!row) return null;
  const permissions = isBuiltInRole(row.role)
    ? [...BUILT_IN_ROLES[row.role]]
    : (row.customPermissions ?? []).filter(isPermission);
  return { role: row.role, permissions };
}

/**
 * The caller's permissions in `tenantId` as stored now, not as copied into their access token: a
 * token lives up to 15 minutes, and a demoted admin must not keep granting roles until it expires.
 * Refuses (FORBIDDEN) a caller who no longer holds `required`.
 */
export async function currentPermissions(
  manager: EntityManager,
  ctx: SubgraphContext,
  tenantId: string,
  required: Permission,
): Promise<readonly string[]> {
  const userId = ctx.caller.userId;
  const access = userId ? await findMemberAccess(manager, tenantId, userId) : null;
  if (!access?.permissions.includes(required)) {
    throw forbidden(`Your role no longer grants "${required}" in this tenant; sign in again.`);
  }
  return access.permissions;
}

/**
 * No privilege escalation: a caller can grant (or take away) a role only when they hold every
 * permission it carries. Owners hold the whole catalogue; an admin cannot mint owners.
 */
export function assertCanGrant(
  held: readonly string[],
  role: RoleDefinition | { name: string; permissions: readonly string[] },
): void {
  const missing = role.permissions.filter((permission) => !held.includes(permission));
  if (missing.length > 0) {
    throw forbidden(
      `Granting the role "${role.name}" requires holding all of its permissions (missing: ${missing.join(', ')}).`,
    );
  }
}

const ROLE_NAME = /^[a-z][a-z0-9_-]{1,39}$/;

export interface CreateRoleInput {
  name: string;
  permissions: readonly string[];
}

export type CreateRoleResult = { role: RoleDefinition | null; userErrors: UserError[] };

export async function createRole(
  ctx: SubgraphContext,
  tenantId: string,
  input: CreateRoleInput,
): Promise<CreateRoleResult> {
  const name = input.name.trim();
  const userErrors: UserError[] = [];
  if (!ROLE_NAME.test(name)) {
    userErrors.push(
      userError(
        'INVALID_ROLE_NAME',
        'Use 2 to 40 lower-case letters, digits, "-" or "_", starting with a letter.',
        ['input', 'name'],
      ),
    );
  } else if (isBuiltInRole(name)) {
    userErrors.push(userError('ROLE_NAME_TAKEN', `"${name}" is a built-in role.`, ['input', 'name']));
  }
  input.permissions.forEach((permission, index) => {
    if (!isPermission(permission)) {
      userErrors.push(
        userError('UNKNOWN_PERMISSION', `"${permission}" is not a permission.`, [
          'input',
          'permissions',
          String(index),
        ]),
      );
    }
  });
  if (userErrors.length > 0) return { role: null, userErrors };

  const permissions = [...new Set(input.permissions)];
  const held = await ctx.db.run((manager) =>
    currentPermissions(manager, ctx, tenantId, 'identity.role:write'),
  );
  assertCanGrant(held, { name, permissions });
  // `on conflict do nothing` turns a concurrent duplicate into a userError instead of a failed transaction.
  const rows: RoleRow[] = await ctx.db.run((manager) =>
    manager.query(
      `insert into identity.roles (tenant_id, name, permissions) values ($1, $2, $3)
       on conflict (tenant_id, name) do nothing returning ${ROLE_COLUMNS}`,
      [tenantId, name, permissions],
    ),
  );
  if (!rows[0]) {
    return {
      role: null,
      userErrors: [userError('ROLE_NAME_TAKEN', `A role named "${name}" already exists.`, ['input', 'name'])],
    };
  }
  await recordAuditEvent(ctx, {
    type: 'ROLE_CREATED',
    target: { type: 'ROLE', id: rows[0].id },
    details: { name, permissions },
  });
  return { role: customRole(rows[0]), userErrors: [] };
}
