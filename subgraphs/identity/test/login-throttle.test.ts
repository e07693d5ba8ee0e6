import { randomUUID } from 'node:crypto';
import { queryAsSuperuser, randomClientAddress, uniqueEmail, type RunningSubgraph } from '@nexora/kit';
import { throttleAddressKey } from '../src/modules/auth/client-address';
import { accountBackoffSeconds, LOGIN_THROTTLE_POLICY } from '../src/modules/auth/login-throttle';
import { passwordHasher } from '../src/modules/auth/password-hasher';
import { anonymous, mutateSession, PASSWORD, signUpFresh, startIdentity } from './identity-harness';

let identity: RunningSubgraph;

beforeAll(async () => {
  identity = await startIdentity();
});

afterAll(async () => {
  await identity.stop();
});

afterEach(() => {
  jest.restoreAllMocks();
});

const loginFrom = (address: string, email: string, password: string) =>
  mutateSession(identity, 'login', 'LoginInput', { email, password }, anonymous(address));

const codeOf = (result: Awaited<ReturnType<typeof loginFrom>>): string =>
  String(result.body.errors?.[0]?.extensions?.code ?? result.payload?.userErrors[0]?.code ?? 'SESSION');

const retryAfter = (result: Awaited<ReturnType<typeof loginFrom>>) =>
  result.body.errors?.[0]?.extensions?.retryAfterSeconds as number | undefined;

/** Failed attempts already on record, written as the superuser: history a test starts from. */
async function recordFailures(rows: Array<{ email: string; address: string }>): Promise<void> {
  await queryAsSuperuser(
    `insert into identity.login_attempts (email, client_address, succeeded)
     select * , false from unnest($1::text[], $2::text[])`,
    [rows.map((row) => row.email), rows.map((row) => throttleAddressKey(row.address))],
  );
}

describe('login throttling a stranger cannot turn against the owner', () => {
  it('refuses an address after five failures for an account, e-mail variants included, and lets the owner in from another', async () => {
    const owner = await signUpFresh(identity, 'owner');
    const stranger = randomClientAddress();
    const email = owner.user.email;
    const variants = [email, email.toUpperCase(), `  ${email} `, `\t${email.toUpperCase()}`, ` ${email}`];
    const verify = jest.spyOn(passwordHasher, 'verify');
    const failures = [];
    for (const [index, variant] of variants.entries()) {
      failures.push(codeOf(await loginFrom(stranger, variant, `wrong password ${index}`)));
    }
    expect(failures).toEqual(Array(5).fill('INVALID_CREDENTIALS'));

    // Sixth attempt from the stranger's address, even with the right password: refused, no hash.
    const sixth = await loginFrom(stranger, email.toUpperCase(), PASSWORD);
    expect(codeOf(sixth)).toBe('TOO_MANY_REQUESTS');
    expect(retryAfter(sixth)).toBeGreaterThan(0);
    expect(retryAfter(sixth)).toBeLessThanOrEqual(
      LOGIN_THROTTLE_POLICY.perAccountAndAddress.windowMinutes * 60,
    );
    expect(sixth.payload).toBeNull();
    expect(verify).toHaveBeenCalledTimes(5);

    // The owner, from their own address, still gets a session.
    const home = await loginFrom(randomClientAddress(), email, PASSWORD);
    expect(home.payload?.session?.user.id).toBe(owner.user.id);
  });

  it('counts the addresses of one IPv6 /64 as one, and IPv4-mapped addresses as their IPv4', async () => {
    const owner = await signUpFresh(identity, 'ipv6');
    const prefix = randomClientAddress().replace(/::1$/, '');
    for (let host = 1; host <= 5; host += 1) {
      expect(codeOf(await loginFrom(`${prefix}::${host}`, owner.user.email, 'wrong password x'))).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    expect(codeOf(await loginFrom(`${prefix}:ffff:1:2:3`, owner.user.email, PASSWORD))).toBe(
      'TOO_MANY_REQUESTS',
    );
    expect(throttleAddressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
  });

  it('refuses an address that fails across many accounts, and only that address', async () => {
    const sprayer = randomClientAddress();
    await recordFailures(
      Array.from({ length: LOGIN_THROTTLE_POLICY.perAddress.maxFailures }, () => ({
        email: uniqueEmail('sprayed'),
        address: sprayer,
      })),
    );
    const owner = await signUpFresh(identity, 'sprayed-owner');
    const verify = jest.spyOn(passwordHasher, 'verify');
    const refused = await loginFrom(sprayer, owner.user.email, PASSWORD);
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    expect(retryAfter(refused)).toBeLessThanOrEqual(LOGIN_THROTTLE_POLICY.perAddress.windowMinutes * 60);
    expect(verify).not.toHaveBeenCalled();
    expect(
      (await loginFrom(randomClientAddress(), owner.user.email, PASSWORD)).payload?.session,
    ).toBeTruthy();
  });

  it('slows an account down after many failures from many addresses, never beyond the cap', async () => {
    const owner = await signUpFresh(identity, 'botnet');
    const { afterFailures, firstDelaySeconds, maxDelaySeconds } = LOGIN_THROTTLE_POLICY.accountBackoff;
    // Fewer than the per-address limit from each address, so only the account-wide rule can engage.
    const addresses = Array.from({ length: afterFailures / 4 }, randomClientAddress);
    const outcomes: string[] = [];
    for (const address of addresses) {
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        outcomes.push(codeOf(await loginFrom(address, owner.user.email, `botnet guess ${attempt}`)));
      }
    }
    expect(outcomes).toEqual(Array(afterFailures).fill('INVALID_CREDENTIALS'));

    // Now every address, the owner's too, waits: first a short delay...
    const verify = jest.spyOn(passwordHasher, 'verify');
    const slowed = await loginFrom(randomClientAddress(), owner.user.email, PASSWORD);
    expect(codeOf(slowed)).toBe('TOO_MANY_REQUESTS');
    expect(retryAfter(slowed)).toBeGreaterThan(0);
    expect(retryAfter(slowed)).toBeLessThanOrEqual(firstDelaySeconds);
    expect(verify).not.toHaveBeenCalled();

    // ...that doubles per further failure but stops at the cap, however many failures pile up.
    await recordFailures(
      Array.from({ length: 1_000 }, (_, index) => ({
        email: owner.user.email,
        address: `198.51.100.${index % 250}`,
      })),
    );
    const capped = await loginFrom(randomClientAddress(), owner.user.email, PASSWORD);
    expect(codeOf(capped)).toBe('TOO_MANY_REQUESTS');
    expect(retryAfter(capped)).toBeGreaterThan(firstDelaySeconds);
    expect(retryAfter(capped)).toBeLessThanOrEqual(maxDelaySeconds);
    expect([19, 20, 21, 22, 25, 1_000].map((failures) => accountBackoffSeconds(failures))).toEqual([
      0, 15, 30, 60, 300, 300,
    ]);
  });

  it('treats callers without a known address as one shared bucket', async () => {
    expect(throttleAddressKey(null)).toBe(throttleAddressKey(undefined));
    expect(throttleAddressKey('  ')).toBe(throttleAddressKey(null));
    expect(throttleAddressKey(null)).not.toBe(throttleAddressKey(randomUUID()));
  });
});
