import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import {
  countRows,
  postGraphQL,
  queryAsSuperuser,
  signedHeaders,
  uniqueEmail,
  type RunningSubgraph,
} from '@nexora/kit';
import { passwordHasher } from '../src/modules/auth/password-hasher';
import {
  anonymous,
  AUDIENCE,
  headersFor,
  ISSUER,
  jwksUrl,
  login,
  PASSWORD,
  refresh,
  signUp,
  signUpFresh,
  startIdentity,
  USER_ERRORS,
  verifyAccessToken,
} from './identity-harness';

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

describe('signUp', () => {
  it('creates a tenant, an owner membership and a session', async () => {
    const email = uniqueEmail('signup');
    const { status, payload } = await signUp(identity, {
      email: `  ${email.toUpperCase()} `,
      password: PASSWORD,
      name: '  Ada Lovelace ',
      tenantName: 'Analytical Engines Ltd',
    });
    expect(status).toBe(200);
    expect(payload?.userErrors).toEqual([]);
    const session = payload!.session!;
    expect(session.user).toMatchObject({ email, name: 'Ada Lovelace' });
    expect(session.tenant).toMatchObject({ name: 'Analytical Engines Ltd' });
    expect(session.tenant.slug).toMatch(/^analytical-engines-ltd/);
    expect(session.role).toBe('owner');
    expect(session.permissions).toContain('identity.role:write');
    expect(session.tokenType).toBe('Bearer');
    expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    expect(await countRows(`select 1 from identity.users where email = $1`, [email])).toBe(1);
    expect(
      await countRows(
        `select 1 from identity.memberships where user_id = $1 and tenant_id = $2 and role = 'owner'`,
        [session.user.id, session.tenant.id],
      ),
    ).toBe(1);

    const me = await postGraphQL<{
      me: { user: { email: string }; tenant: { id: string }; role: string; memberships: unknown[] };
    }>(
      identity.url,
      `{ me { user { email } tenant { id } role permissions memberships { role tenant { id } } } }`,
      {},
      await headersFor(identity, session.accessToken),
    );
    expect(me.body.errors).toBeUndefined();
    expect(me.body.data?.me).toMatchObject({
      user: { email },
      tenant: { id: session.tenant.id },
      role: 'owner',
    });
    expect(me.body.data?.me.memberships).toHaveLength(1);
  });

  it('stores an argon2id hash with at least 19 MiB and 2 passes, never the password', async () => {
    const session = await signUpFresh(identity, 'hash');
    const rows = await queryAsSuperuser<{ password_hash: string }>(
      `select password_hash from identity.users where id = $1`,
      [session.user.id],
    );
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(rows[0].password_hash).not.toContain(PASSWORD);
  });

  it('refuses an e-mail that already has an account, in any case, and writes nothing', async () => {
    const first = await signUpFresh(identity, 'dup');
    const tenantName = `Second tenant ${first.user.id}`;
    const { payload } = await signUp(identity, {
      email: first.user.email.toUpperCase(),
      password: PASSWORD,
      name: 'Someone Else',
      tenantName,
    });
    expect(payload?.session).toBeNull();
    expect(payload?.userErrors).toEqual([
      expect.objectContaining({ code: 'EMAIL_TAKEN', field: ['input', 'email'] }),
    ]);
    expect(await countRows(`select 1 from identity.users where email = $1`, [first.user.email])).toBe(1);
    expect(await countRows(`select 1 from identity.tenants where name = $1`, [tenantName])).toBe(0);
  });

  it.each([
    ['a short password', { password: 'short1!' }, 'WEAK_PASSWORD', 'password'],
    ['a repeated character', { password: 'aaaaaaaaaaaaaaaa' }, 'WEAK_PASSWORD', 'password'],
    ['a password over 200 characters', { password: 'x1'.repeat(101) }, 'PASSWORD_TOO_LONG', 'password'],
    ['a malformed e-mail', { email: 'not-an-email' }, 'INVALID_EMAIL', 'email'],
    ['an empty name', { name: '   ' }, 'REQUIRED', 'name'],
    ['an empty tenant name', { tenantName: '' }, 'REQUIRED', 'tenantName'],
  ])('refuses %s with a userError and writes no rows', async (_label, override, code, field) => {
    const hash = jest.spyOn(passwordHasher, 'hash');
    const email = uniqueEmail('invalid');
    const tenantName = `Invalid ${email}`;
    const { status, payload } = await signUp(identity, {
      email,
      password: PASSWORD,
      name: 'Val Idation',
      tenantName,
      ...override,
    });
    expect(status).toBe(200);
    expect(payload?.session).toBeNull();
    expect(payload?.userErrors).toEqual([expect.objectContaining({ code, field: ['input', field] })]);
    expect(hash).not.toHaveBeenCalled();
    expect(await countRows(`select 1 from identity.users where email = $1`, [email])).toBe(0);
    expect(await countRows(`select 1 from identity.tenants where name = $1`, [tenantName])).toBe(0);
  });
});

describe('login', () => {
  it('signs in with the right password (any e-mail case) into the oldest tenant', async () => {
    const account = await signUpFresh(identity, 'login');
    const { payload } = await login(identity, {
      email: ` ${account.user.email.toUpperCase()}`,
      password: PASSWORD,
    });
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.session?.user.id).toBe(account.user.id);
    expect(payload?.session?.tenant.id).toBe(account.tenant.id);
  });

  it('gives the same generic userError for a wrong password and an unknown e-mail', async () => {
    const account = await signUpFresh(identity, 'wrongpw');
    const wrong = await login(identity, { email: account.user.email, password: 'wrong password 123' });
    const unknown = await login(identity, { email: uniqueEmail('nobody'), password: PASSWORD });
    for (const { payload } of [wrong, unknown]) {
      expect(payload?.session).toBeNull();
      expect(payload?.userErrors).toEqual([
        { code: 'INVALID_CREDENTIALS', message: 'Invalid email or password.', field: null },
      ]);
    }
  });

  it('refuses the 6th attempt from one address after 5 failures within 15 minutes without computing a hash', async () => {
    const account = await signUpFresh(identity, 'throttle');
    const verify = jest.spyOn(passwordHasher, 'verify');
    const hash = jest.spyOn(passwordHasher, 'hash');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const { payload } = await login(identity, {
        email: account.user.email,
        password: `wrong password ${attempt}`,
      });
      expect(payload?.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    expect(verify).toHaveBeenCalledTimes(5);
    expect(
      await countRows(`select 1 from identity.login_attempts where email = $1 and not succeeded`, [
        account.user.email,
      ]),
    ).toBe(5);

    // Even the right password is refused now, and no argon2 work is done for it.
    const sixth = await login(identity, { email: account.user.email, password: PASSWORD });
    expect(sixth.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(sixth.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(sixth.payload).toBeNull();
    expect(verify).toHaveBeenCalledTimes(5);
    expect(hash).not.toHaveBeenCalled();
    expect(
      await countRows(`select 1 from identity.login_attempts where email = $1`, [account.user.email]),
    ).toBe(5);
  });

  it('counts unknown e-mails as failures too', async () => {
    const email = uniqueEmail('ghost');
    const verify = jest.spyOn(passwordHasher, 'verify');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const { payload } = await login(identity, { email, password: PASSWORD });
      expect(payload?.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    // Unknown accounts still pay for a (dummy) verification, so timing does not reveal them.
    expect(verify).toHaveBeenCalledTimes(5);
    const sixth = await login(identity, { email, password: PASSWORD });
    expect(sixth.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(verify).toHaveBeenCalledTimes(5);
  });

  it('lets at most 5 of many parallel guesses from one address reach the hash', async () => {
    const account = await signUpFresh(identity, 'parallel');
    const verify = jest.spyOn(passwordHasher, 'verify');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        login(identity, { email: account.user.email, password: `parallel guess ${index}` }),
      ),
    );
    const refusedCount = results.filter(
      (result) => result.body.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS',
    ).length;
    const invalidCount = results.filter(
      (result) => result.payload?.userErrors[0]?.code === 'INVALID_CREDENTIALS',
    ).length;
    expect(invalidCount).toBe(5);
    expect(refusedCount).toBe(7);
    expect(verify).toHaveBeenCalledTimes(5);
  });

  it('keeps counting a failure even when the rest of the document fails and rolls back', async () => {
    const account = await signUpFresh(identity, 'rollback');
    // The second field fails (no signed-in user), so the request transaction rolls back; the attempt must stay.
    const response = await postGraphQL(
      identity.url,
      `mutation ($input: LoginInput!) { login(input: $input) { ${USER_ERRORS} } switchTenant(input: { tenantId: "${account.tenant.id}" }) { ${USER_ERRORS} } }`,
      { input: { email: account.user.email, password: 'a wrong password' } },
      anonymous(),
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      await countRows(`select 1 from identity.login_attempts where email = $1 and not succeeded`, [
        account.user.email,
      ]),
    ).toBe(1);
  });
});

describe('access tokens', () => {
  it('are ES256 JWTs verifiable with the JWKS, carrying the contract claims', async () => {
    const session = await signUpFresh(identity, 'jwt');
    const header = decodeProtectedHeader(session.accessToken);
    expect(header).toMatchObject({ alg: 'ES256', typ: 'JWT' });

    const keySet = (await (await fetch(jwksUrl(identity))).json()) as {
      keys: Array<Record<string, unknown>>;
    };
    expect(keySet.keys.length).toBeGreaterThanOrEqual(1);
    expect(keySet.keys.map((key) => key.kid)).toContain(header.kid);
    for (const key of keySet.keys) {
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
      expect(key).not.toHaveProperty('d');
    }

    // Exactly what the gateway does.
    const { payload } = await jwtVerify(session.accessToken, createRemoteJWKSet(new URL(jwksUrl(identity))), {
      algorithms: ['ES256'],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    expect(payload).toMatchObject({
      iss: ISSUER,
      aud: AUDIENCE,
      sub: session.user.id,
      tid: session.tenant.id,
      role: 'owner',
      perms: session.permissions,
    });
    expect(typeof payload.jti).toBe('string');
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(900);
    expect(payload.exp! - payload.iat!).toBeGreaterThan(0);
    expect(new Date(session.accessTokenExpiresAt).getTime()).toBe(payload.exp! * 1000);
  });

  it('are rejected for another audience or algorithm', async () => {
    const session = await signUpFresh(identity, 'aud');
    const jwks = createRemoteJWKSet(new URL(jwksUrl(identity)));
    await expect(
      jwtVerify(session.accessToken, jwks, { algorithms: ['ES256'], audience: 'someone-else' }),
    ).rejects.toThrow();
    await expect(jwtVerify(session.accessToken, jwks, { algorithms: ['RS256'] })).rejects.toThrow();
  });
});

describe('refresh tokens', () => {
  it('rotate: the new pair works, the old refresh token is spent', async () => {
    const session = await signUpFresh(identity, 'rotate');
    const rotated = await refresh(identity, session.refreshToken);
    expect(rotated.payload?.userErrors).toEqual([]);
    const next = rotated.payload!.session!;
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(next.accessToken).not.toBe(session.accessToken);
    const claims = await verifyAccessToken(identity, next.accessToken);
    expect(claims).toMatchObject({ sub: session.user.id, tid: session.tenant.id, role: 'owner' });

    const again = await refresh(identity, next.refreshToken);
    expect(again.payload?.userErrors).toEqual([]);
  });

  it('revoke the whole family when a rotated token is reused, including the newest token', async () => {
    const session = await signUpFresh(identity, 'reuse');
    const second = (await refresh(identity, session.refreshToken)).payload!.session!;
    const third = (await refresh(identity, second.refreshToken)).payload!.session!;

    const reuse = await refresh(identity, session.refreshToken);
    expect(reuse.payload?.session).toBeNull();
    expect(reuse.payload?.userErrors).toEqual([expect.objectContaining({ code: 'REFRESH_TOKEN_REUSED' })]);

    const newest = await refresh(identity, third.refreshToken);
    expect(newest.payload?.session).toBeNull();
    expect(newest.payload?.userErrors).toEqual([expect.objectContaining({ code: 'REFRESH_TOKEN_REVOKED' })]);
    expect(
      await countRows(`select 1 from identity.refresh_tokens where user_id = $1 and revoked_at is null`, [
        session.user.id,
      ]),
    ).toBe(0);
  });

  it('refuses an unknown token', async () => {
    const { payload } = await refresh(identity, 'not-a-real-token');
    expect(payload?.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_REFRESH_TOKEN', field: ['input', 'refreshToken'] }),
    ]);
  });

  it('stop working after logout', async () => {
    const session = await signUpFresh(identity, 'logout');
    const rotated = (await refresh(identity, session.refreshToken)).payload!.session!;
    const logout = await postGraphQL<{ logout: { revoked: boolean; userErrors: unknown[] } }>(
      identity.url,
      `mutation ($input: LogoutInput!) { logout(input: $input) { revoked ${USER_ERRORS} } }`,
      { input: { refreshToken: rotated.refreshToken } },
      anonymous(),
    );
    expect(logout.body.data?.logout).toEqual({ revoked: true, userErrors: [] });
    const after = await refresh(identity, rotated.refreshToken);
    expect(after.payload?.userErrors).toEqual([expect.objectContaining({ code: 'REFRESH_TOKEN_REVOKED' })]);

    const unknown = await postGraphQL<{ logout: { revoked: boolean; userErrors: Array<{ code: string }> } }>(
      identity.url,
      `mutation { logout(input: { refreshToken: "nope" }) { revoked ${USER_ERRORS} } }`,
      {},
      anonymous(),
    );
    expect(unknown.body.data?.logout.revoked).toBe(false);
    expect(unknown.body.data?.logout.userErrors[0].code).toBe('INVALID_REFRESH_TOKEN');
  });
});

describe('the trust boundary', () => {
  it('answers 401 to an unsigned request', async () => {
    const response = await postGraphQL(
      identity.url,
      `mutation { logout(input: { refreshToken: "x" }) { revoked } }`,
    );
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 to a forged signature', async () => {
    const headers = signedHeaders(
      { audience: identity.name, tenantId: null },
      'a-different-secret-that-is-long-enough-000',
    );
    const response = await postGraphQL(identity.url, `{ __typename }`, {}, headers);
    expect(response.status).toBe(401);
  });

  it('refuses `me` without a tenant', async () => {
    const response = await postGraphQL(identity.url, `{ me { role } }`, {}, anonymous());
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
