import { uniqueEmail } from '@nexora/kit';
import {
  PASSWORD,
  randomClientAddress,
  SESSION_FIELDS,
  startE2EPlatform,
  USER_ERRORS,
  type E2EPlatform,
  type GraphQLResult,
  type SessionPayload,
} from './e2e-client';

/**
 * Login throttling through the whole platform (issue 5, defects 4 and 5): a stranger guessing an
 * owner's password from one address is stopped there without locking the owner out elsewhere, and
 * many concurrent multi-login documents never exhaust identity's connection pool. Every request names
 * its client address in `X-Forwarded-For`, which the gateway trusts from one proxy.
 */
let e2e: E2EPlatform;

beforeAll(async () => {
  e2e = await startE2EPlatform();
});

afterAll(async () => {
  await e2e?.stop();
});

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { session { ${SESSION_FIELDS} } ${USER_ERRORS} }
}`;

const from = (address: string) => ({ 'x-forwarded-for': address });

function codes(result: GraphQLResult<unknown>): unknown[] {
  return result.body.errors?.map((error) => error.extensions?.code) ?? [];
}

function login(email: string, password: string, address: string) {
  return e2e.gql<{ login: SessionPayload }>(LOGIN, { email, password }, undefined, from(address));
}

/** `passwords.length` aliased logins for one e-mail in one mutation (the gateway allows 5 root fields). */
function aliasedLogins(email: string, passwords: string[], address: string) {
  const fields = passwords
    .map(
      (_, index) =>
        `l${index}: login(input: { email: $email, password: $p${index} }) { session { accessToken } ${USER_ERRORS} }`,
    )
    .join(' ');
  const variables = passwords.map((_, index) => `$p${index}: String!`).join(', ');
  return e2e.gql<Record<string, SessionPayload>>(
    `mutation Logins($email: String!, ${variables}) { ${fields} }`,
    { email, ...Object.fromEntries(passwords.map((password, index) => [`p${index}`, password])) },
    undefined,
    from(address),
  );
}

/** What a caller sees of one login: the HTTP status, the error codes, the userError codes, a session. */
function outcome(result: GraphQLResult<{ login: SessionPayload }>) {
  return {
    status: result.status,
    errors: codes(result),
    userErrors: result.body.data?.login?.userErrors.map((error) => error.code) ?? [],
    session: Boolean(result.body.data?.login?.session),
  };
}

const WRONG = { status: 200, errors: [], userErrors: ['INVALID_CREDENTIALS'], session: false };
const THROTTLED = { status: 429, errors: ['TOO_MANY_REQUESTS'], userErrors: [], session: false };
const SIGNED_IN = { status: 200, errors: [], userErrors: [], session: true };

describe('a stranger guessing from one address', () => {
  it('is refused there after six wrong passwords, while the owner signs in from another address', async () => {
    const owner = await e2e.signUpTenant('throttled-owner');
    const stranger = randomClientAddress();

    // Five guesses in one aliased document (the most one mutation may hold), then a sixth alone.
    const five = await aliasedLogins(
      owner.email,
      Array.from({ length: 5 }, (_, index) => `wrong guess ${index}`),
      stranger,
    );
    expect({ status: five.status, errors: codes(five) }).toEqual({ status: 200, errors: [] });
    expect(
      Object.values(five.body.data ?? {}).map((payload) => ({
        session: payload.session,
        codes: payload.userErrors.map((error) => error.code),
      })),
    ).toEqual(Array(5).fill({ session: null, codes: ['INVALID_CREDENTIALS'] }));

    const sixth = await login(owner.email, 'wrong guess 5', stranger);
    expect(outcome(sixth)).toEqual(THROTTLED);
    expect(sixth.body.errors?.[0]?.message).toMatch(/too many failed sign-in attempts for this account/i);
    expect(sixth.body.errors?.[0]?.extensions?.retryAfterSeconds).toEqual(expect.any(Number));

    // From that address even the right password is refused now (without being checked)...
    expect(outcome(await login(owner.email, PASSWORD, stranger))).toEqual(THROTTLED);

    // ...but the owner, from their own address, gets a session of their tenant.
    const ownerAddress = randomClientAddress();
    const ownLogin = await login(owner.email, PASSWORD, ownerAddress);
    expect(outcome(ownLogin)).toEqual(SIGNED_IN);
    expect(ownLogin.body.data?.login.session?.user.id).toBe(owner.userId);
    expect(ownLogin.body.data?.login.session?.tenant.id).toBe(owner.tenantId);

    // The owner's success does not clear the stranger's address, and vice versa another account
    // tried from the stranger's address is not locked by this one's failures.
    expect(outcome(await login(owner.email, PASSWORD, stranger))).toEqual(THROTTLED);
    const other = await e2e.signUpTenant('throttled-other');
    expect(outcome(await login(other.email, PASSWORD, stranger))).toEqual(SIGNED_IN);
  });

  it('counts case and whitespace variants of the e-mail for the same account and address', async () => {
    const owner = await e2e.signUpTenant('variant-owner');
    const stranger = randomClientAddress();
    const shouted = `  ${owner.email.toUpperCase()} `;
    const variants = [
      shouted,
      owner.email,
      `\t${owner.email}  `,
      owner.email.charAt(0).toUpperCase() + owner.email.slice(1),
      shouted,
    ];
    for (const [index, email] of variants.entries()) {
      expect({ index, ...outcome(await login(email, `wrong guess ${index}`, stranger)) }).toEqual({
        index,
        ...WRONG,
      });
    }
    // Five failures under five spellings: the sixth attempt, in any spelling, is refused.
    expect(outcome(await login(owner.email, PASSWORD, stranger))).toEqual(THROTTLED);
    expect(outcome(await login(shouted, PASSWORD, stranger))).toEqual(THROTTLED);

    // The lookup normalises the same way: the shouted spelling signs the owner in from elsewhere.
    const elsewhere = await login(shouted, PASSWORD, randomClientAddress());
    expect(outcome(elsewhere)).toEqual(SIGNED_IN);
    expect(elsewhere.body.data?.login.session?.user).toEqual({
      id: owner.userId,
      email: owner.email,
      name: owner.name,
    });
  });
});

describe('many concurrent multi-login documents (defect 4)', () => {
  it('twenty two-login documents at once: no INTERNAL_SERVER_ERROR, and a valid login meanwhile succeeds', async () => {
    const owner = await e2e.signUpTenant('pool-owner');
    const flood = Array.from({ length: 20 }, (_, index) =>
      aliasedLogins(uniqueEmail(`nobody-${index}`), ['wrong one', 'wrong two'], randomClientAddress()),
    );
    const valid = login(owner.email, PASSWORD, randomClientAddress());
    const [floodResults, validResult] = await Promise.all([Promise.all(flood), valid]);

    const everyCode = [...floodResults, validResult].flatMap((result) => [
      ...codes(result),
      ...Object.values(result.body.data ?? {}).flatMap(
        (payload) => (payload as SessionPayload | null)?.userErrors.map((error) => error.code) ?? [],
      ),
    ]);
    expect(everyCode).not.toContain('INTERNAL_SERVER_ERROR');
    expect(
      floodResults.map((result) => ({
        status: result.status,
        errors: codes(result),
        userErrors: Object.values(result.body.data ?? {}).map((payload) =>
          payload.userErrors.map((error) => error.code),
        ),
      })),
    ).toEqual(
      Array(20).fill({
        status: 200,
        errors: [],
        userErrors: [['INVALID_CREDENTIALS'], ['INVALID_CREDENTIALS']],
      }),
    );

    expect(outcome(validResult)).toEqual(SIGNED_IN);
    expect(validResult.body.data?.login.session?.user.id).toBe(owner.userId);

    // Identity is not left holding connections: the next login from yet another address works too.
    expect(outcome(await login(owner.email, PASSWORD, randomClientAddress()))).toEqual(SIGNED_IN);
  });
});
