import { z } from 'zod';
import { DEFAULT_AUTONOMOUS_POOL_SIZE } from './autonomous-transaction';
import { DEV_SIGNING_SECRET, loadConfig, port, signingSecret } from './config';
import { contextKeyVariable, deriveContextKey, parseContextKey, type ContextKey } from './context-keys';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './request-lifetime';

const retentionHours = (what: string, fallback: number) =>
  z.coerce
    .number(`must be a number of hours ${what} are kept`)
    .min(0.01, 'must be more than 0')
    .max(24 * 365, 'must be at most 8760 (a year)')
    .default(fallback);

/**
 * How long events are kept: EVENT_RETENTION_HOURS in the bus (what a reconnecting subscriber can
 * resume, what a consumer group down that long still gets; default 24) and OUTBOX_RETENTION_HOURS
 * for published outbox rows (default 168). Shared by subgraph processes and the all-in-one start.
 */
export const EVENT_RETENTION_SETTINGS = {
  EVENT_RETENTION_HOURS: retentionHours('events', 24),
  OUTBOX_RETENTION_HOURS: retentionHours('published outbox rows', 168),
};

export const hoursToMs = (hours: number) => Math.round(hours * 60 * 60 * 1000);

const notTheDevSecret = signingSecret.refine(
  (value) => value !== DEV_SIGNING_SECRET,
  'must not be the development default in production',
);

/**
 * The setting of the master secret. With the subgraph's own key given, the master is not needed (and
 * production hands each subgraph only its key); without it, production needs a real master.
 */
function signingSecretSetting(production: boolean, keyGiven: boolean) {
  if (keyGiven) return (production ? notTheDevSecret : signingSecret).optional();
  return production ? notTheDevSecret : signingSecret.default(DEV_SIGNING_SECRET);
}

/**
 * Configuration shared by every subgraph process, read and validated in one place. `contextKey` is
 * the key the subgraph verifies the gateway's signed contexts with: CONTEXT_SIGNING_KEY_<NAME> when
 * given, else derived from CONTEXT_SIGNING_SECRET.
 */
export function loadSubgraphConfig(
  subgraph: { name: string; defaultPort: number },
  env: NodeJS.ProcessEnv = process.env,
) {
  const production = env.NODE_ENV === 'production';
  const keyVariable = contextKeyVariable(subgraph.name);
  const givenKey = env[keyVariable];
  const schema = z.object({
    PORT: port.default(subgraph.defaultPort),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .url('must be a postgres:// URL of a role allowed to create roles and schemas')
      .default('postgres://postgres@127.0.0.1:5432/postgres'),
    DATABASE_ROLE_PASSWORD: production
      ? z.string().min(16, 'must be at least 16 characters in production')
      : z.string().min(1).default('nexora-dev-role-password'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    // Short work that commits on its own (throttle rows); kept apart from the request pool.
    DATABASE_AUTONOMOUS_POOL_SIZE: z.coerce
      .number('must be a whole number of connections')
      .int('must be a whole number of connections')
      .min(1, 'must be at least 1')
      .max(20, 'must be at most 20 (autonomous work is a few short statements)')
      .default(DEFAULT_AUTONOMOUS_POOL_SIZE),
    // Each request's deadline and its SQL's statement_timeout.
    REQUEST_TIMEOUT_MS: z.coerce
      .number('must be a whole number of milliseconds')
      .int('must be a whole number of milliseconds')
      .min(1_000, 'must be at least 1000 ms')
      .max(300_000, "must be at most 300000 ms; keep it a little above the gateway's SUBGRAPH_TIMEOUT_MS")
      .default(DEFAULT_REQUEST_TIMEOUT_MS),
    REDIS_URL: z.string().url('must be a redis:// URL').optional(),
    CONTEXT_SIGNING_SECRET: signingSecretSetting(production, givenKey !== undefined),
    CONTEXT_MAX_AGE_MS: z.coerce.number().int().min(1_000).max(300_000).default(30_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ...EVENT_RETENTION_SETTINGS,
  });
  const withKey = schema.superRefine((config, ctx) => {
    if (givenKey === undefined) return;
    try {
      const key = parseContextKey(givenKey);
      const secret = config.CONTEXT_SIGNING_SECRET;
      if (secret !== undefined && !deriveContextKey(secret, subgraph.name).equals(key))
        ctx.addIssue({
          code: 'custom',
          path: [keyVariable],
          message: `is not the key CONTEXT_SIGNING_SECRET derives for ${subgraph.name}; set only one of them`,
        });
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: [keyVariable], message: (error as Error).message });
    }
  });
  const config = loadConfig(withKey, env);
  const contextKey: ContextKey =
    givenKey !== undefined
      ? parseContextKey(givenKey)
      : deriveContextKey(config.CONTEXT_SIGNING_SECRET ?? DEV_SIGNING_SECRET, subgraph.name);
  return { ...config, contextKey };
}

export type SubgraphConfig = ReturnType<typeof loadSubgraphConfig>;
