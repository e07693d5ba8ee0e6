import { createLogger } from '@nexora/kit';
import {
  createGateway,
  DEFAULT_SUPERGRAPH_PATH,
  readSupergraph,
  type GatewayOptions,
  type RunningGateway,
} from '@nexora/gateway';
import type { E2EPlatform } from './e2e-client';

/**
 * One more gateway in front of the platform's subgraphs, as a second replica behind the load
 * balancer would be: same supergraph, JWKS and signing secret, its own options (e.g. the Redis its
 * stores share with the platform's gateway, or none).
 */
export function startExtraGateway(
  e2e: E2EPlatform,
  options: Partial<Omit<GatewayOptions, 'supergraphSdl' | 'jwks' | 'signingSecret'>> = {},
): Promise<RunningGateway> {
  const { subgraphs } = e2e.platform;
  return createGateway({
    supergraphSdl: readSupergraph(DEFAULT_SUPERGRAPH_PATH),
    subgraphUrls: Object.fromEntries(
      Object.values(subgraphs).map((subgraph) => [subgraph.name, subgraph.url]),
    ),
    jwks: `http://127.0.0.1:${subgraphs.identity.port}/.well-known/jwks.json`,
    issuer: 'nexora-identity',
    audience: 'nexora-api',
    signingSecret: e2e.signingSecret,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('gateway', 'silent'),
    trustedProxyCount: 1,
    ...options,
  });
}
