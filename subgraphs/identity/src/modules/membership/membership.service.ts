import {
  notFound,
  parseId,
  pageSize,
  planKeyset,
  timestampSort,
  toConnection,
  userError,
  type Connection,
  type SubgraphContext,
  type UserError,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { recordAuditEvent } from '../audit/audit.recorder';
import { assertCanGrant, currentPermissions, findRole } from '../role/role.service';
import { MembershipEntity } from './membership.entity';

const MEMBERSHIP_COLUMNS = `m.id, m.tenant_id as "tenantId", m.user_id as "userId", m.role, m.created_at as "createdAt"`;
const ORDER = { CREATED_AT: timestampSort('m.created_at') } as const;

function toEntity(row: MembershipEntity): MembershipEntity {
  return Object.assign(new MembershipEntity(), {
    id: row.id,
    tenantId: row.tenantId,
    userId: row.userId,
    role: row.role,
    createdAt: row.createdAt,
  });
}

/** Members of `tenantId`, oldest first; keyset pagination on (created_at, id). */
export async function listMembers(
  ctx: SubgraphContext,
  tenantId: string,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<MembershipEntity>> {
  const size = pageSize(args.first);
  return ctx.db.run(async (manager) => {
    const [count]: Array<{ total: number }> = await manager.query(
      `select count(*)::int as total from identity.memberships where tenant_id = $1`,
      [tenantId],
    );
    const params: unknown[] = [tenantId];
    const keyset = planKeyset(ORDER, { field: 'CREATED_AT', direction: 'ASC' }, args.after, params, 'm.id');
    params.push(size + 1);
    const rows: Array<MembershipEntity & { sortKey: string }> = await manager.query(
      `select ${MEMBERSHIP_COLUMNS}, ${keyset.cursorSelect} as "sortKey"
       from identity.memberships m
       where ${keyset.where('m.tenant_id = $1')}
       order by ${keyset.orderBy}
       limit $${params.length}`,
      params,
    );
    const connection = toConnection(rows, size, count.total, keyset.positionOf, keyset.hadCursor);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toEntity(edge.node) })),
    };
  });
}

/** All memberships of the user across tenants, oldest first (readable through the own-rows policy). */
export async function membershipsOfUser(ctx: SubgraphContext, userId: string): Promise<MembershipEntity[]> {
  const rows: MembershipEntity[] = await ctx.db.run((manager) =>
    manager.query(
      `select ${MEMBERSHIP_COLUMNS} from identity.memberships m where m.user_id = $1 order by m.created_at, m.id`,
      [userId],
    ),
  );
  return rows.map(toEntity);
}

async function lockedMembership(
  manager: EntityManager,
  tenantId: string,
  userId: string,
): Promise<MembershipEntity | null> {
  const rows: MembershipEntity[] = await manager.query(
    `select ${MEMBERSHIP_COLUMNS} from identity.memberships m where m.tenant_id = $1 and m.user_id = $2 for update`,
    [tenantId, userId],
  );
  return rows[0] ? toEntity(rows[0]) : null;
}

export interface AssignRoleInput {
  userId: string;
  role: string;
}

export type AssignRoleResult = { membership: MembershipEntity | null; userErrors: UserError[] };

/** Changes a member's role; refuses to leave the tenant without an owner. */
export async function assignRole(
  ctx: SubgraphContext,
  tenantId: string,
  input: AssignRoleInput,
): Promise<AssignRoleResult> {
  const userId = parseId(input.userId, 'userId');
  return ctx.db.run(async (manager) => {
    // Serializes role changes per tenant: two owners demoting each other at once must not both succeed.
    await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `nexora:identity:roles:${tenantId}`,
    ]);
    const membership = await lockedMembership(manager, tenantId, userId);
    if (!membership) throw notFound('Member', userId);
    const role = await findRole(manager, tenantId, input.role);
    if (!role) {
      return {
        membership: null,
        userErrors: [userError('UNKNOWN_ROLE', `There is no role "${input.role}".`, ['input', 'role'])],
      };
    }
    const current = await findRole(manager, tenantId, membership.role);
    const held = await currentPermissions(manager, ctx, tenantId, 'identity.role:write');
    assertCanGrant(held, role);
    if (current) assertCanGrant(held, current);
    if (membership.role === role.name) return { membership, userErrors: [] };
    if (membership.role === 'owner') {
      const [owners]: Array<{ count: number }> = await manager.query(
        `select count(*)::int as count from identity.memberships where tenant_id = $1 and role = 'owner'`,
        [tenantId],
      );
      if (owners.count <= 1) {
        return {
          membership: null,
          userErrors: [
            userError('LAST_OWNER', 'A tenant needs at least one owner; make someone else owner first.', [
              'input',
              'role',
            ]),
          ],
        };
      }
    }
    await manager.query(`update identity.memberships set role = $3 where tenant_id = $1 and user_id = $2`, [
      tenantId,
      userId,
      role.name,
    ]);
    await recordAuditEvent(ctx, {
      type: 'ROLE_CHANGED',
      target: { type: 'USER', id: userId },
      details: { from: membership.role, to: role.name },
    });
    return { membership: Object.assign(membership, { role: role.name }), userErrors: [] };
  });
}
