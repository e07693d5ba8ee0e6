import { z } from 'zod';
import { envBoolean } from '@nexora/kit';
import {
  DEFAULT_APQ_TTL_SECONDS,
  DEFAULT_IDEMPOTENCY_RETENTION_MS,
  DEFAULT_IDEMPOTENCY_WAIT_MS,
  DEFAULT_SAFELIST_PATH,
  type OperationOptions,
} from './operation-pipeline';

const whole = (min: number, max: number, fallback: number, unit: string) =>
  z.coerce
    .number(`must be a whole number of ${unit}`)
    .int(`must be a whole number of ${unit}`)
    .min(min, `must be at least ${min} ${unit}`)
    .max(max, `must be at most ${max} ${unit}`)
    .default(fallback);

/**
 * Persisted operations and idempotent mutations, shared by the gateway's and the all-in-one
 * launcher's configuration (README, "Persisted operations" and "Idempotent mutations"). Their
 * stores live in Redis when the process has `REDIS_URL`.
 */
export const OPERATION_SETTINGS = {
  APQ: envBoolean.default(true),
  APQ_TTL_SECONDS: whole(60, 30 * 86_400, DEFAULT_APQ_TTL_SECONDS, 'seconds'),
  // Off in development; production sets `enforce` so first-party clients run only what they shipped.
  SAFELIST_MODE: z.enum(['off', 'log', 'enforce'], { message: 'must be off, log or enforce' }).default('off'),
  SAFELIST_PATH: z.string().min(1).default(DEFAULT_SAFELIST_PATH),
  SAFELIST_CLIENTS: z
    .string()
    .default('web')
    .transform((value) =>
      value
        .split(',')
        .map((client) => client.trim().toLowerCase())
        .filter((client) => client.length > 0),
    ),
  IDEMPOTENCY: envBoolean.default(true),
  IDEMPOTENCY_RETENTION_HOURS: whole(1, 720, DEFAULT_IDEMPOTENCY_RETENTION_MS / 3_600_000, 'hours'),
  IDEMPOTENCY_WAIT_MS: whole(100, 300_000, DEFAULT_IDEMPOTENCY_WAIT_MS, 'milliseconds'),
};

type OperationConfig = {
  [K in keyof typeof OPERATION_SETTINGS]: z.output<(typeof OPERATION_SETTINGS)[K]>;
} & { REDIS_URL?: string };

/** GatewayOptions.operations from those settings. */
export function operationOptions(config: OperationConfig): { operations: OperationOptions } {
  return {
    operations: {
      redisUrl: config.REDIS_URL,
      apq: config.APQ,
      apqTtlSeconds: config.APQ_TTL_SECONDS,
      safelist: { mode: config.SAFELIST_MODE, path: config.SAFELIST_PATH, clients: config.SAFELIST_CLIENTS },
      idempotency: config.IDEMPOTENCY && {
        retentionMs: config.IDEMPOTENCY_RETENTION_HOURS * 3_600_000,
        waitMs: config.IDEMPOTENCY_WAIT_MS,
      },
    },
  };
}
