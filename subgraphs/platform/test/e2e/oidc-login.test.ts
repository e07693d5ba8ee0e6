import { createHash, randomBytes } from 'node:crypto';
import { queryAsSuperuser, uniqueEmail } from '@nexora/kit';
import {
  SESSION_FIELDS,
  startE2EPlatform,
  USER_ERRORS,
  type E2EPlatform,
  type SessionResult,
  type UserErrorResult,
} from './e2e-client';
import { startOidcProvider, type OidcProviderProcess } from './oidc-provider-process';

/**
 * Sign-in with an OpenID Connect provider through the real gateway (issue 9), against a real local
 * provider (oidc-provider, PKCE required) driven like a browser with plain fetch: its login and
 * consent pages are submitted as forms. Refusals: unknown, replayed and foreign states, a redirect
 * URI off the allow-list, a code challenge that does not match our verifier (the provider refuses the
 * exchange), an ID token with another nonce, an unverified or unknown e-mail.
 */
const CALLBACK = 'http://127.0.0.1:5173/oidc/callback';
const OTHER_CALLBACK = 'http://127.0.0.1:5173/other/callback';
const CLIENT_ID = 'nexora-web';

let provider: OidcProviderProcess;
let issuer: string;
let e2e: E2EPlatform;
const savedEnv = { ...process.env };

beforeAll(async () => {
  provider = await startOidcProvider([
    { client_id: CLIENT_ID, token_endpoint_auth_method: 'none', redirect_uris: [CALLBACK, OTHER_CALLBACK] },
  ]);
  ({ issuer } = provider);
  process.env.OIDC_PROVIDERS = JSON.stringify([{ id: 'local', issuer, clientId: CLIENT_ID }]);
  process.env.OIDC_REDIRECT_URIS = `${CALLBACK}, ${OTHER_CALLBACK}`;
  e2e = await startE2EPlatform();
});

afterAll(async () => {
  await e2e?.stop();
  provider?.stop();
  process.env = savedEnv;
});

interface LoginPayload {
  session: SessionResult | null;
  userErrors: UserErrorResult[];
}

const START = `mutation Start($input: StartOidcLoginInput!) {
  startOidcLogin(input: $input) { authorizationUrl expiresAt ${USER_ERRORS} }
}`;
const COMPLETE = `mutation Complete($input: CompleteOidcLoginInput!) {
  completeOidcLogin(input: $input) { session { ${SESSION_FIELDS} } ${USER_ERRORS} }
}`;

async function start(provider = 'local', redirectUri = CALLBACK) {
  const result = await e2e.gql<{
    startOidcLogin: {
      authorizationUrl: string | null;
      expiresAt: string | null;
      userErrors: UserErrorResult[];
    };
  }>(START, { input: { provider, redirectUri } });
  expect(result.status).toBe(200);
  return result.body.data!.startOidcLogin;
}

async function complete(input: { state: string; code: string; redirectUri: string }) {
  const result = await e2e.gql<{ completeOidcLogin: LoginPayload }>(COMPLETE, { input });
  expect(result.status).toBe(200);
  return result.body.data!.completeOidcLogin;
}

const codes = (payload: { userErrors: UserErrorResult[] }) => payload.userErrors.map((error) => error.code);

/**
 * What a browser does at the provider: follows redirects, keeps cookies, submits the dev login form
 * (any password) and the consent form, until the provider redirects to one of our callbacks.
 */
async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 12; step += 1) {
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      body,
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const equals = pair.indexOf('=');
      cookies.set(pair.slice(0, equals), pair.slice(equals + 1));
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url);
      if ([CALLBACK, OTHER_CALLBACK].includes(`${next.origin}${next.pathname}`)) return next;
      url = next.toString();
      body = undefined;
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(page)?.[1];
    if (!action || !prompt)
      throw new Error(`unexpected provider page (${response.status}): ${page.slice(0, 300)}`);
    url = new URL(action, url).toString();
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
  }
  throw new Error('the provider never redirected back');
}

/** Starts a sign-in, lets `tamper` change the authorization request, and signs in at the provider. */
async function codeFor(login: string, tamper: (url: URL) => void = () => undefined) {
  const started = await start();
  expect(started.userErrors).toEqual([]);
  const url = new URL(started.authorizationUrl!);
  const state = url.searchParams.get('state')!;
  tamper(url);
  const back = await signInAtProvider(url.toString(), login);
  expect(back.searchParams.get('state')).toBe(state);
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`the provider refused: ${back.search}`);
  return { grant: { state, code }, authorizationUrl: started.authorizationUrl! };
}

describe('sign-in with an OIDC provider through the gateway', () => {
  it('lists the configured providers to anyone, by id and button name', async () => {
    const result = await e2e.gql<{ signInProviders: Array<{ id: string; name: string }> }>(
      `query { signInProviders { id name } }`,
    );
    expect(result.status).toBe(200);
    expect(result.body.data?.signInProviders).toEqual([{ id: 'local', name: 'Local' }]);
  });

  it('signs in the account with the verified e-mail, links it, and the session works for `me`', async () => {
    const owner = await e2e.signUpTenant('oidc-owner');
    // The account's own address is not proven yet (this platform signs up without verification):
    // the provider's verified address is not enough to link it.
    const early = (await codeFor(owner.email)).grant;
    const refusedEarly = await complete({ ...early, redirectUri: CALLBACK });
    expect(refusedEarly.session).toBeNull();
    expect(codes(refusedEarly)).toEqual(['OIDC_ACCOUNT_EMAIL_NOT_VERIFIED']);
    expect(
      await queryAsSuperuser(`select 1 from identity.oidc_identities where user_id = $1`, [owner.userId]),
    ).toHaveLength(0);
    // Proven, as verifyEmail or a password reset marks it (both checked in identity's email tests).
    await queryAsSuperuser(`update identity.users set email_verified_at = now() where id = $1`, [
      owner.userId,
    ]);

    const {
      grant: { state, code },
      authorizationUrl,
    } = await codeFor(owner.email);

    const url = new URL(authorizationUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${issuer}/auth`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const signedIn = await complete({ state, code, redirectUri: CALLBACK });
    expect(signedIn.userErrors).toEqual([]);
    expect(signedIn.session).toMatchObject({ user: { id: owner.userId }, tenant: { id: owner.tenantId } });

    const me = await e2e.gql<{ me: { user: { id: string }; tenant: { id: string }; role: string } }>(
      `{ me { user { id } tenant { id } role } }`,
      {},
      signedIn.session!.accessToken,
    );
    expect(me.body.data?.me).toEqual({
      user: { id: owner.userId },
      tenant: { id: owner.tenantId },
      role: 'owner',
    });

    // Linked by (issuer, subject); only the state's SHA-256 is stored, spent.
    const links = await queryAsSuperuser<{ user_id: string }>(
      `select user_id from identity.oidc_identities where issuer = $1 and subject = $2`,
      [issuer, owner.email],
    );
    expect(links).toEqual([{ user_id: owner.userId }]);
    const stored = await queryAsSuperuser<{ state_hash: string; used: boolean; redirect_uri: string }>(
      `select state_hash, used_at is not null as used, redirect_uri from identity.oidc_logins where state_hash = $1`,
      [createHash('sha256').update(state).digest('hex')],
    );
    expect(stored).toEqual([expect.objectContaining({ used: true, redirect_uri: CALLBACK })]);
    const plain = await queryAsSuperuser<{ count: number }>(
      `select count(*)::int as count from identity.oidc_logins where state_hash = $1 or row_to_json(oidc_logins)::text like $2`,
      [state, `%${state}%`],
    );
    expect(plain).toEqual([{ count: 0 }]);

    const audit = await queryAsSuperuser<{ details: Record<string, unknown> }>(
      `select details from identity.audit_events where tenant_id = $1 and type = 'LOGIN_SUCCEEDED' and details->>'method' = 'oidc'`,
      [owner.tenantId],
    );
    expect(audit).toEqual([{ details: expect.objectContaining({ method: 'oidc', provider: 'local' }) }]);

    // The replayed state is refused, and the replay issues no session.
    const replayed = await complete({ state, code, redirectUri: CALLBACK });
    expect(replayed.session).toBeNull();
    expect(codes(replayed)).toEqual(['OIDC_STATE_USED']);

    // A second sign-in finds the link (the e-mail lookup is not needed any more).
    const again = await codeFor(owner.email);
    const second = await complete({ ...again.grant, redirectUri: CALLBACK });
    expect(second.session?.user.id).toBe(owner.userId);
  });

  it('refuses an unknown provider, a redirect URI off the allow-list, an unknown state and another redirect URI', async () => {
    expect(codes(await start('nope'))).toEqual(['OIDC_PROVIDER_UNKNOWN']);
    const offList = await start('local', 'https://attacker.example/callback');
    expect(offList.authorizationUrl).toBeNull();
    expect(codes(offList)).toEqual(['OIDC_REDIRECT_URI_NOT_ALLOWED']);

    const unknown = await complete({
      state: randomBytes(32).toString('base64url'),
      code: 'x',
      redirectUri: CALLBACK,
    });
    expect(codes(unknown)).toEqual(['OIDC_STATE_INVALID']);

    const owner = await e2e.signUpTenant('oidc-redirect');
    const { state, code } = (await codeFor(owner.email)).grant;
    const mismatch = await complete({ state, code, redirectUri: OTHER_CALLBACK });
    expect(mismatch.session).toBeNull();
    expect(codes(mismatch)).toEqual(['OIDC_REDIRECT_URI_MISMATCH']);
  });

  it('refuses a code whose challenge does not match our verifier, and an ID token with another nonce', async () => {
    const owner = await e2e.signUpTenant('oidc-tamper');
    const foreignVerifier = randomBytes(32).toString('base64url');
    const wrongVerifier = await codeFor(owner.email, (url) =>
      url.searchParams.set(
        'code_challenge',
        createHash('sha256').update(foreignVerifier).digest('base64url'),
      ),
    );
    const refused = await complete({ ...wrongVerifier.grant, redirectUri: CALLBACK });
    expect(refused.session).toBeNull();
    expect(codes(refused)).toEqual(['OIDC_CODE_REJECTED']);

    const wrongNonce = await codeFor(owner.email, (url) =>
      url.searchParams.set('nonce', 'not-the-nonce-we-sent'),
    );
    const invalid = await complete({ ...wrongNonce.grant, redirectUri: CALLBACK });
    expect(invalid.session).toBeNull();
    expect(codes(invalid)).toEqual(['OIDC_ID_TOKEN_INVALID']);

    const links = await queryAsSuperuser(`select 1 from identity.oidc_identities where user_id = $1`, [
      owner.userId,
    ]);
    expect(links).toHaveLength(0);
  });

  it('links no account by an unverified e-mail and creates none for an unknown one', async () => {
    const owner = await e2e.signUpTenant('oidc-unverified');
    const unverified = await codeFor(`unverified+${owner.email}`);
    const refusedUnverified = await complete({ ...unverified.grant, redirectUri: CALLBACK });
    expect(refusedUnverified.session).toBeNull();
    expect(codes(refusedUnverified)).toEqual(['OIDC_EMAIL_NOT_VERIFIED']);

    const stranger = uniqueEmail('oidc-stranger');
    const unknown = await codeFor(stranger);
    const refusedUnknown = await complete({ ...unknown.grant, redirectUri: CALLBACK });
    expect(codes(refusedUnknown)).toEqual(['OIDC_ACCOUNT_NOT_FOUND']);
    expect(await queryAsSuperuser(`select 1 from identity.users where email = $1`, [stranger])).toHaveLength(
      0,
    );
  });
});
