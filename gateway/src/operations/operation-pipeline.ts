import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';
import { RequestRejectedError, type Logger } from '@nexora/kit';
import type { GatewayContext } from '../gateway-context';
import { MemoryIdempotencyStore } from '../idempotency/memory-idempotency-store';
import { RedisIdempotencyStore } from '../idempotency/redis-idempotency-store';
import { runIdempotently, type IdempotencyOptions } from '../idempotency/idempotent-request';
import { readyOrGiveUp } from '../fast-redis';
import { createApqCache } from '../persisted/apq-cache';
import { loadPersistedDocuments, PersistedDocuments } from '../persisted/persisted-documents';
import { createPersistedRequestResolver, type SafelistMode } from '../persisted/persisted-request';
import { connectOperationRedis } from './operation-redis';

/** The web client's codegen output (`npm run codegen`): the first-party safelist. */
export const DEFAULT_SAFELIST_PATH = path.resolve(
  __dirname,
  '../../../web/src/__generated__/persisted-documents.json',
);
export const DEFAULT_APQ_TTL_SECONDS = 86_400;
export const DEFAULT_IDEMPOTENCY_RETENTION_MS = 24 * 3_600_000;
export const DEFAULT_IDEMPOTENCY_WAIT_MS = 10_000;

/** GatewayOptions.operations: APQ, the first-party safelist and idempotent mutations. */
export interface OperationOptions {
  /** Where APQ documents and idempotency records are shared by every replica; else each process's memory. */
  redisUrl?: string;
  /** Prefix of their Redis keys (default `nexora`); tests use their own. */
  keyPrefix?: string;
  /** Automatic persisted queries (default on). */
  apq?: boolean;
  /** How long a registered APQ document is kept (default 24 h). */
  apqTtlSeconds?: number;
  safelist?: {
    /** Default `off`; production sets `enforce`. */
    mode?: SafelistMode;
    /** The codegen's persisted-documents.json (default the web client's). */
    path?: string;
    /** The documents themselves instead of `path` (tests): id → text. */
    documents?: Record<string, string>;
    /** `X-Nexora-Client` values that are first-party (default `web`). */
    clients?: string[];
  };
  /** `Idempotency-Key` on mutations (default on); `false` ignores the header. */
  idempotency?: false | { waitMs?: number; retentionMs?: number };
}

/** What a route puts in front of its Apollo Server (graphql-route.ts). */
export interface OperationHandling {
  wrap(apollo: ApolloServer<GatewayContext>): Pick<ApolloServer<GatewayContext>, 'executeHTTPGraphQLRequest'>;
}

export interface RunningOperations {
  /** Apollo Server's `persistedQueries` option (the APQ cache), or false. */
  persistedQueries: { cache: KeyValueCache<string>; ttl: number } | false;
  /**
   * The handling of one route: `route` names it in idempotency records; `firstParty` says whether
   * the safelist applies there (`/graphql`, not the partner graph).
   */
  forRoute(route: string, firstParty: boolean): OperationHandling;
  close(): Promise<void>;
}

/**
 * Loads the safelist (refusing to start when it is logged or enforced and cannot be read) and
 * connects the APQ and idempotency stores: Redis when `redisUrl` is given (waiting at most a
 * second for it), this process's memory otherwise.
 */
export async function startOperations(
  options: OperationOptions,
  limits: { maxTokens: number },
  logger: Logger,
): Promise<RunningOperations> {
  const mode = options.safelist?.mode ?? 'off';
  const documents = options.safelist?.documents
    ? new PersistedDocuments(options.safelist.documents)
    : loadPersistedDocuments(options.safelist?.path ?? DEFAULT_SAFELIST_PATH, mode !== 'off');
  if (mode !== 'off') logger.info({ documents: documents.size, mode }, 'safelist loaded');
  const keyPrefix = options.keyPrefix ?? 'nexora';
  const redis: Redis | null = options.redisUrl ? connectOperationRedis(options.redisUrl, logger) : null;
  if (redis) await readyOrGiveUp(redis, 1_000);
  const apqCache = options.apq === false ? null : createApqCache(redis, keyPrefix);
  const retentionMs = (options.idempotency || {}).retentionMs ?? DEFAULT_IDEMPOTENCY_RETENTION_MS;
  const memory = new MemoryIdempotencyStore(retentionMs);
  const idempotency: IdempotencyOptions | null =
    options.idempotency === false
      ? null
      : {
          store: redis ? new RedisIdempotencyStore(redis, keyPrefix, retentionMs, memory, logger) : memory,
          waitMs: options.idempotency?.waitMs ?? DEFAULT_IDEMPOTENCY_WAIT_MS,
          maxTokens: limits.maxTokens,
        };
  const clients = new Set(
    (options.safelist?.clients ?? ['web']).map((client) => client.trim().toLowerCase()),
  );

  return {
    persistedQueries: apqCache
      ? { cache: apqCache, ttl: options.apqTtlSeconds ?? DEFAULT_APQ_TTL_SECONDS }
      : false,
    forRoute: (route, firstParty) => {
      const resolve = createPersistedRequestResolver({
        documents,
        apqCache,
        safelist: firstParty ? { mode, clients } : null,
        maxTokens: limits.maxTokens,
        logger,
      });
      return {
        wrap: (apollo) => ({
          executeHTTPGraphQLRequest: async ({ httpGraphQLRequest, context }) => {
            try {
              const resolved = await resolve(httpGraphQLRequest);
              const execute = () =>
                apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: resolved.request, context });
              if (!idempotency) return await execute();
              return await runIdempotently(resolved, route, (await context()).caller, execute, idempotency);
            } catch (error) {
              if (error instanceof RequestRejectedError) (await context()).log.errorCodes.push(error.code);
              throw error;
            }
          },
        }),
      };
    },
    close: async () => {
      await idempotency?.store.close();
      redis?.disconnect();
    },
  };
}
