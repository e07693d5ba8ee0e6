import path from 'node:path';
import { z } from 'zod';
import { ConfigError, DEV_SIGNING_SECRET, loadConfig, port, signingSecret } from '@nexora/kit';
import { DEFAULT_MAX_UPLOAD_BYTES } from './file-route';
import { DEFAULT_OPERATION_LIMITS } from './limits/operation-limits';
import { assertKnownPlans, REQUEST_LIMIT_SETTINGS } from './limits/request-limit-config';
import { DEFAULT_MAX_RESPONSE_BYTES } from './limits/response-size';
import { OPERATION_SETTINGS } from './operations/operations-config';
import { PUBLIC_GRAPH_SETTINGS } from './public-graph/public-graph-config';

/** The repository root, so the default supergraph path works from any working directory. */
const REPO_ROOT = path.resolve(__dirname, '../..');

export const DEFAULT_SUPERGRAPH_PATH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

/**
 * `name=url,name=url`: operators behind a service registry or Kubernetes point each subgraph of the
 * committed supergraph (which says localhost) at its real address without recomposing.
 */
export function parseSubgraphUrls(value: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const entry of value.split(',').map((part) => part.trim())) {
    if (entry.length === 0) continue;
    const separator = entry.indexOf('=');
    const name = entry.slice(0, separator).trim();
    const url = entry.slice(separator + 1).trim();
    if (separator <= 0 || url.length === 0) throw new Error(`"${entry}" is not name=url`);
    if (!/^https?:\/\/\S+$/.test(url) || !URL.canParse(url))
      throw new Error(`"${url}" (for ${name}) is not an http(s) URL`);
    if (name in urls) throw new Error(`${name} is listed twice`);
    urls[name] = url;
  }
  return urls;
}

const subgraphUrls = z
  .string()
  .default('')
  .transform((value, ctx) => {
    try {
      return parseSubgraphUrls(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `${(error as Error).message} (expected name=url,name=url)` });
      return z.NEVER;
    }
  });

const limit = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

function gatewayConfigSchema(production: boolean) {
  return z.object({
    PORT: port.default(4000),
    HOST: z.string().min(1).default('0.0.0.0'),
    SUPERGRAPH_PATH: z.string().min(1).default(DEFAULT_SUPERGRAPH_PATH),
    SUBGRAPH_URLS: subgraphUrls,
    IDENTITY_JWKS_URL: z
      .string()
      .url('must be the identity service JWKS URL')
      .default('http://localhost:4001/.well-known/jwks.json'),
    JWT_ISSUER: z.string().min(1).default('nexora-identity'),
    JWT_AUDIENCE: z.string().min(1).default('nexora-api'),
    CONTEXT_SIGNING_SECRET: production
      ? signingSecret.refine(
          (value) => value !== DEV_SIGNING_SECRET,
          'must not be the development default in production',
        )
      : signingSecret.default(DEV_SIGNING_SECRET),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
    // Signed-in developers generate typed queries from introspection; strangers get schema/api.graphql.
    INTROSPECTION: z
      .enum(['true', 'false', 'authenticated'], { message: 'must be true, false or authenticated' })
      .default('authenticated')
      .transform((value) => (value === 'authenticated' ? value : value === 'true')),
    MAX_QUERY_TOKENS: limit(100, 1_000_000, DEFAULT_OPERATION_LIMITS.maxTokens),
    MAX_QUERY_DEPTH: limit(2, 100, DEFAULT_OPERATION_LIMITS.maxDepth),
    MAX_QUERY_ALIASES: limit(0, 10_000, DEFAULT_OPERATION_LIMITS.maxAliases),
    MAX_QUERY_FIELDS: limit(10, 100_000, DEFAULT_OPERATION_LIMITS.maxFields),
    MAX_ROOT_FIELDS: limit(1, 1_000, DEFAULT_OPERATION_LIMITS.maxRootFields),
    MAX_MUTATION_ROOT_FIELDS: limit(1, 1_000, DEFAULT_OPERATION_LIMITS.maxMutationRootFields),
    MAX_QUERY_COST: limit(100, 1_000_000_000, DEFAULT_OPERATION_LIMITS.maxCost),
    DEFAULT_LIST_SIZE: limit(1, 1_000, DEFAULT_OPERATION_LIMITS.defaultListSize),
    MAX_RESPONSE_BYTES: limit(10_000, 1_000_000_000, DEFAULT_MAX_RESPONSE_BYTES),
    // Largest body forwarded through /files/<subgraph>/<path> (CSV imports); past it 413.
    MAX_UPLOAD_BYTES: limit(1_000, 10_000_000_000, DEFAULT_MAX_UPLOAD_BYTES),
    // Behind N reverse proxies, the client is the N-th address from the right of X-Forwarded-For.
    TRUSTED_PROXY_COUNT: limit(0, 10, 0),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // Where the subgraphs publish their events (with it, /graphql also serves subscriptions) and
    // where the rate-limit counters of all gateway replicas live.
    REDIS_URL: z.string().url('must be a redis:// URL').optional(),
    ...REQUEST_LIMIT_SETTINGS,
    ...PUBLIC_GRAPH_SETTINGS,
    // APQ, the first-party safelist and Idempotency-Key (in Redis with REDIS_URL).
    ...OPERATION_SETTINGS,
  });
}

export type GatewayConfig = z.infer<ReturnType<typeof gatewayConfigSchema>>;

export interface CliOverrides {
  supergraphPath?: string;
  port?: string;
}

const USAGE = 'usage: gateway [--supergraph <file>] [--port <n>]';

/** Reads `--supergraph <file>` and `--port <n>` (also `--flag=value`); anything else is an error. */
export function parseCliFlags(argv: readonly string[]): CliOverrides {
  const overrides: CliOverrides = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const [flag, inline] = argument.includes('=') ? argument.split(/=(.*)/s, 2) : [argument, undefined];
    const value = inline ?? argv[++index];
    if (flag !== '--supergraph' && flag !== '--port')
      throw new ConfigError([`unknown argument "${argument}"; ${USAGE}`]);
    if (value === undefined || value.length === 0) throw new ConfigError([`${flag} needs a value; ${USAGE}`]);
    if (flag === '--supergraph') overrides.supergraphPath = value;
    else overrides.port = value;
  }
  return overrides;
}

/** The gateway's whole configuration: environment first, command-line flags override it. */
export function loadGatewayConfig(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv.slice(2),
): GatewayConfig {
  const flags = parseCliFlags(argv);
  const merged: NodeJS.ProcessEnv = {
    ...env,
    ...(flags.supergraphPath !== undefined ? { SUPERGRAPH_PATH: path.resolve(flags.supergraphPath) } : {}),
    ...(flags.port !== undefined ? { PORT: flags.port } : {}),
  };
  const config = loadConfig(gatewayConfigSchema(env.NODE_ENV === 'production'), merged);
  assertKnownPlans(config);
  return config;
}
