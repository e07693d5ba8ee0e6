import { randomBytes, randomInt, createHash } from 'node:crypto';
import { generate } from 'otplib';
import { queryAsSuperuser, uniqueEmail } from '@nexora/kit';
import {
  SESSION_FIELDS,
  startE2EPlatform,
  USER_ERRORS,
  type E2EPlatform,
  type SessionResult,
  type SignedUpTenant,
  type UserErrorResult,
} from './e2e-client';
import {
  startGitHubTestProvider,
  type GitHubTestProvider,
  type GitHubTestUser,
} from './github-test-provider';

/**
 * Sign-in with GitHub (OAuth 2, no OpenID Connect) through the real gateway (issue 9), against a
 * local GitHub-shaped server (github-test-provider.ts, laid out like GitHub Enterprise Server, so the
 * configurable endpoints are exercised). The browser's trip to GitHub is one GET of the authorization
 * URL: the server approves at once for the account "signed in" there and redirects with code + state.
 */
const CALLBACK = 'http://127.0.0.1:5173/oidc/callback';
const CLIENT = { clientId: 'Iv1.nexora-e2e', clientSecret: `secret-${randomBytes(12).toString('hex')}` };

let github: GitHubTestProvider;
let e2e: E2EPlatform;
const savedEnv = { ...process.env };

beforeAll(async () => {
  github = await startGitHubTestProvider({ ...CLIENT, redirectUris: [CALLBACK] });
  process.env.OIDC_PROVIDERS = JSON.stringify([
    // Never contacted here: it is listed beside GitHub, and has no `kind` (OpenID Connect by default).
    { id: 'google', issuer: 'https://accounts.google.com', clientId: 'nexora-web' },
    {
      kind: 'github',
      id: 'github',
      ...CLIENT,
      authorizationEndpoint: github.authorizationEndpoint,
      tokenEndpoint: github.tokenEndpoint,
      apiBase: github.apiBase,
    },
  ]);
  process.env.OIDC_REDIRECT_URIS = CALLBACK;
  e2e = await startE2EPlatform();
});

afterAll(async () => {
  await e2e?.stop();
  await github?.stop();
  process.env = savedEnv;
});

afterEach(() => {
  github.outage = null;
});

interface LoginPayload {
  session: SessionResult | null;
  mfaChallenge: { token: string } | null;
  userErrors: UserErrorResult[];
}

const START = `mutation Start($input: StartOidcLoginInput!) {
  startOidcLogin(input: $input) { authorizationUrl expiresAt ${USER_ERRORS} }
}`;
const COMPLETE = `mutation Complete($input: CompleteOidcLoginInput!) {
  completeOidcLogin(input: $input) { session { ${SESSION_FIELDS} } mfaChallenge { token } ${USER_ERRORS} }
}`;

const codes = (payload: { userErrors: UserErrorResult[] }) => payload.userErrors.map((error) => error.code);

async function complete(grant: { state: string; code: string }): Promise<LoginPayload> {
  const result = await e2e.gql<{ completeOidcLogin: LoginPayload }>(COMPLETE, {
    input: { ...grant, redirectUri: CALLBACK },
  });
  expect(result.status).toBe(200);
  return result.body.data!.completeOidcLogin;
}

/** A GitHub account with this primary address (verified unless said otherwise) and no other. */
function gitHubUser(email: string, options: Partial<GitHubTestUser> = {}): GitHubTestUser {
  return {
    id: randomInt(1, 2 ** 31),
    login: `octo-${randomBytes(4).toString('hex')}`,
    name: 'Octo Cat',
    email: null,
    emails: [{ email, primary: true, verified: true, visibility: 'private' }],
    ...options,
  };
}

/**
 * Starts a sign-in with GitHub, lets `tamper` change the authorization request, and goes through
 * GitHub as `user` would in a browser: back at our callback with the code and our state.
 */
async function codeFor(user: GitHubTestUser, tamper: (url: URL) => void = () => undefined) {
  const started = await e2e.gql<{
    startOidcLogin: {
      authorizationUrl: string | null;
      expiresAt: string | null;
      userErrors: UserErrorResult[];
    };
  }>(START, { input: { provider: 'github', redirectUri: CALLBACK } });
  expect(started.body.data?.startOidcLogin.userErrors).toEqual([]);
  const url = new URL(started.body.data!.startOidcLogin.authorizationUrl!);
  const state = url.searchParams.get('state')!;
  tamper(url);
  github.signIn(user);
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(302);
  const back = new URL(response.headers.get('location')!);
  expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
  expect(back.searchParams.get('state')).toBe(state);
  return { grant: { state, code: back.searchParams.get('code')! }, authorizationUrl: url };
}

/** Marks the account's own address as proven (what verifyEmail or a password reset does). */
async function verifiedOwner(prefix: string): Promise<SignedUpTenant> {
  const owner = await e2e.signUpTenant(prefix);
  await queryAsSuperuser(`update identity.users set email_verified_at = now() where id = $1`, [owner.userId]);
  return owner;
}

const GITHUB_ISSUER = () => `github:${new URL(github.authorizationEndpoint).origin}`;

const linksOf = (userId: string) =>
  queryAsSuperuser<{ issuer: string; subject: string }>(
    `select issuer, subject from identity.oidc_identities where user_id = $1`,
    [userId],
  );

describe('sign-in with GitHub through the gateway', () => {
  it('lists both configured providers, GitHub named "GitHub"', async () => {
    const result = await e2e.gql<{ signInProviders: Array<{ id: string; name: string }> }>(
      `query { signInProviders { id name } }`,
    );
    expect(result.status).toBe(200);
    expect(result.body.data?.signInProviders).toEqual([
      { id: 'google', name: 'Google' },
      { id: 'github', name: 'GitHub' },
    ]);
  });

  it('signs in and links the account with the verified primary address; the session works for `me`; a replayed state is refused', async () => {
    const owner = await verifiedOwner('github-owner');
    const user = gitHubUser(owner.email.toUpperCase());
    const { grant, authorizationUrl } = await codeFor(user);

    expect(`${authorizationUrl.origin}${authorizationUrl.pathname}`).toBe(github.authorizationEndpoint);
    expect(Object.fromEntries(authorizationUrl.searchParams)).toEqual({
      client_id: CLIENT.clientId,
      redirect_uri: CALLBACK,
      scope: 'read:user user:email',
      state: grant.state,
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge_method: 'S256',
    });

    const signedIn = await complete(grant);
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

    // Linked by GitHub's numeric id, in the namespace of that GitHub instance; never by the login.
    expect(await linksOf(owner.userId)).toEqual([{ issuer: GITHUB_ISSUER(), subject: String(user.id) }]);
    const audit = await queryAsSuperuser<{ details: Record<string, unknown> }>(
      `select details from identity.audit_events where tenant_id = $1 and type = 'LOGIN_SUCCEEDED'
          and details->>'method' = 'oidc'`,
      [owner.tenantId],
    );
    expect(audit).toEqual([{ details: expect.objectContaining({ method: 'oidc', provider: 'github' }) }]);

    const replayed = await complete(grant);
    expect(replayed.session).toBeNull();
    expect(codes(replayed)).toEqual(['OIDC_STATE_USED']);
  });

  it('signs in through the link by id after the GitHub account changes its login and addresses', async () => {
    const owner = await verifiedOwner('github-link');
    const user = gitHubUser(owner.email);
    expect((await complete((await codeFor(user)).grant)).session?.user.id).toBe(owner.userId);

    // The GitHub account now uses the (verified) address of another verified account, and a new
    // login: the link by id still decides, the address is not looked up again.
    const other = await verifiedOwner('github-link-other');
    user.login = `renamed-${user.login}`;
    user.emails = [{ email: other.email, primary: true, verified: true }];
    const again = await complete((await codeFor(user)).grant);
    expect(again.userErrors).toEqual([]);
    expect(again.session?.user.id).toBe(owner.userId);

    // Even with no verified address left at all.
    user.emails = [{ email: uniqueEmail('github-unverified'), primary: true, verified: false }];
    expect((await complete((await codeFor(user)).grant)).session?.user.id).toBe(owner.userId);
    expect(await linksOf(other.userId)).toEqual([]);
  });

  it('refuses an unverified primary address, and never uses a verified address that is not the primary', async () => {
    const owner = await verifiedOwner('github-primary');

    const unverifiedPrimary = gitHubUser(owner.email, {
      emails: [
        { email: owner.email, primary: true, verified: false },
        { email: uniqueEmail('github-secondary'), primary: false, verified: true },
      ],
    });
    const refused = await complete((await codeFor(unverifiedPrimary)).grant);
    expect(refused.session).toBeNull();
    expect(codes(refused)).toEqual(['OIDC_EMAIL_NOT_VERIFIED']);

    // The owner's address is verified at GitHub, but as a secondary one (and as the public profile
    // address): the primary one, which no account uses, decides.
    const secondary = gitHubUser(uniqueEmail('github-primary-stranger'), { email: owner.email });
    secondary.emails.push({ email: owner.email, primary: false, verified: true });
    const notFound = await complete((await codeFor(secondary)).grant);
    expect(notFound.session).toBeNull();
    expect(codes(notFound)).toEqual(['OIDC_ACCOUNT_NOT_FOUND']);

    const noPrimary = gitHubUser(owner.email, {
      emails: [{ email: owner.email, primary: false, verified: true }],
    });
    expect(codes(await complete((await codeFor(noPrimary)).grant))).toEqual(['OIDC_EMAIL_NOT_VERIFIED']);

    expect(await linksOf(owner.userId)).toEqual([]);
  });

  it('refuses a code whose challenge does not match our verifier (GitHub answers bad_verification_code)', async () => {
    const owner = await verifiedOwner('github-pkce');
    const foreignVerifier = randomBytes(32).toString('base64url');
    const { grant } = await codeFor(gitHubUser(owner.email), (url) =>
      url.searchParams.set(
        'code_challenge',
        createHash('sha256').update(foreignVerifier).digest('base64url'),
      ),
    );
    const refused = await complete(grant);
    expect(refused.session).toBeNull();
    expect(codes(refused)).toEqual(['OIDC_CODE_REJECTED']);
    expect(await linksOf(owner.userId)).toEqual([]);
  });

  it('answers OIDC_PROVIDER_UNAVAILABLE when GitHub fails or cannot be reached, and works again after', async () => {
    const owner = await verifiedOwner('github-down');
    const user = gitHubUser(owner.email);
    const outages = [
      { on: 'token', as: 503 },
      { on: 'api', as: 503 },
      { on: 'token', as: 'dropped connection' },
      { on: 'everything', as: 'dropped connection' },
    ] as const;
    for (const outage of outages) {
      const { grant } = await codeFor(user);
      github.outage = outage;
      const down = await complete(grant);
      github.outage = null;
      expect(down.session).toBeNull();
      expect(codes(down)).toEqual(['OIDC_PROVIDER_UNAVAILABLE']);
    }
    expect(await linksOf(owner.userId)).toEqual([]);
    expect((await complete((await codeFor(user)).grant)).session?.user.id).toBe(owner.userId);
  });

  it('still asks for the second factor of an account with MFA', async () => {
    const owner = await verifiedOwner('github-mfa');
    const started = await e2e.gql<{ startMfaEnrolment: { secret: string } }>(
      `mutation { startMfaEnrolment { secret } }`,
      {},
      owner.token,
    );
    const { secret } = started.body.data!.startMfaEnrolment;
    const confirmed = await e2e.gql<{ confirmMfaEnrolment: { userErrors: UserErrorResult[] } }>(
      `mutation ($input: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $input) { ${USER_ERRORS} } }`,
      { input: { code: await generate({ secret }) } },
      owner.token,
    );
    expect(confirmed.body.data?.confirmMfaEnrolment.userErrors).toEqual([]);

    const signedIn = await complete((await codeFor(gitHubUser(owner.email))).grant);
    expect(signedIn).toEqual({ session: null, mfaChallenge: { token: expect.any(String) }, userErrors: [] });
  });

  it('stores no GitHub access token (nor code) anywhere in the database', async () => {
    const owner = await verifiedOwner('github-tokens');
    expect((await complete((await codeFor(gitHubUser(owner.email))).grant)).session?.user.id).toBe(
      owner.userId,
    );
    // Every token and code this file's sign-ins received so far (this one's at least), refused ones too.
    expect(github.issued.filter((value) => value.startsWith('gho_')).length).toBeGreaterThan(0);

    const tables = await queryAsSuperuser<{ name: string }>(
      `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
    );
    expect(tables.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['identity.oidc_identities', 'identity.oidc_logins', 'identity.audit_events']),
    );
    const patterns = github.issued.map((value) => `%${value}%`);
    const found: string[] = [];
    for (const { name } of tables) {
      const [row] = await queryAsSuperuser<{ count: number }>(
        `select count(*)::int as count from ${name} as stored where row_to_json(stored)::text like any($1)`,
        [patterns],
      );
      if (row.count > 0) found.push(name);
    }
    expect(found).toEqual([]);
  });
});
