import { readFileSync } from 'node:fs';
import type { Logger } from '@nexora/kit';
import type { GatewayConfig } from './config';
import type { GatewayOptions } from './gateway';
import { requestLimitOptions } from './limits/request-limit-config';
import { operationOptions } from './operations/operations-config';
import { publicGraphOptions } from './public-graph/public-graph-config';

/** Reads the supergraph file with an error an operator can act on. */
export function readSupergraph(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new Error(
      `Cannot read the supergraph at ${file} (${reason}). Run \`npm run compose\` or pass --supergraph <file>.`,
    );
  }
}

/** The createGateway options a configured gateway process runs with. */
export function gatewayOptionsFromConfig(config: GatewayConfig, logger: Logger): GatewayOptions {
  return {
    supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH),
    subgraphUrls: config.SUBGRAPH_URLS,
    jwks: config.IDENTITY_JWKS_URL,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    signingSecret: config.CONTEXT_SIGNING_SECRET,
    timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    introspection: config.INTROSPECTION,
    limits: {
      maxTokens: config.MAX_QUERY_TOKENS,
      maxDepth: config.MAX_QUERY_DEPTH,
      maxAliases: config.MAX_QUERY_ALIASES,
      maxFields: config.MAX_QUERY_FIELDS,
      maxRootFields: config.MAX_ROOT_FIELDS,
      maxMutationRootFields: config.MAX_MUTATION_ROOT_FIELDS,
      maxCost: config.MAX_QUERY_COST,
      defaultListSize: config.DEFAULT_LIST_SIZE,
    },
    maxResponseBytes: config.MAX_RESPONSE_BYTES,
    maxUploadBytes: config.MAX_UPLOAD_BYTES,
    ...requestLimitOptions(config),
    ...publicGraphOptions(config),
    ...operationOptions(config),
    trustedProxyCount: config.TRUSTED_PROXY_COUNT,
    port: config.PORT,
    host: config.HOST,
    logger,
  };
}
