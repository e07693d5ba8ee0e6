import type { GraphQLError } from 'graphql';
import { graphqlError } from '@nexora/kit';

/** How many subscriptions may be open at once; see `DEFAULT_SUBSCRIPTION_LIMITS`. */
export interface SubscriptionLimits {
  /** On one graphql-ws connection (`MAX_SUBSCRIPTIONS_PER_CONNECTION`). */
  perConnection: number;
  /**
   * Of one tenant in one gateway process, over all its sockets and SSE streams
   * (`MAX_SUBSCRIPTIONS_PER_TENANT`). Counted per process: an open subscription is a socket and a
   * queue in this process's memory, which is what the bound protects.
   */
  perTenant: number;
}

/**
 * A dashboard opens a handful of subscriptions per tab, so 100 on one socket is far above any
 * screen and still bounds what one client makes the gateway hold. An open subscription costs about
 * 10 KB of heap (README, "Live updates": 9.3 KB measured): 5,000 per tenant is under 50 MB per
 * process, and ten times the busiest tenant of the live benchmark.
 */
export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = { perConnection: 100, perTenant: 5_000 };

/** One open subscription's place; given back once, however many times `release` is called. */
export interface SubscriptionSlot {
  release(): void;
}

/** The slots of one connection (a graphql-ws socket, or one SSE stream). */
export interface ConnectionSlots {
  /** A slot for one more subscription, or the TOO_MANY_REQUESTS refusal naming the bound reached. */
  take(): SubscriptionSlot | GraphQLError;
  /** The connection closed: every slot it still holds is given back, and none is taken any more. */
  releaseAll(): void;
}

/**
 * Counts open subscriptions per connection and per tenant in this process. A refusal is
 * `TOO_MANY_REQUESTS` with `extensions.limit` (`connectionSubscriptions` or `tenantSubscriptions`)
 * and `maximum`: like CSV_IMPORT_MAX_RUNNING, a bound on what runs at once, lifted by ending
 * something rather than by waiting (so no `retryAfter`).
 */
export class SubscriptionSlots {
  private readonly openByTenant = new Map<string, number>();

  constructor(readonly limits: SubscriptionLimits) {}

  /** Subscriptions the tenant has open in this process (for tests and metrics). */
  openOf(tenantId: string): number {
    return this.openByTenant.get(tenantId) ?? 0;
  }

  forConnection(tenantId: string | null): ConnectionSlots {
    const tenant = tenantId ?? '';
    const held = new Set<SubscriptionSlot>();
    let closed = false;
    const give = (slot: SubscriptionSlot) => {
      if (!held.delete(slot)) return;
      const open = this.openOf(tenant) - 1;
      if (open > 0) this.openByTenant.set(tenant, open);
      else this.openByTenant.delete(tenant);
    };
    return {
      take: () => {
        if (closed || held.size >= this.limits.perConnection)
          return graphqlError(
            'TOO_MANY_REQUESTS',
            `This connection has ${this.limits.perConnection.toLocaleString('en')} subscriptions open, its limit; complete one before starting another.`,
            { limit: 'connectionSubscriptions', maximum: this.limits.perConnection },
          );
        if (this.openOf(tenant) >= this.limits.perTenant)
          return graphqlError(
            'TOO_MANY_REQUESTS',
            `Your organization has ${this.limits.perTenant.toLocaleString('en')} subscriptions open on this server, its limit; close some (other tabs or dashboards) first.`,
            { limit: 'tenantSubscriptions', maximum: this.limits.perTenant },
          );
        const slot: SubscriptionSlot = { release: () => give(slot) };
        held.add(slot);
        this.openByTenant.set(tenant, this.openOf(tenant) + 1);
        return slot;
      },
      releaseAll: () => {
        closed = true;
        for (const slot of [...held]) give(slot);
      },
    };
  }
}

/**
 * `subscription` as graphql-ws and graphql-sse consume it, giving its slot back when it ends in any
 * way: the events end (`done`), the client completes it or goes away (`return`), or it fails.
 */
export function holdingSlot<T>(
  subscription: AsyncIterableIterator<T>,
  slot: SubscriptionSlot,
): AsyncIterableIterator<T> {
  const held: AsyncIterableIterator<T> = {
    next: async () => {
      try {
        const result = await subscription.next();
        if (result.done) slot.release();
        return result;
      } catch (error) {
        slot.release();
        throw error;
      }
    },
    return: async (value?: unknown) => {
      slot.release();
      return subscription.return ? subscription.return(value) : { value: undefined, done: true };
    },
    throw: async (error?: unknown) => {
      slot.release();
      if (subscription.throw) return subscription.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]: () => held,
  };
  return held;
}
