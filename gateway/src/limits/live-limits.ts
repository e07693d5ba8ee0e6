import { GraphQLError } from 'graphql';
import type { GatewayCaller } from '../gateway-context';
import type { RateLimiter } from './rate-limiter';
import { refusalAsGraphQLError, type RateLimitRefusal } from './rate-limit-refusal';
import type { ConnectionSlots, SubscriptionSlot, SubscriptionSlots } from './subscription-slots';

/**
 * The limits a subscription meets, in this order, over graphql-ws and SSE alike (README, "Rate
 * limits and budgets"). The decisions are the rate limiter's, the same as for HTTP requests; this
 * only names the steps and gives the refusals the shape of a graphql-ws `error` message (no HTTP
 * status: the socket stays open for the client's other operations). Events delivered on an open
 * subscription are not charged: the client asked once.
 */
export interface LiveLimits {
  /** 1. A websocket upgrade: one connection attempt of its client address, before the handshake. */
  connectionAttempt(clientAddress: string | null): Promise<RateLimitRefusal | null>;
  /** 2. Each subscribe: one request of the caller (tenant plan, API key), before its document is parsed. */
  countSubscribe(caller: GatewayCaller): Promise<GraphQLError | null>;
  /**
   * 3. Once the subscription checks passed (shape, access, cost ceiling): a place among the
   * connection's and the tenant's open subscriptions, then its estimated cost charged to the budget.
   * The slot is the subscription's until it ends; a refused cost gives it back at once.
   */
  holdSubscription(
    caller: GatewayCaller,
    connection: ConnectionSlots,
    cost: number,
  ): Promise<SubscriptionSlot | GraphQLError>;
  /** The open-subscription counts, for each new connection's slots. */
  slots: SubscriptionSlots;
}

/** `limiter` null: rate limits are off (RATE_LIMITS=false); open subscriptions are bounded anyway. */
export function createLiveLimits(limiter: RateLimiter | null, slots: SubscriptionSlots): LiveLimits {
  return {
    slots,
    connectionAttempt: async (clientAddress) =>
      (await limiter?.countConnectionAttempt(clientAddress)) ?? null,
    countSubscribe: async (caller) => {
      const refusal = await limiter?.countRequest(caller);
      return refusal ? refusalAsGraphQLError(refusal, { http: false }) : null;
    },
    holdSubscription: async (caller, connection, cost) => {
      const slot = connection.take();
      if (slot instanceof GraphQLError) return slot;
      const refusal = await limiter?.countCost(caller, cost);
      if (!refusal) return slot;
      slot.release();
      return refusalAsGraphQLError(refusal, { http: false });
    },
  };
}
