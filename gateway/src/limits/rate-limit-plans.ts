/** What a tenant's plan allows per minute, summed over all its users and API keys. */
export interface PlanLimits {
  /** Requests: /graphql and /public/graphql requests, graphql-ws and SSE subscribes, /files requests. */
  requestsPerMinute: number;
  /** The sum of the estimated cost (see `measureOperation`) of the operations it runs. */
  costPerMinute: number;
}

export type PlanTable = Record<string, PlanLimits>;

/**
 * A standard tenant's web users share 3,000 requests a minute (50 people each clicking every
 * second); its cost budget buys 600 pages of 100 invoices with their lines (about 5,000 each), or
 * 30 operations at the 100,000 ceiling, a minute.
 */
export const DEFAULT_PLANS: PlanTable = {
  free: { requestsPerMinute: 300, costPerMinute: 300_000 },
  standard: { requestsPerMinute: 3_000, costPerMinute: 3_000_000 },
  enterprise: { requestsPerMinute: 30_000, costPerMinute: 30_000_000 },
};

export interface RateLimitSettings {
  /** Requests a minute per client address from callers without a tenant (sign-up, log-in, public). */
  anonymousRequestsPerMinute: number;
  /**
   * WebSocket connection attempts a minute per client address, counted at the upgrade, before the
   * handshake and before any token is read: a client reconnecting in a loop costs a 429, not a socket.
   */
  connectionAttemptsPerMinute: number;
  plans: PlanTable;
  /**
   * Each tenant's plan by tenant id. Identity has no plans yet, so the gateway's configuration
   * (`TENANT_PLANS`) says which tenants are not on `defaultPlan`.
   */
  tenantPlans: Record<string, string>;
  defaultPlan: string;
}

export const DEFAULT_RATE_LIMIT_SETTINGS: RateLimitSettings = {
  anonymousRequestsPerMinute: 300,
  // A dashboard reconnects a few times a minute at worst; 120 lets an office behind one NAT address
  // reconnect all its tabs at once after a deploy (each gateway restart closes every socket).
  connectionAttemptsPerMinute: 120,
  plans: DEFAULT_PLANS,
  tenantPlans: {},
  defaultPlan: 'standard',
};

/** Problems with a plan table and the plans it assigns, each naming what to fix; none when empty. */
export function planProblems(settings: Pick<RateLimitSettings, 'plans' | 'tenantPlans' | 'defaultPlan'>) {
  const known = Object.keys(settings.plans);
  const problems: string[] = [];
  if (!Object.hasOwn(settings.plans, settings.defaultPlan))
    problems.push(`the default plan "${settings.defaultPlan}" is not one of ${known.join(', ')}`);
  for (const [tenantId, plan] of Object.entries(settings.tenantPlans)) {
    if (!Object.hasOwn(settings.plans, plan))
      problems.push(`tenant ${tenantId} is on plan "${plan}", which is not one of ${known.join(', ')}`);
  }
  return problems;
}
