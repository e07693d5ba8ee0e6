import { z } from 'zod';
import { ConfigError, DEFAULT_MAX_BODY_BYTES, envBoolean } from '@nexora/kit';
import { DEFAULT_LIMITER_REDIS_TIMEOUT_MS } from './limiter-redis';
import type { RateLimitOptions } from './rate-limit-setup';
import { DEFAULT_SUBSCRIPTION_LIMITS, type SubscriptionLimits } from './subscription-slots';
import { DEFAULT_PLANS, DEFAULT_RATE_LIMIT_SETTINGS, planProblems, type PlanTable } from './rate-limit-plans';

/** A JSON-valued variable read with `schema`; problems name the JSON path inside the variable. */
function jsonVariable<T extends z.ZodType>(schema: T, example: string) {
  return z
    .string()
    .default('{}')
    .transform((text, ctx): z.output<T> => {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: `is not JSON (expected e.g. ${example})` });
        return z.NEVER;
      }
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      for (const issue of result.error.issues)
        ctx.addIssue({
          code: 'custom',
          message: `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message} (expected e.g. ${example})`,
        });
      return z.NEVER;
    });
}

const perMinute = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const planOverride = z.strictObject({
  requestsPerMinute: perMinute.optional(),
  costPerMinute: perMinute.optional(),
});

/** `PLAN_LIMITS` changes the default plans' figures or adds plans (a new plan gives both figures). */
const planLimits = jsonVariable(
  z.record(z.string().min(1), planOverride),
  '{"free":{"requestsPerMinute":100},"partner":{"requestsPerMinute":600,"costPerMinute":500000}}',
).transform((overrides, ctx): PlanTable => {
  const plans: PlanTable = { ...DEFAULT_PLANS };
  for (const [name, override] of Object.entries(overrides)) {
    const merged = { ...DEFAULT_PLANS[name], ...override };
    if (merged.requestsPerMinute === undefined || merged.costPerMinute === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `the new plan "${name}" needs requestsPerMinute and costPerMinute`,
      });
      return z.NEVER;
    }
    plans[name] = { requestsPerMinute: merged.requestsPerMinute, costPerMinute: merged.costPerMinute };
  }
  return plans;
});

/**
 * The gateway's request limits, shared by the gateway's and the all-in-one launcher's configuration:
 * the /graphql body size, the per-minute rate limits and cost budgets, and the bounds on open
 * subscriptions (README, "Rate limits and budgets"). The counters live in Redis when the process has
 * `REDIS_URL`; open subscriptions are counted per process.
 */
export const REQUEST_LIMIT_SETTINGS = {
  MAX_BODY_BYTES: z.coerce.number().int().min(1_000).max(100_000_000).default(DEFAULT_MAX_BODY_BYTES),
  RATE_LIMITS: envBoolean.default(true),
  ANONYMOUS_REQUESTS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000_000)
    .default(DEFAULT_RATE_LIMIT_SETTINGS.anonymousRequestsPerMinute),
  PLAN_LIMITS: planLimits,
  TENANT_PLANS: jsonVariable(
    z.record(z.string(), z.string().min(1)).superRefine((plans, ctx) => {
      for (const tenantId of Object.keys(plans))
        if (!z.uuid().safeParse(tenantId).success)
          ctx.addIssue({ code: 'custom', path: [tenantId], message: 'is not a tenant id' });
    }),
    '{"3f1d2c4e-8a5b-4c6d-9e7f-0a1b2c3d4e5f":"enterprise"}',
  ),
  DEFAULT_TENANT_PLAN: z.string().min(1).default(DEFAULT_RATE_LIMIT_SETTINGS.defaultPlan),
  // WebSocket upgrades a minute per client address, before the handshake (429 RATE_LIMITED).
  WEBSOCKET_CONNECTIONS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000_000)
    .default(DEFAULT_RATE_LIMIT_SETTINGS.connectionAttemptsPerMinute),
  // Open subscriptions on one graphql-ws connection, and of one tenant in one gateway process.
  MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(DEFAULT_SUBSCRIPTION_LIMITS.perConnection),
  MAX_SUBSCRIPTIONS_PER_TENANT: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000_000)
    .default(DEFAULT_SUBSCRIPTION_LIMITS.perTenant),
  RATE_LIMIT_REDIS_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(2_000)
    .default(DEFAULT_LIMITER_REDIS_TIMEOUT_MS),
};

type RequestLimitConfig = {
  [K in keyof typeof REQUEST_LIMIT_SETTINGS]: z.output<(typeof REQUEST_LIMIT_SETTINGS)[K]>;
} & { REDIS_URL?: string };

/** Refuses plan assignments naming a plan that does not exist, as loadConfig refuses bad variables. */
export function assertKnownPlans(config: RequestLimitConfig): void {
  const problems = planProblems({
    plans: config.PLAN_LIMITS,
    tenantPlans: config.TENANT_PLANS,
    defaultPlan: config.DEFAULT_TENANT_PLAN,
  });
  if (problems.length > 0)
    throw new ConfigError(problems.map((problem) => `TENANT_PLANS / DEFAULT_TENANT_PLAN: ${problem}`));
}

/** The createGateway options these settings stand for. */
export function requestLimitOptions(config: RequestLimitConfig): {
  maxBodyBytes: number;
  rateLimits: RateLimitOptions | false;
  subscriptionLimits: SubscriptionLimits;
} {
  return {
    maxBodyBytes: config.MAX_BODY_BYTES,
    subscriptionLimits: {
      perConnection: config.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      perTenant: config.MAX_SUBSCRIPTIONS_PER_TENANT,
    },
    rateLimits: config.RATE_LIMITS && {
      redisUrl: config.REDIS_URL,
      redisTimeoutMs: config.RATE_LIMIT_REDIS_TIMEOUT_MS,
      anonymousRequestsPerMinute: config.ANONYMOUS_REQUESTS_PER_MINUTE,
      connectionAttemptsPerMinute: config.WEBSOCKET_CONNECTIONS_PER_MINUTE,
      plans: config.PLAN_LIMITS,
      tenantPlans: config.TENANT_PLANS,
      defaultPlan: config.DEFAULT_TENANT_PLAN,
    },
  };
}
