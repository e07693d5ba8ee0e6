import { createHash } from 'node:crypto';
import type { EventBus, Following, Logger } from '@nexora/kit';
import { LRUCache } from 'lru-cache';
import type { ApiKeyLimits } from '../gateway-context';
import type { IdentityKeyCheck, KeyCheck, KeyCheckOutcome } from './identity-key-check';

/** How long a checked key is trusted without asking identity again, by default (API_KEY_CACHE_TTL_MS). */
export const DEFAULT_API_KEY_CACHE_TTL_MS = 5_000;
/** The most it may be: how late a revocation can take effect when its event does not reach the gateway. */
export const MAX_API_KEY_CACHE_TTL_MS = 10_000;

/** What identity announces when a key is revoked (payload `{ id }`). */
export const API_KEY_REVOKED_EVENT = 'identity.apikey.revoked';

/** A key identity vouched for: the caller it stands for. */
export interface VerifiedApiKey {
  keyId: string;
  tenantId: string;
  scopes: string[];
  limits: ApiKeyLimits;
}

export type ApiKeyVerdict =
  { accepted: true; key: VerifiedApiKey } | { accepted: false; outcome: Exclude<KeyCheckOutcome, 'VALID'> };

export interface ApiKeyVerifierOptions {
  check: IdentityKeyCheck;
  /** 0 asks identity on every request. */
  cacheTtlMs: number;
  /** Where identity's events arrive; without it a revoked key is refused once its entry ends. */
  events?: EventBus;
  logger: Logger;
  maxEntries?: number;
}

interface TenantWatch {
  keyIds: Set<string>;
  following: Following | null;
}

function verdictOf(check: KeyCheck): ApiKeyVerdict {
  if (check.outcome !== 'VALID' || !check.keyId || !check.tenantId) {
    return { accepted: false, outcome: check.outcome === 'VALID' ? 'INVALID' : check.outcome };
  }
  const limits: ApiKeyLimits = {
    ...(check.requestsPerMinute !== null ? { requestsPerMinute: check.requestsPerMinute } : {}),
    ...(check.costPerMinute !== null ? { costPerMinute: check.costPerMinute } : {}),
  };
  return {
    accepted: true,
    key: { keyId: check.keyId, tenantId: check.tenantId, scopes: check.scopes, limits },
  };
}

/**
 * Verifies partner API keys with identity and remembers the verdict for `cacheTtlMs` (≤ 10 s), so
 * a busy key costs identity one check per gateway every few seconds. Revocation takes effect at
 * once: for every tenant with a trusted key the gateway follows the tenant's events and forgets a
 * key when `identity.apikey.revoked` names it (identity publishes it before `revokeApiKey`
 * answers). Only if that event cannot reach the gateway does a revoked key live on, at most until
 * its entry ends. Refusals are remembered too: no key string that was refused can become valid.
 * Cache keys are SHA-256 digests, so the gateway's memory holds no presented key either.
 */
export class ApiKeyVerifier {
  private readonly verdicts: LRUCache<string, ApiKeyVerdict> | null;
  private readonly hashByKeyId = new Map<string, string>();
  private readonly tenants = new Map<string, TenantWatch>();
  /** Keys revoked within one cache lifetime: a check that started before the revocation must not be trusted. */
  private readonly revoked: LRUCache<string, true> | null;
  private readonly purge: NodeJS.Timeout | null;

  constructor(private readonly options: ApiKeyVerifierOptions) {
    const ttl = Math.min(Math.max(options.cacheTtlMs, 0), MAX_API_KEY_CACHE_TTL_MS);
    this.verdicts =
      ttl > 0
        ? new LRUCache<string, ApiKeyVerdict>({
            max: options.maxEntries ?? 10_000,
            ttl,
            dispose: (verdict, hash) => this.forgetTrusted(verdict, hash),
          })
        : null;
    this.revoked = ttl > 0 ? new LRUCache<string, true>({ max: options.maxEntries ?? 10_000, ttl }) : null;
    // Entries past their time are dropped (and their tenants unfollowed) even if never asked for again.
    this.purge = this.verdicts ? setInterval(() => this.verdicts?.purgeStale(), Math.max(ttl, 1_000)) : null;
    this.purge?.unref();
  }

  async verify(presented: string, requestId: string, clientAddress: string | null): Promise<ApiKeyVerdict> {
    const hash = createHash('sha256').update(presented).digest('hex');
    const known = this.verdicts?.get(hash);
    if (known) return known;
    const check = await this.options.check(presented, requestId, clientAddress);
    let verdict = verdictOf(check);
    if (verdict.accepted && this.revoked?.has(verdict.key.keyId))
      verdict = { accepted: false, outcome: 'REVOKED' };
    this.remember(hash, verdict, check.expiresAt);
    return verdict;
  }

  close(): void {
    if (this.purge) clearInterval(this.purge);
    for (const watch of this.tenants.values()) watch.following?.stop();
    this.tenants.clear();
    this.verdicts?.clear();
  }

  private remember(hash: string, verdict: ApiKeyVerdict, expiresAt: string | null): void {
    if (!this.verdicts) return;
    if (!verdict.accepted) {
      this.verdicts.set(hash, verdict);
      return;
    }
    // Never trusted past the key's own expiry.
    const untilExpiry = expiresAt ? Date.parse(expiresAt) - Date.now() : Infinity;
    if (untilExpiry <= 0) return;
    const { keyId, tenantId } = verdict.key;
    this.verdicts.set(
      hash,
      verdict,
      untilExpiry < Infinity ? { ttl: Math.min(untilExpiry, this.verdicts.ttl) } : {},
    );
    this.hashByKeyId.set(keyId, hash);
    this.watch(tenantId).keyIds.add(keyId);
  }

  /** Called by the cache whenever an entry leaves it (revoked, expired, evicted). */
  private forgetTrusted(verdict: ApiKeyVerdict, hash: string): void {
    if (!verdict.accepted) return;
    const { keyId, tenantId } = verdict.key;
    if (this.hashByKeyId.get(keyId) === hash) this.hashByKeyId.delete(keyId);
    const watch = this.tenants.get(tenantId);
    if (!watch) return;
    watch.keyIds.delete(keyId);
    if (watch.keyIds.size === 0) {
      watch.following?.stop();
      this.tenants.delete(tenantId);
    }
  }

  private revoke(keyId: string): void {
    this.revoked?.set(keyId, true);
    const hash = this.hashByKeyId.get(keyId);
    if (hash) this.verdicts?.delete(hash);
  }

  private watch(tenantId: string): TenantWatch {
    const existing = this.tenants.get(tenantId);
    if (existing) return existing;
    const watch: TenantWatch = { keyIds: new Set(), following: null };
    this.tenants.set(tenantId, watch);
    const events = this.options.events;
    if (!events) return watch;
    events
      .follow(tenantId, {
        after: null,
        onEvent: (event) => {
          if (event.type !== API_KEY_REVOKED_EVENT) return;
          const id = (event.payload as { id?: unknown } | null)?.id;
          if (typeof id === 'string') this.revoke(id);
        },
        onEnd: () => {
          // The bus closed or lost the position: forget the tenant's keys rather than trust them unwatched.
          if (this.tenants.get(tenantId) !== watch) return;
          watch.following = null;
          for (const keyId of [...watch.keyIds]) {
            const hash = this.hashByKeyId.get(keyId);
            if (hash) this.verdicts?.delete(hash);
          }
        },
      })
      .then((following) => {
        if (this.tenants.get(tenantId) === watch) watch.following = following;
        else following.stop();
      })
      .catch((error: unknown) =>
        this.options.logger.warn(
          { err: error, tenantId },
          'cannot follow key revocations; revoked keys are refused when their cache entry ends',
        ),
      );
    return watch;
  }
}
