import { countRows, postGraphQL, queryAsSuperuser, uniqueEmail, type RunningSubgraph } from '@nexora/kit';
import {
  anonymous,
  login,
  PASSWORD,
  refresh,
  SESSION_FIELDS,
  startIdentity,
  USER_ERRORS,
  type SessionResult,
  type UserErrorResult,
} from './identity-harness';
import { startSmtpInbox, tokenIn, type SmtpInbox } from './smtp-inbox';

let identity: RunningSubgraph;
let inbox: SmtpInbox;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  // These tests run the production behaviour; the other suites keep the default (off).
  process.env.EMAIL_VERIFICATION = 'required';
  process.env.SMTP_URL = inbox.url;
  identity = await startIdentity();
});

afterAll(async () => {
  await identity.stop();
  await inbox.stop();
});

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { session { ${SESSION_FIELDS} } verificationRequired ${USER_ERRORS} } }`;
const VERIFY = `mutation ($input: VerifyEmailInput!) { verifyEmail(input: $input) { session { ${SESSION_FIELDS} } ${USER_ERRORS} } }`;
const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted ${USER_ERRORS} } }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { ok ${USER_ERRORS} } }`;

async function call<T>(query: string, input: Record<string, unknown>): Promise<{ status: number; data: T }> {
  const response = await postGraphQL<Record<string, T>>(identity.url, query, { input }, anonymous());
  const data = Object.values(response.body.data ?? {})[0];
  if (!data) throw new Error(`no data: ${JSON.stringify(response.body)}`);
  return { status: response.status, data };
}

type SignUpData = {
  session: SessionResult | null;
  verificationRequired: boolean;
  userErrors: UserErrorResult[];
};
type VerifyData = { session: SessionResult | null; userErrors: UserErrorResult[] };
type ResetData = { ok: boolean; userErrors: UserErrorResult[] };

const signUp = (email: string, tenantName = `Tenant of ${email}`) =>
  call<SignUpData>(SIGN_UP, { email, password: PASSWORD, name: 'Mail Person', tenantName });

/** Signs up and verifies; returns the session and how many mails the address had by then. */
async function verifiedAccount(prefix: string): Promise<SessionResult> {
  const email = uniqueEmail(prefix);
  await signUp(email);
  const { data } = await call<VerifyData>(VERIFY, { token: tokenIn(await inbox.next(email)) });
  if (!data.session) throw new Error(`verifyEmail failed: ${JSON.stringify(data)}`);
  return data.session;
}

describe('e-mail verification (EMAIL_VERIFICATION=required)', () => {
  it('creates the account only when the mailed token comes back, once', async () => {
    const email = uniqueEmail('verify');
    const tenantName = `Verified ${email}`;
    const { status, data } = await signUp(email, tenantName);
    expect(status).toBe(200);
    expect(data).toEqual({ session: null, verificationRequired: true, userErrors: [] });
    expect(await countRows(`select 1 from identity.users where email = $1`, [email])).toBe(0);

    const mail = await inbox.next(email);
    expect(mail.subject).toBe('Confirm your e-mail address');
    expect(mail.text).toContain('/#/verify-email?token=');
    const token = tokenIn(mail);

    const verified = await call<VerifyData>(VERIFY, { token });
    expect(verified.data.userErrors).toEqual([]);
    expect(verified.data.session).toMatchObject({
      user: { email },
      tenant: { name: tenantName },
      role: 'owner',
    });
    expect((await login(identity, { email, password: PASSWORD })).payload?.session?.user.email).toBe(email);
    // Its address is proven (OIDC providers may link to it from now on).
    expect(
      await countRows(`select 1 from identity.users where email = $1 and email_verified_at is not null`, [
        email,
      ]),
    ).toBe(1);

    const again = await call<VerifyData>(VERIFY, { token });
    expect(again.data.session).toBeNull();
    expect(again.data.userErrors.map((error) => error.code)).toEqual(['INVALID_VERIFICATION_TOKEN']);
    expect(await countRows(`select 1 from identity.users where email = $1`, [email])).toBe(1);
    expect(await countRows(`select 1 from identity.tenants where name = $1`, [tenantName])).toBe(1);
  });

  it('answers a sign-up for an existing address exactly like a new one and mails the owner', async () => {
    const owner = await verifiedAccount('taken');
    const fresh = uniqueEmail('fresh');
    const forTaken = await signUp(owner.user.email.toUpperCase(), 'Intruder tenant');
    const forFresh = await signUp(fresh, 'Intruder tenant');
    expect(forTaken).toEqual(forFresh);
    expect(forTaken.data).toEqual({ session: null, verificationRequired: true, userErrors: [] });

    const warning = await inbox.next(owner.user.email, 1);
    expect(warning.subject).toBe('Someone tried to sign up with your address');
    expect(warning.text).toContain('/#/reset-password');
    expect(warning.text).not.toMatch(/token=/);
    expect(
      await countRows(`select 1 from identity.pending_sign_ups where email = $1`, [owner.user.email]),
    ).toBe(
      1, // the owner's own, already used
    );
    expect(await countRows(`select 1 from identity.users where email = $1`, [owner.user.email])).toBe(1);
  });

  it('refuses an expired verification token', async () => {
    const email = uniqueEmail('expired');
    await signUp(email);
    const token = tokenIn(await inbox.next(email));
    await queryAsSuperuser(
      `update identity.pending_sign_ups set expires_at = now() - interval '1 second' where email = $1`,
      [email],
    );
    const { data } = await call<VerifyData>(VERIFY, { token });
    expect(data.userErrors.map((error) => error.code)).toEqual(['INVALID_VERIFICATION_TOKEN']);
    expect(await countRows(`select 1 from identity.users where email = $1`, [email])).toBe(0);
  });
});

describe('password reset', () => {
  it('answers the same for an unknown address and mails nothing', async () => {
    const unknown = uniqueEmail('nobody');
    const owner = await verifiedAccount('known');
    const forUnknown = await call(REQUEST_RESET, { email: unknown });
    const forKnown = await call(REQUEST_RESET, { email: owner.user.email });
    expect(forUnknown).toEqual(forKnown);
    expect(forKnown.data).toEqual({ accepted: true, userErrors: [] });
    await inbox.next(owner.user.email, 1);
    expect(inbox.to(unknown)).toEqual([]);
  });

  it('sets the password once, ends every session and records the event', async () => {
    const session = await verifiedAccount('reset');
    const email = session.user.email;
    const second = (await login(identity, { email, password: PASSWORD })).payload!.session!;
    // As for an account made with verification off: its address is not proven yet.
    await queryAsSuperuser(`update identity.users set email_verified_at = null where email = $1`, [email]);
    await call(REQUEST_RESET, { email });
    const mail = await inbox.next(email, 1);
    expect(mail.subject).toBe('Reset your password');
    const token = tokenIn(mail);
    const newPassword = 'a brand new passphrase';

    const weak = await call<ResetData>(RESET, { token, newPassword: 'short' });
    expect(weak.data.userErrors.map((error) => error.code)).toEqual(['WEAK_PASSWORD']);

    const reset = await call<ResetData>(RESET, { token, newPassword });
    expect(reset.data).toEqual({ ok: true, userErrors: [] });
    // The link was read in the account's mailbox: the address is proven now.
    expect(
      await countRows(`select 1 from identity.users where email = $1 and email_verified_at is not null`, [
        email,
      ]),
    ).toBe(1);

    const old = await login(identity, { email, password: PASSWORD });
    expect(old.payload?.userErrors.map((error) => error.code)).toEqual(['INVALID_CREDENTIALS']);
    expect((await login(identity, { email, password: newPassword })).payload?.session?.user.email).toBe(
      email,
    );
    for (const revoked of [session, second]) {
      const refreshed = await refresh(identity, revoked.refreshToken);
      expect(refreshed.payload?.session).toBeNull();
      expect(refreshed.payload?.userErrors.length).toBe(1);
    }
    expect(
      await countRows(
        `select 1 from identity.audit_events where type = 'PASSWORD_RESET' and target_id = $1`,
        [session.user.id],
      ),
    ).toBe(1);

    const reused = await call<ResetData>(RESET, { token, newPassword: 'yet another passphrase' });
    expect(reused.data.ok).toBe(false);
    expect(reused.data.userErrors.map((error) => error.code)).toEqual(['INVALID_RESET_TOKEN']);
    expect((await login(identity, { email, password: newPassword })).payload?.session).not.toBeNull();
  });

  it('refuses an expired token and an earlier token replaced by a newer request', async () => {
    const { user } = await verifiedAccount('stale');
    await call(REQUEST_RESET, { email: user.email });
    const first = tokenIn(await inbox.next(user.email, 1));
    await call(REQUEST_RESET, { email: user.email });
    const second = tokenIn(await inbox.next(user.email, 2));
    const replaced = await call<ResetData>(RESET, { token: first, newPassword: 'replaced passphrase' });
    expect(replaced.data.userErrors.map((error) => error.code)).toEqual(['INVALID_RESET_TOKEN']);

    await queryAsSuperuser(
      `update identity.password_resets set expires_at = now() - interval '1 second' where user_id = $1`,
      [user.id],
    );
    const expired = await call<ResetData>(RESET, { token: second, newPassword: 'expired passphrase' });
    expect(expired.data.userErrors.map((error) => error.code)).toEqual(['INVALID_RESET_TOKEN']);
    expect(
      (await login(identity, { email: user.email, password: PASSWORD })).payload?.session,
    ).not.toBeNull();
  });
});

it('stores verification and reset tokens only as SHA-256', async () => {
  const { user } = await verifiedAccount('hashed');
  await call(REQUEST_RESET, { email: user.email });
  const resetToken = tokenIn(await inbox.next(user.email, 1));
  const email = uniqueEmail('pending');
  await signUp(email);
  const signUpToken = tokenIn(await inbox.next(email));

  const stored = await queryAsSuperuser<{ token_hash: string; password_hash: string }>(
    `select token_hash, password_hash from identity.pending_sign_ups where email = $1`,
    [email],
  );
  expect(stored).toHaveLength(1);
  expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  expect(stored[0]!.password_hash).toMatch(/^\$argon2id\$/);
  for (const [table, token] of [
    ['pending_sign_ups', signUpToken],
    ['password_resets', resetToken],
  ] as const) {
    const plain = await countRows(
      `select 1 from identity.${table} t where position($1 in row_to_json(t)::text) > 0`,
      [token],
    );
    expect(plain).toBe(0);
  }
  expect(
    await countRows(
      `select 1 from identity.pending_sign_ups where position($1 in row_to_json(pending_sign_ups)::text) > 0`,
      [PASSWORD],
    ),
  ).toBe(0);
});
