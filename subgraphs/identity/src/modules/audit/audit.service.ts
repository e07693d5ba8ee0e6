import {
  badUserInput,
  pageSize,
  parseId,
  planKeyset,
  timestampSort,
  toConnection,
  type Connection,
  type SubgraphContext,
} from '@nexora/kit';
import { currentPermissions } from '../role/role.service';
import { AUDIT_EVENT_TYPES, type AuditEventRecord, type AuditEventType } from './audit-event.types';

const AUDIT_COLUMNS = `e.id, e.tenant_id as "tenantId", e.type, e.occurred_at as "occurredAt",
  e.actor_user_id as "actorUserId", e.target_type as "targetType", e.target_id as "targetId",
  e.client_address as "clientAddress", e.user_agent as "userAgent", e.request_id as "requestId", e.details`;

/** Newest first; the cursor keeps the timestamp to the microsecond, ties broken by id. */
const ORDER = { OCCURRED_AT: timestampSort('e.occurred_at') } as const;

export interface AuditEventsArgs {
  first?: number | null;
  after?: string | null;
  types?: readonly string[] | null;
  userId?: string | null;
}

function checkTypes(types: readonly string[] | null | undefined): AuditEventType[] | null {
  if (!types || types.length === 0) return null;
  const known = new Set<string>(AUDIT_EVENT_TYPES);
  const unknown = types.filter((type) => !known.has(type));
  if (unknown.length > 0) throw badUserInput(`Unknown audit event types: ${unknown.join(', ')}.`, 'types');
  return [...new Set(types)] as AuditEventType[];
}

/**
 * The tenant's security events, newest first, keyset-paginated; optionally only some `types`, or
 * only events a user took part in (as the actor or as the user acted upon). Row-level security keeps
 * every other tenant's events out whatever the filters; the permission is checked as stored now, so
 * a demoted admin stops reading at once rather than when their access token expires.
 */
export async function listAuditEvents(
  ctx: SubgraphContext,
  tenantId: string,
  args: AuditEventsArgs,
): Promise<Connection<AuditEventRecord>> {
  const size = pageSize(args.first);
  const types = checkTypes(args.types);
  const userId = args.userId == null ? null : parseId(args.userId, 'userId');
  return ctx.db.run(async (manager) => {
    await currentPermissions(manager, ctx, tenantId, 'identity.audit:read');
    const params: unknown[] = [tenantId, types, userId];
    const filter = `e.tenant_id = $1 and ($2::text[] is null or e.type = any($2::text[]))
      and ($3::uuid is null or e.actor_user_id = $3::uuid or (e.target_type = 'USER' and e.target_id = $3::uuid))`;
    const [count]: Array<{ total: number }> = await manager.query(
      `select count(*)::int as total from identity.audit_events e where ${filter}`,
      [...params],
    );
    const keyset = planKeyset(ORDER, { field: 'OCCURRED_AT', direction: 'DESC' }, args.after, params, 'e.id');
    params.push(size + 1);
    const rows: Array<AuditEventRecord & { sortKey: string }> = await manager.query(
      `select ${AUDIT_COLUMNS}, ${keyset.cursorSelect} as "sortKey"
       from identity.audit_events e
       where ${keyset.where(filter)}
       order by ${keyset.orderBy}
       limit $${params.length}`,
      params,
    );
    const connection = toConnection(rows, size, count.total, keyset.positionOf, keyset.hadCursor);
    return {
      ...connection,
      edges: connection.edges.map(({ cursor, node: { sortKey: _sortKey, ...event } }) => ({
        cursor,
        node: event,
      })),
    };
  });
}
