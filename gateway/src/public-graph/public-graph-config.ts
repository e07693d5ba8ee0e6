import { z } from 'zod';
import { envBoolean } from '@nexora/kit';
import { DEFAULT_API_KEY_CACHE_TTL_MS, MAX_API_KEY_CACHE_TTL_MS } from '../api-keys/api-key-verifier';
import type { PublicGraphSettings } from './public-graph';

/**
 * The partner graph's settings, shared by the gateway's and the all-in-one launcher's
 * configuration (README, "Partner API").
 */
export const PUBLIC_GRAPH_SETTINGS = {
  // Partners get schema/public.graphql; introspection and "did you mean" hints are for development.
  PUBLIC_GRAPH_INTROSPECTION: envBoolean.default(false),
  // How late a revocation may take effect if its event never reaches the gateway: keep it short.
  API_KEY_CACHE_TTL_MS: z.coerce
    .number('must be a whole number of milliseconds')
    .int('must be a whole number of milliseconds')
    .min(0, 'must be 0 (no cache) or more')
    .max(MAX_API_KEY_CACHE_TTL_MS, `must be at most ${MAX_API_KEY_CACHE_TTL_MS} ms`)
    .default(DEFAULT_API_KEY_CACHE_TTL_MS),
};

export interface PublicGraphConfig {
  PUBLIC_GRAPH_INTROSPECTION: boolean;
  API_KEY_CACHE_TTL_MS: number;
}

/** GatewayOptions.publicGraph from those settings. */
export function publicGraphOptions(config: PublicGraphConfig): { publicGraph: PublicGraphSettings } {
  return {
    publicGraph: {
      introspection: config.PUBLIC_GRAPH_INTROSPECTION,
      apiKeyCacheTtlMs: config.API_KEY_CACHE_TTL_MS,
    },
  };
}
