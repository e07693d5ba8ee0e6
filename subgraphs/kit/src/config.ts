import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads a service's configuration from the environment in one place. Every problem is reported at
 * once, each naming the variable, so an operator fixes them in one pass.
 */
export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    return `${variable}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

/** Environment booleans: "true"/"1"/"yes" and "false"/"0"/"no". */
export const envBoolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const port = z.coerce.number().int().min(0).max(65535);

/** The shared secret signing gateway→subgraph context. Long enough that guessing it is hopeless. */
export const signingSecret = z.string().min(32, 'must be at least 32 characters');

/** A dev-only default for the signing secret; `assertNotDefaultSecret` refuses it in production. */
export const DEV_SIGNING_SECRET = 'nexora-dev-only-signing-secret-change-me-0123456789';
