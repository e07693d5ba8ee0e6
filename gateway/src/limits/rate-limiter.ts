import { HeaderMap } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { graphqlError, RequestRejectedError, type Logger } from '@nexora/kit';
import type { GatewayCaller, GatewayContext } from '../gateway-context';
import type { CounterName, MinuteCounters } from './minute-counters';
import type { PlanLimits, RateLimitSettings } from './rate-limit-plans';

/** What `extensions.limit` names in a RATE_LIMITED or BUDGET_EXCEEDED refusal. */
export type RateLimitName = 'addressRequests' | 'tenantRequests' | 'keyRequests' | 'tenantCost' | 'keyCost';

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

export interface RateLimiter {
  /**
   * Counts one /graphql request against the caller's per-minute limits: the client address without
   * a tenant, else the tenant's plan, plus the API key's own limit when it has one. Over any of them
   * it throws a 429 `RATE_LIMITED` refusal, before the document is even parsed.
   */
  admitRequest(caller: GatewayCaller): Promise<void>;
  /**
   * Charges an operation's estimated cost to the tenant's (and the API key's) per-minute budget, after
   * the cost ceiling and before planning. Over budget it throws a 429 `BUDGET_EXCEEDED` error, and the
   * refused cost is given back so that a smaller operation can still use what is left.
   */
  chargeCost(caller: GatewayCaller, cost: number): Promise<void>;
}

const count = (value: number) => Math.round(value).toLocaleString('en');

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

  return {
    admitRequest: async (caller) => {
      const over = await overruns(requestAllowances(caller), 1);
      if (over.length === 0) return;
      const worst = over.reduce((a, b) => (b.retryAfter > a.retryAfter ? b : a));
      throw new RequestRejectedError('RATE_LIMITED', requestLimitMessage(worst), {
        extensions: { retryAfter: worst.retryAfter, limit: worst.limit, maximum: worst.maximum },
        headers: { 'retry-after': String(worst.retryAfter) },
      });
    },
    chargeCost: async (caller, cost) => {
      const points = Math.ceil(cost);
      const allowances = costAllowances(caller);
      if (points <= 0 || allowances.length === 0) return;
      const over = await overruns(allowances, points);
      if (over.length === 0) return;
      // Nothing runs, so nothing is spent: every budget charged gets the cost back.
      for (const allowance of allowances)
        counters
          .subtract(allowance.counter, allowance.key, points)
          .catch((error: unknown) => logger.warn({ err: error }, 'rate limits: refund failed'));
      const worst = over.reduce((a, b) => (b.retryAfter > a.retryAfter ? b : a));
      throw budgetExceeded(worst, points);
    },
  };
}

function requestLimitMessage(overrun: Overrun): string {
  const wait = `Try again in ${overrun.retryAfter} s.`;
  if (overrun.limit === 'addressRequests')
    return `Too many requests from your address: more than ${count(overrun.maximum)} a minute without signing in. ${wait}`;
  if (overrun.limit === 'keyRequests')
    return `This API key has made more than ${count(overrun.maximum)} requests this minute, its limit. ${wait}`;
  return `Your organization has made more than ${count(overrun.maximum)} requests this minute, the limit of its ${overrun.plan} plan. ${wait}`;
}

function budgetExceeded(overrun: Overrun, cost: number): GraphQLError {
  const left = Math.max(0, overrun.maximum - (overrun.total - cost));
  const whose =
    overrun.limit === 'keyCost'
      ? `this API key's per-minute budget of ${count(overrun.maximum)}`
      : `your organization's per-minute budget of ${count(overrun.maximum)} (${overrun.plan} plan)`;
  return graphqlError(
    'BUDGET_EXCEEDED',
    `The operation's estimated cost (${count(cost)}) is more than the ${count(left)} left of ${whose}. Try again in ${overrun.retryAfter} s, or ask for smaller pages.`,
    {
      retryAfter: overrun.retryAfter,
      limit: overrun.limit,
      maximum: overrun.maximum,
      cost,
      remaining: left,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(overrun.retryAfter)]]) },
    },
  );
}

/** The hook in /graphql's context: counts the request, and logs the refusal's code when it is one. */
export async function admitRequest(limiter: RateLimiter | null, context: GatewayContext): Promise<void> {
  if (!limiter) return;
  try {
    await limiter.admitRequest(context.caller);
  } catch (error) {
    if (error instanceof RequestRejectedError) context.log.errorCodes.push(error.code);
    throw error;
  }
}
