/** Who a transaction acts for; row-level security policies read these settings. */
export interface Actor {
  tenantId: string | null;
  userId: string | null;
}

/** How a transaction is bound: its actor and how long any one of its statements may run. */
export interface TransactionBinding {
  actor: Actor;
  /** Postgres `statement_timeout` for this transaction only; omitted keeps the session's. */
  statementTimeoutMs?: number;
}

// What the signed context carries (zod uuid()); anything else is bound through parameters instead.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function timeoutSetting(statementTimeoutMs: number | undefined): string {
  if (statementTimeoutMs === undefined) return '';
  // A positive whole number of milliseconds, or nothing: a bad value must fail loudly, not reach SQL.
  if (!Number.isSafeInteger(statementTimeoutMs) || statementTimeoutMs <= 0) {
    throw new Error(`statementTimeoutMs must be a positive integer, got ${statementTimeoutMs}`);
  }
  return `, set_config('statement_timeout', '${statementTimeoutMs}', true)`;
}

/**
 * The binding as SQL text with the values inline, or null when a value is not a plain UUID. Inline
 * values let the binding ride in the same simple-protocol message as START TRANSACTION (a message
 * with parameters can hold one statement only). Only the 36 characters [0-9a-f-] of a validated UUID
 * and the digits of a checked integer ever reach the text, so there is nothing to escape.
 * `set_config(..., true)` is transaction-local: a session-level SET would leak to the next user of
 * the pooled connection.
 */
export function inlineBinding({ actor, statementTimeoutMs }: TransactionBinding): string | null {
  const tenantId = actor.tenantId ?? '';
  const userId = actor.userId ?? '';
  if ((tenantId !== '' && !UUID.test(tenantId)) || (userId !== '' && !UUID.test(userId))) return null;
  return `select set_config('app.tenant_id', '${tenantId}', true), set_config('app.user_id', '${userId}', true)${timeoutSetting(statementTimeoutMs)}`;
}

/** The same binding as one parameterized statement, for values that cannot be inlined. */
export function parameterizedBinding({ actor, statementTimeoutMs }: TransactionBinding): {
  sql: string;
  parameters: string[];
} {
  return {
    sql: `select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)${timeoutSetting(statementTimeoutMs)}`,
    parameters: [actor.tenantId ?? '', actor.userId ?? ''],
  };
}

// TypeORM's PostgresQueryRunner.startTransaction sends exactly this for the outermost transaction.
export const START_TRANSACTION = 'START TRANSACTION';
