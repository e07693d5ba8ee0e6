import type { Logger } from '@nexora/kit';
import type { GatewayCaller, GatewayContext } from '../gateway-context';
import type { CounterName, MinuteCounters } from './minute-counters';
import type { PlanLimits, RateLimitSettings } from './rate-limit-plans';
import {
  refusalAsGraphQLError,
  refusalBeforeGraphQL,
  type RateLimitName,
  type RateLimitRefusal,
} from './rate-limit-refusal';

export type { RateLimitName, RateLimitRefusal } from './rate-limit-refusal';

interface Allowance {
  limit: RateLimitName;
  counter: CounterName;
  key: string;
  maximum: number;
  /** The tenant's plan, for tenant limits. */
  plan: string | null;
}

interface Overrun extends Allowance {
  total: number;
  retryAfter: number;
}

/**
 * The one place that decides whether a caller is over a per-minute limit. Every way in asks it:
 * `/graphql` and `/public/graphql` (a request, then its operation's cost), a graphql-ws or SSE
 * subscribe (the same two), a `/files` request, a websocket connection attempt. The `count…`
 * methods return the refusal, or null when admitted; each transport shapes the refusal its own way
 * (rate-limit-refusal.ts).
 */
export interface RateLimiter {
  /**
   * Counts one request against the caller's per-minute limits: the client address without a tenant,
   * else the tenant's plan, plus the API key's own limit when it has one.
   */
  countRequest(caller: GatewayCaller): Promise<RateLimitRefusal | null>;
  /**
   * Charges an operation's estimated cost to the tenant's (and the API key's) per-minute budget. A
   * refused cost is given back, so that a smaller operation can still use what is left.
   */
  countCost(caller: GatewayCaller, cost: number): Promise<RateLimitRefusal | null>;
  /** Counts one websocket connection attempt of a client address, before its handshake. */
  countConnectionAttempt(clientAddress: string | null): Promise<RateLimitRefusal | null>;
  /**
   * `countRequest` for HTTP before GraphQL runs: over a limit it throws the 429 `RATE_LIMITED`
   * refusal, before the document is even parsed.
   */
  admitRequest(caller: GatewayCaller): Promise<void>;
  /**
   * `countCost` inside Apollo Server, after the cost ceiling and before planning: over budget it
   * throws the 429 `BUDGET_EXCEEDED` error.
   */
  chargeCost(caller: GatewayCaller, cost: number): Promise<void>;
}

const count = (value: number) => Math.round(value).toLocaleString('en');

/** The limit whose window ends last: waiting that long clears every overrun at once. */
const latest = (over: Overrun[]) => over.reduce((a, b) => (b.retryAfter > a.retryAfter ? b : a));

export function createRateLimiter(
  counters: MinuteCounters,
  settings: RateLimitSettings,
  logger: Logger,
): RateLimiter {
  const planOf = (tenantId: string): { name: string; limits: PlanLimits } => {
    const assigned = settings.tenantPlans[tenantId];
    const name =
      assigned !== undefined && Object.hasOwn(settings.plans, assigned) ? assigned : settings.defaultPlan;
    return { name, limits: settings.plans[name] };
  };

  const requestAllowances = (caller: GatewayCaller): Allowance[] => {
    const allowances: Allowance[] = [];
    if (caller.tenantId) {
      const plan = planOf(caller.tenantId);
      allowances.push({
        limit: 'tenantRequests',
        counter: 'tenant-requests',
        key: caller.tenantId,
        maximum: plan.limits.requestsPerMinute,
        plan: plan.name,
      });
    } else {
      allowances.push({
        limit: 'addressRequests',
        counter: 'address-requests',
        key: caller.clientAddress ?? 'unknown',
        maximum: settings.anonymousRequestsPerMinute,
        plan: null,
      });
    }
    const keyLimit = caller.apiKeyLimits?.requestsPerMinute;
    if (caller.apiKeyId && keyLimit !== undefined)
      allowances.push({
        limit: 'keyRequests',
        counter: 'key-requests',
        key: caller.apiKeyId,
        maximum: keyLimit,
        plan: null,
      });
    return allowances;
  };

  const costAllowances = (caller: GatewayCaller): Allowance[] => {
    const allowances: Allowance[] = [];
    if (caller.tenantId) {
      const plan = planOf(caller.tenantId);
      allowances.push({
        limit: 'tenantCost',
        counter: 'tenant-cost',
        key: caller.tenantId,
        maximum: plan.limits.costPerMinute,
        plan: plan.name,
      });
    }
    const keyBudget = caller.apiKeyLimits?.costPerMinute;
    if (caller.apiKeyId && keyBudget !== undefined)
      allowances.push({
        limit: 'keyCost',
        counter: 'key-cost',
        key: caller.apiKeyId,
        maximum: keyBudget,
        plan: null,
      });
    return allowances;
  };

  const connectionAllowance = (clientAddress: string | null): Allowance => ({
    limit: 'addressConnections',
    counter: 'address-connections',
    key: clientAddress ?? 'unknown',
    maximum: settings.connectionAttemptsPerMinute,
    plan: null,
  });

  /** Adds `amount` to every allowance's counter; the ones it takes past their maximum. */
  const overruns = async (allowances: Allowance[], amount: number): Promise<Overrun[]> => {
    try {
      const totals = await Promise.all(
        allowances.map((allowance) => counters.add(allowance.counter, allowance.key, amount)),
      );
      return allowances.flatMap((allowance, index) =>
        totals[index].total > allowance.maximum
          ? [
              {
                ...allowance,
                total: totals[index].total,
                retryAfter: Math.max(1, Math.ceil(totals[index].msBeforeReset / 1000)),
              },
            ]
          : [],
      );
    } catch (error) {
      // Both Redis and the in-memory insurance failed: serving unmetered beats refusing everyone.
      logger.error({ err: error }, 'rate limits: counting failed; request admitted unmetered');
      return [];
    }
  };

  /**
   * Takes back an addition that bought nothing. Not awaited, so a refusal waits no longer than an
   * admission; sent after the addition on the same Redis connection, it is counted before the
   * client's next attempt. Best effort: a failed refund only over-counts.
   */
  const giveBack = (allowances: Allowance[], amount: number) => {
    for (const allowance of allowances)
      counters
        .subtract(allowance.counter, allowance.key, amount)
        .catch((error: unknown) => logger.warn({ err: error }, 'rate limits: refund failed'));
  };

  /**
   * Counts one against each allowance; the refusal when any is passed. A refused request still
   * counts against the limit it passed (a client retrying in a loop stays refused), but is given
   * back to the others: a partner's key hammering past its own limit must not use up the tenant's
   * plan, which its web users and other keys share.
   */
  const countOne = async (allowances: Allowance[]): Promise<RateLimitRefusal | null> => {
    const over = await overruns(allowances, 1);
    if (over.length === 0) return null;
    giveBack(
      allowances.filter((allowance) => !over.some((overrun) => overrun.counter === allowance.counter)),
      1,
    );
    return requestLimited(latest(over));
  };

  const countRequest = (caller: GatewayCaller) => countOne(requestAllowances(caller));

  const countCost = async (caller: GatewayCaller, cost: number): Promise<RateLimitRefusal | null> => {
    const points = Math.ceil(cost);
    const allowances = costAllowances(caller);
    if (points <= 0 || allowances.length === 0) return null;
    const over = await overruns(allowances, points);
    if (over.length === 0) return null;
    // Nothing runs, so nothing is spent: every budget charged gets the cost back.
    giveBack(allowances, points);
    return budgetExceeded(latest(over), points);
  };

  return {
    countRequest,
    countCost,
    countConnectionAttempt: (clientAddress) => countOne([connectionAllowance(clientAddress)]),
    admitRequest: async (caller) => {
      const refusal = await countRequest(caller);
      if (refusal) throw refusalBeforeGraphQL(refusal);
    },
    chargeCost: async (caller, cost) => {
      const refusal = await countCost(caller, cost);
      if (refusal) throw refusalAsGraphQLError(refusal, { http: true });
    },
  };
}

function requestLimitMessage(overrun: Overrun): string {
  const wait = `Try again in ${overrun.retryAfter} s.`;
  switch (overrun.limit) {
    case 'addressRequests':
      return `Too many requests from your address: more than ${count(overrun.maximum)} a minute without signing in. ${wait}`;
    case 'addressConnections':
      return `Too many connection attempts from your address: more than ${count(overrun.maximum)} a minute. ${wait}`;
    case 'keyRequests':
      return `This API key has made more than ${count(overrun.maximum)} requests this minute, its limit. ${wait}`;
    default:
      return `Your organization has made more than ${count(overrun.maximum)} requests this minute, the limit of its ${overrun.plan} plan. ${wait}`;
  }
}

function requestLimited(overrun: Overrun): RateLimitRefusal {
  return {
    code: 'RATE_LIMITED',
    message: requestLimitMessage(overrun),
    details: { retryAfter: overrun.retryAfter, limit: overrun.limit, maximum: overrun.maximum },
  };
}

function budgetExceeded(overrun: Overrun, cost: number): RateLimitRefusal {
  const left = Math.max(0, overrun.maximum - (overrun.total - cost));
  const whose =
    overrun.limit === 'keyCost'
      ? `this API key's per-minute budget of ${count(overrun.maximum)}`
      : `your organization's per-minute budget of ${count(overrun.maximum)} (${overrun.plan} plan)`;
  return {
    code: 'BUDGET_EXCEEDED',
    message: `The operation's estimated cost (${count(cost)}) is more than the ${count(left)} left of ${whose}. Try again in ${overrun.retryAfter} s, or ask for smaller pages.`,
    details: {
      retryAfter: overrun.retryAfter,
      limit: overrun.limit,
      maximum: overrun.maximum,
      cost,
      remaining: left,
    },
  };
}

/** The hook in /graphql's context: counts the request, and logs the refusal's code when it is one. */
export async function admitRequest(limiter: RateLimiter | null, context: GatewayContext): Promise<void> {
  if (!limiter) return;
  const refusal = await limiter.countRequest(context.caller);
  if (!refusal) return;
  context.log.errorCodes.push(refusal.code);
  throw refusalBeforeGraphQL(refusal);
}
