import { graphqlError, type SubgraphContext } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { throttleAddressKey } from './client-address';

/** A count of failures within a sliding window. */
export interface FailureLimit {
  maxFailures: number;
  windowMinutes: number;
}

export interface LoginThrottlePolicy {
  /** Guessing one account from one address: the classic lock, now scoped to the guesser's address. */
  perAccountAndAddress: FailureLimit;
  /** One address trying many accounts (credential stuffing, password spraying). */
  perAddress: FailureLimit;
  /** Many addresses trying one account: a delay that grows and stops growing, never a lock. */
  accountBackoff: {
    afterFailures: number;
    windowMinutes: number;
    firstDelaySeconds: number;
    maxDelaySeconds: number;
  };
}

/**
 * Why these numbers: 5 wrong passwords for an account from one address in 15 minutes is more than a
 * person mistyping needs. 100 failures per address in 15 minutes across accounts stays out of the way
 * of an office or carrier NAT full of people, yet holds one address to under 10,000 guesses a day.
 * From 20 failures within an hour from anywhere, an account makes each next attempt wait 15 s after
 * the latest failure, doubling per further failure up to 5 minutes: a botnet gets about 12 guesses an
 * hour, and the owner at worst waits 5 minutes, from any address, instead of being locked out.
 */
export const LOGIN_THROTTLE_POLICY: LoginThrottlePolicy = {
  perAccountAndAddress: { maxFailures: 5, windowMinutes: 15 },
  perAddress: { maxFailures: 100, windowMinutes: 15 },
  accountBackoff: { afterFailures: 20, windowMinutes: 60, firstDelaySeconds: 15, maxDelaySeconds: 300 },
};

/** Rows older than every window have no further use. */
const HISTORY_KEPT = "interval '1 day'";

interface ThrottleState {
  now: Date;
  addressFailures: number;
  addressOldest: Date | null;
  pairFailures: number;
  pairOldest: Date | null;
  accountFailures: number;
  accountLatest: Date | null;
}

function tooManyRequests(message: string, retryAfterSeconds: number) {
  return graphqlError('TOO_MANY_REQUESTS', message, {
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
  });
}

const secondsBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;

/** The account-wide delay after `failures` failures: 0 below the threshold, then doubling, capped. */
export function accountBackoffSeconds(
  failures: number,
  policy = LOGIN_THROTTLE_POLICY.accountBackoff,
): number {
  if (failures < policy.afterFailures) return 0;
  const doublings = Math.min(failures - policy.afterFailures, 30);
  return Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** doublings);
}

/** The refusal this state calls for, if any; most specific to the caller first. */
function refusal(state: ThrottleState, policy: LoginThrottlePolicy) {
  const { perAddress, perAccountAndAddress } = policy;
  if (state.addressFailures >= perAddress.maxFailures && state.addressOldest) {
    return tooManyRequests(
      'Too many failed sign-in attempts from your network. Try again later.',
      perAddress.windowMinutes * 60 - secondsBetween(state.addressOldest, state.now),
    );
  }
  if (state.pairFailures >= perAccountAndAddress.maxFailures && state.pairOldest) {
    return tooManyRequests(
      'Too many failed sign-in attempts for this account. Try again later.',
      perAccountAndAddress.windowMinutes * 60 - secondsBetween(state.pairOldest, state.now),
    );
  }
  const delay = accountBackoffSeconds(state.accountFailures, policy.accountBackoff);
  if (delay > 0 && state.accountLatest) {
    const waited = secondsBetween(state.accountLatest, state.now);
    if (waited < delay) {
      return tooManyRequests(
        'This account is receiving many failed sign-in attempts; wait a moment before trying again.',
        delay - waited,
      );
    }
  }
  return null;
}

async function readState(
  manager: EntityManager,
  email: string,
  address: string,
  policy: LoginThrottlePolicy,
): Promise<ThrottleState> {
  // Per account, failures count since the account's (or, per address, that address's) latest
  // success: only the owner can produce one, so a stranger cannot reset anything.
  const [account]: Array<Omit<ThrottleState, 'addressFailures' | 'addressOldest'>> = await manager.query(
    `with recent as (
       select client_address, succeeded, attempted_at from identity.login_attempts
       where email = $1 and attempted_at > now() - make_interval(mins => greatest($3::int, $4::int))
     ), success as (
       select coalesce(max(attempted_at) filter (where succeeded), '-infinity') as any_address,
              coalesce(max(attempted_at) filter (where succeeded and client_address = $2), '-infinity') as this_address
       from recent
     )
     select now() as "now",
       (count(*) filter (where not succeeded and client_address = $2 and attempted_at > this_address
                           and attempted_at > now() - make_interval(mins => $3)))::int as "pairFailures",
       min(attempted_at) filter (where not succeeded and client_address = $2 and attempted_at > this_address
                           and attempted_at > now() - make_interval(mins => $3)) as "pairOldest",
       (count(*) filter (where not succeeded and attempted_at > any_address
                           and attempted_at > now() - make_interval(mins => $4)))::int as "accountFailures",
       max(attempted_at) filter (where not succeeded and attempted_at > any_address
                           and attempted_at > now() - make_interval(mins => $4)) as "accountLatest"
     from recent cross join success`,
    [email, address, policy.perAccountAndAddress.windowMinutes, policy.accountBackoff.windowMinutes],
  );
  const [byAddress]: Array<{ failures: number; oldest: Date | null }> = await manager.query(
    `select count(*)::int as failures, min(attempted_at) as oldest from identity.login_attempts
     where client_address = $1 and not succeeded and attempted_at > now() - make_interval(mins => $2)`,
    [address, policy.perAddress.windowMinutes],
  );
  return { ...account, addressFailures: byAddress.failures, addressOldest: byAddress.oldest };
}

/**
 * Claims one password check for `email` (already normalised by `normalizeEmail`: trimmed, lower
 * case) from the caller's client address, or refuses with TOO_MANY_REQUESTS and
 * `extensions.retryAfterSeconds` (see LOGIN_THROTTLE_POLICY). Refusal happens before any hash is
 * computed, so a throttled guess costs the platform no argon2 work, and a refused attempt is not
 * recorded, so refusals cannot stretch the windows.
 *
 * The attempt is recorded as failed up front, in its own autonomous transaction (`ctx.autonomous`,
 * never a second connection of the request pool), and only turned into a success once the password
 * matched (`markLoginSucceeded`). Why not in the request transaction: that one rolls back whenever
 * the response carries a GraphQL error, so an attacker could pair each guess with a failing field in
 * the same document and never be counted. Why up front: with advisory locks on the address and the
 * e-mail around count-and-insert, parallel guesses cannot all pass the check before the first one is
 * recorded.
 */
export async function reserveLoginAttempt(
  ctx: SubgraphContext,
  email: string,
  policy: LoginThrottlePolicy = LOGIN_THROTTLE_POLICY,
): Promise<string> {
  const address = throttleAddressKey(ctx.caller.clientAddress);
  return ctx.autonomous.run(async (manager) => {
    // Always address first, then e-mail: two attempts never wait on each other's second lock.
    await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `nexora:login-from:${address}`,
    ]);
    await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`nexora:login:${email}`]);
    const refused = refusal(await readState(manager, email, address, policy), policy);
    if (refused) throw refused;
    await manager.query(
      `delete from identity.login_attempts where email = $1 and attempted_at < now() - ${HISTORY_KEPT}`,
      [email],
    );
    await manager.query(
      `delete from identity.login_attempts where client_address = $1 and attempted_at < now() - ${HISTORY_KEPT}`,
      [address],
    );
    const [attempt]: Array<{ id: string }> = await manager.query(
      `insert into identity.login_attempts (email, client_address, succeeded) values ($1, $2, false) returning id`,
      [email, address],
    );
    return attempt.id;
  });
}

/** The reserved attempt turned out right; it no longer counts as a failure (commits with the request). */
export async function markLoginSucceeded(manager: EntityManager, attemptId: string): Promise<void> {
  await manager.query(`update identity.login_attempts set succeeded = true where id = $1`, [attemptId]);
}
