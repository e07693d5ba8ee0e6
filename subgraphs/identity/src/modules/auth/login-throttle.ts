import { graphqlError } from '@nexora/kit';
import type { DataSource, EntityManager } from 'typeorm';

export const MAX_FAILED_LOGINS = 5;
export const FAILED_LOGIN_WINDOW_MINUTES = 15;

/**
 * Claims one password check for `email`, or refuses with TOO_MANY_REQUESTS when the e-mail already
 * has MAX_FAILED_LOGINS failures in the window. Refusal happens before any hash is computed, so a
 * locked account costs an attacker's target no CPU.
 *
 * The attempt is recorded as failed up front, in its own short transaction on a separate connection,
 * and only turned into a success once the password matched (`markLoginSucceeded`). Why not in the
 * request transaction: that one rolls back whenever the response carries a GraphQL error, so an
 * attacker could pair each guess with a failing field in the same document and never be counted. Why up
 * front: with a per-e-mail advisory lock around count-and-insert, parallel guesses cannot all pass the
 * check before the first one is recorded.
 *
 * Call it before the request transaction is opened where possible (login does), so a request never
 * holds two pooled connections at once.
 */
export async function reserveLoginAttempt(dataSource: DataSource, email: string): Promise<string> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`nexora:login:${email}`]);
    const [window]: Array<{ failures: number; retryAfterSeconds: number | null }> = await runner.query(
      `select count(*)::int as failures,
              ceil(extract(epoch from min(attempted_at) + make_interval(mins => $2) - now()))::int as "retryAfterSeconds"
       from identity.login_attempts
       where email = $1 and not succeeded and attempted_at > now() - make_interval(mins => $2)`,
      [email, FAILED_LOGIN_WINDOW_MINUTES],
    );
    if (window.failures >= MAX_FAILED_LOGINS) {
      await runner.commitTransaction();
      throw graphqlError(
        'TOO_MANY_REQUESTS',
        'Too many failed sign-in attempts for this account. Try again later.',
        {
          retryAfterSeconds: Math.max(1, window.retryAfterSeconds ?? FAILED_LOGIN_WINDOW_MINUTES * 60),
        },
      );
    }
    // Old rows have no further use; trimming this e-mail's history keeps the table small.
    await runner.query(
      `delete from identity.login_attempts where email = $1 and attempted_at < now() - interval '1 day'`,
      [email],
    );
    const [attempt]: Array<{ id: string }> = await runner.query(
      `insert into identity.login_attempts (email, succeeded) values ($1, false) returning id`,
      [email],
    );
    await runner.commitTransaction();
    return attempt.id;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/** The reserved attempt turned out right; it no longer counts as a failure (commits with the request). */
export async function markLoginSucceeded(manager: EntityManager, attemptId: string): Promise<void> {
  await manager.query(`update identity.login_attempts set succeeded = true where id = $1`, [attemptId]);
}
