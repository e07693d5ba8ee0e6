import {
  emitEvent,
  notFound,
  pageSize,
  parseId,
  planKeyset,
  timestampSort,
  toConnection,
  userError,
  type Connection,
  type SubgraphContext,
  type UserError,
} from '@nexora/kit';
import { recordAuditEvent } from '../audit/audit.recorder';
import { currentPermissions } from '../role/role.service';
import type { ApiKeyRecord } from './api-key.entity';
import { API_KEY_REVOKED, publishRevocationNow } from './api-key.events';
import { apiKeyPrefix, generateApiKey } from './api-key.format';
import { scopesNotHeld, validateApiKeyRequest, type CreateApiKeyInput } from './api-key.validation';

export const API_KEY_COLUMNS = `k.id, k.tenant_id as "tenantId", k.name, k.public_id as "publicId", k.scopes,
  k.requests_per_minute as "requestsPerMinute", k.cost_per_minute as "costPerMinute", k.created_by as "createdBy",
  k.created_at as "createdAt", k.last_used_at as "lastUsedAt", k.expires_at as "expiresAt",
  k.revoked_at as "revokedAt", k.revoked_by as "revokedBy"`;
/** Newest first; the kit's cursor keeps the timestamp to the microsecond, ties broken by id. */
const ORDER = { CREATED_AT: timestampSort('k.created_at') } as const;

/** Keys a tenant may have that are neither revoked nor expired. */
export const MAX_ACTIVE_API_KEYS = 100;

export type ApiKeyStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

export function apiKeyStatus(key: ApiKeyRecord, now = Date.now()): ApiKeyStatus {
  if (key.revokedAt) return 'REVOKED';
  if (key.expiresAt && key.expiresAt.getTime() <= now) return 'EXPIRED';
  return 'ACTIVE';
}

export type CreateApiKeyResult = {
  apiKey: ApiKeyRecord | null;
  secret: string | null;
  userErrors: UserError[];
};

const refused = (userErrors: UserError[]): CreateApiKeyResult => ({ apiKey: null, secret: null, userErrors });

export async function createApiKey(
  ctx: SubgraphContext,
  tenantId: string,
  input: CreateApiKeyInput,
): Promise<CreateApiKeyResult> {
  const { request, userErrors } = validateApiKeyRequest(input);
  if (!request) return refused(userErrors);
  return ctx.db.run(async (manager) => {
    // As stored now, not as in the access token: a demoted admin must not mint keys until it expires.
    const held = await currentPermissions(manager, ctx, tenantId, 'identity.apikey:manage');
    const escalations = scopesNotHeld(input.scopes, held);
    if (escalations.length > 0) return refused(escalations);
    const [active]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from identity.api_keys
       where tenant_id = $1 and revoked_at is null and (expires_at is null or expires_at > now())`,
      [tenantId],
    );
    if (active.count >= MAX_ACTIVE_API_KEYS) {
      return refused([
        userError(
          'TOO_MANY_API_KEYS',
          `The tenant already has ${MAX_ACTIVE_API_KEYS} active keys; revoke one it no longer needs.`,
        ),
      ]);
    }
    const generated = generateApiKey();
    const rows: ApiKeyRecord[] = await manager.query(
      `insert into identity.api_keys as k
         (tenant_id, name, public_id, secret_hash, scopes, requests_per_minute, cost_per_minute, created_by, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       returning ${API_KEY_COLUMNS}`,
      [
        tenantId,
        request.name,
        generated.publicId,
        generated.hash,
        request.scopes,
        request.requestsPerMinute,
        request.costPerMinute,
        ctx.caller.userId,
        request.expiresAt,
      ],
    );
    const apiKey = rows[0];
    const prefix = apiKeyPrefix(apiKey.publicId);
    await emitEvent(ctx, 'identity.apikey.created', {
      id: apiKey.id,
      name: apiKey.name,
      prefix,
      scopes: apiKey.scopes,
      createdBy: apiKey.createdBy,
    });
    await recordAuditEvent(ctx, {
      type: 'API_KEY_CREATED',
      target: { type: 'API_KEY', id: apiKey.id },
      details: { name: apiKey.name, prefix, scopes: apiKey.scopes },
    });
    return { apiKey, secret: generated.key, userErrors: [] };
  });
}

/** The tenant's keys, newest first; keyset pagination on (created_at, id), both descending. */
export async function listApiKeys(
  ctx: SubgraphContext,
  tenantId: string,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<ApiKeyRecord>> {
  const size = pageSize(args.first);
  return ctx.db.run(async (manager) => {
    const [count]: Array<{ total: number }> = await manager.query(
      `select count(*)::int as total from identity.api_keys where tenant_id = $1`,
      [tenantId],
    );
    const params: unknown[] = [tenantId];
    const keyset = planKeyset(ORDER, { field: 'CREATED_AT', direction: 'DESC' }, args.after, params, 'k.id');
    params.push(size + 1);
    const rows: Array<ApiKeyRecord & { sortKey: string }> = await manager.query(
      `select ${API_KEY_COLUMNS}, ${keyset.cursorSelect} as "sortKey"
       from identity.api_keys k
       where ${keyset.where('k.tenant_id = $1')}
       order by ${keyset.orderBy}
       limit $${params.length}`,
      params,
    );
    const connection = toConnection(rows, size, count.total, keyset.positionOf, keyset.hadCursor);
    return {
      ...connection,
      edges: connection.edges.map(({ cursor, node: { sortKey: _sortKey, ...key } }) => ({
        cursor,
        node: key,
      })),
    };
  });
}

export type RevokeApiKeyResult = { apiKey: ApiKeyRecord; userErrors: UserError[] };

/**
 * Revokes a key of the tenant; revoking it again returns it unchanged. The revocation is announced
 * (`identity.apikey.revoked`) through the outbox and, for the gateways' key caches, also straight
 * after the commit: see `publishRevocationNow`.
 */
export async function revokeApiKey(
  ctx: SubgraphContext,
  tenantId: string,
  input: { id: string },
): Promise<RevokeApiKeyResult> {
  const id = parseId(input.id, 'id');
  return ctx.db.run(async (manager) => {
    await currentPermissions(manager, ctx, tenantId, 'identity.apikey:manage');
    // TypeORM answers an UPDATE with [rows, affected count].
    const [revoked]: [ApiKeyRecord[], number] = await manager.query(
      `update identity.api_keys k set revoked_at = now(), revoked_by = $3
       where k.tenant_id = $1 and k.id = $2 and k.revoked_at is null
       returning ${API_KEY_COLUMNS}`,
      [tenantId, id, ctx.caller.userId],
    );
    if (revoked[0]) {
      const payload = { id, prefix: apiKeyPrefix(revoked[0].publicId), revokedBy: ctx.caller.userId };
      const eventId = await emitEvent(ctx, API_KEY_REVOKED, payload);
      publishRevocationNow(ctx, { eventId, tenantId, payload });
      await recordAuditEvent(ctx, {
        type: 'API_KEY_REVOKED',
        target: { type: 'API_KEY', id },
        details: { name: revoked[0].name, prefix: payload.prefix },
      });
      return { apiKey: revoked[0], userErrors: [] };
    }
    const existing: ApiKeyRecord[] = await manager.query(
      `select ${API_KEY_COLUMNS} from identity.api_keys k where k.tenant_id = $1 and k.id = $2`,
      [tenantId, id],
    );
    if (!existing[0]) throw notFound('API key', id);
    return { apiKey: existing[0], userErrors: [] };
  });
}
