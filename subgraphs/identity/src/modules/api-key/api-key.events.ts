import type { SubgraphContext } from '@nexora/kit';
import { identityRuntime } from '../../identity-runtime';

export const API_KEY_REVOKED = 'identity.apikey.revoked';

export interface ApiKeyRevokedPayload {
  id: string;
  prefix: string;
  revokedBy: string | null;
}

/**
 * Publishes a revocation right after its commit, before `revokeApiKey` answers, in addition to the
 * outbox row (same event id) that the relay publishes a moment later. Gateways cache verified keys
 * for a few seconds and drop a key when they see this event: published here, it reaches an
 * in-process gateway before the revoking client has its answer, and a Redis-connected one within
 * the time Redis takes to deliver it, rather than after the relay's next batch. If this publish
 * fails, the outbox still delivers the event (consumers deduplicate by id), and a gateway that never
 * hears of it stops trusting the key when its cache entry ends (API_KEY_CACHE_TTL_MS).
 */
export function publishRevocationNow(
  ctx: SubgraphContext,
  event: { eventId: string; tenantId: string; payload: ApiKeyRevokedPayload },
): void {
  ctx.db.afterCommit(async () => {
    try {
      await identityRuntime().events.publish({
        id: event.eventId,
        type: API_KEY_REVOKED,
        tenantId: event.tenantId,
        occurredAt: new Date().toISOString(),
        payload: event.payload,
      });
    } catch (error) {
      ctx.logger.warn({ err: error, eventId: event.eventId }, 'could not publish a key revocation at once');
    }
  });
}
