import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { EVENT_RETENTION_SETTINGS, loadConfig, port, signingSecret, type SubgraphModule } from '@nexora/kit';
import { portVariable, SUBGRAPHS } from '@nexora/schema';
import {
  assertKnownPlans,
  OPERATION_SETTINGS,
  PUBLIC_GRAPH_SETTINGS,
  REQUEST_LIMIT_SETTINGS,
} from '@nexora/gateway';

const REPO_ROOT = path.resolve(__dirname, '../../..');

/**
 * `npm start`: everything has a default, so a fresh machine needs no configuration at all. Each
 * registered subgraph's port is `<NAME>_PORT` (IDENTITY_PORT, CRM_PORT, ...), its declared port by
 * default.
 */
export function loadAllInOneConfig(
  env: NodeJS.ProcessEnv = process.env,
  modules: readonly SubgraphModule[] = SUBGRAPHS,
) {
  const portShape = Object.fromEntries(
    modules.map((module) => [portVariable(module.name), port.default(module.defaultPort)]),
  );
  const config = loadConfig(
    z.object({
      ...portShape,
      PORT: port.default(4000),
      HOST: z.string().min(1).default('127.0.0.1'),
      DATABASE_URL: z.string().url('must be a postgres:// URL').optional(),
      DATABASE_ROLE_PASSWORD: z.string().min(1).default('nexora-dev-role-password'),
      REDIS_URL: z.string().url('must be a redis:// URL').optional(),
      // All services share this process, so a fresh random secret per start is both safe and free.
      CONTEXT_SIGNING_SECRET: signingSecret.default(() => randomBytes(32).toString('base64url')),
      EMBEDDED_POSTGRES_PORT: port.default(5433),
      NEXORA_DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.nexora')),
      SEED_DEMO: z.enum(['true', 'false']).default('true'),
      LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
      ...EVENT_RETENTION_SETTINGS,
      // The gateway's body size and rate limits; counted in Redis with REDIS_URL, else in memory.
      ...REQUEST_LIMIT_SETTINGS,
      // The partner graph at /public/graphql (introspection, API key cache).
      ...PUBLIC_GRAPH_SETTINGS,
      // APQ, the first-party safelist and Idempotency-Key (in Redis with REDIS_URL, else in memory).
      ...OPERATION_SETTINGS,
    }),
    env,
  );
  assertKnownPlans(config);
  const values = config as unknown as Record<string, number>;
  const subgraphPorts: Record<string, number> = Object.fromEntries(
    modules.map((module) => [module.name, values[portVariable(module.name)]]),
  );
  return { ...config, subgraphPorts };
}

export type AllInOneConfig = ReturnType<typeof loadAllInOneConfig>;
