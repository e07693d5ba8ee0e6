import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { uniqueEmail } from '@nexora/kit';
import { generate } from 'otplib';
import type { BrowserContext, Page } from 'playwright-core';
import { startSmtpInbox, tokenIn, type SmtpInbox } from '../../../identity/test/smtp-inbox';
import { webAppRoutes } from '../../src/web-app';
import {
  PASSWORD,
  SESSION_FIELDS,
  startE2EPlatform,
  USER_ERRORS,
  type SessionPayload,
  type SignedUpTenant,
} from './e2e-client';
import { startOidcProvider, type OidcProviderProcess } from './oidc-provider-process';
import {
  expectSignedIn,
  expectVisible,
  screenshot,
  signIn,
  startWebE2E,
  VIEWPORTS,
  type ViewportName,
  type WebE2E,
} from './web-browser';

/**
 * "Sign in with <provider>" in a real browser (issue 9): the production build on the real gateway,
 * a real local OpenID provider (oidc-test-provider.mjs, whose dev login and consent pages take any
 * login) on the other side. The browser leaves for the provider, fills its pages, comes back to
 * /sign-in/callback and is signed in; used, refused and unknown-account callbacks say why; an MFA
 * account is asked its second factor; no provider configured, no button. Also: mailed links opened
 * in a signed-in tab. E-mail verification is required here, so every account's address is proven
 * (the provider's verified e-mail links only to a proven one) through the mailed link, as in real use.
 */

const CLIENT_ID = 'nexora-web';
const PROVIDER_NAME = 'Local ID';
const SIGN_IN_BUTTON = `Sign in with ${PROVIDER_NAME}`;

let web: WebE2E;
let provider: OidcProviderProcess;
let inbox: SmtpInbox;
let callbackUrl: string;
const savedEnv = { ...process.env };

/** A port free now, so the app's origin (and so its redirect URI) is known before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  callbackUrl = `http://127.0.0.1:${port}/sign-in/callback`;
  [provider, inbox] = await Promise.all([
    startOidcProvider([
      { client_id: CLIENT_ID, token_endpoint_auth_method: 'none', redirect_uris: [callbackUrl] },
    ]),
    startSmtpInbox(),
  ]);
  process.env.OIDC_PROVIDERS = JSON.stringify([
    { id: 'local', name: PROVIDER_NAME, issuer: provider.issuer, clientId: CLIENT_ID },
  ]);
  process.env.OIDC_REDIRECT_URIS = callbackUrl;
  process.env.SMTP_URL = inbox.url;
  process.env.EMAIL_VERIFICATION = 'required';
  web = await startWebE2E({ gatewayPort: port });
  expect(web.origin).toBe(`http://127.0.0.1:${port}`);
}, 120_000);

afterAll(async () => {
  await web?.stop();
  provider?.stop();
  await inbox?.stop();
  process.env = savedEnv;
});

/** Starts a sign-up through the API; the mail it sends holds the verification link. */
async function startSignUp(prefix: string): Promise<{ email: string; tenantName: string }> {
  const email = uniqueEmail(prefix);
  const tenantName = `${prefix} tenant ${randomUUID().slice(0, 8)}`;
  const result = await web.e2e.gql<{ signUp: { verificationRequired: boolean } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { verificationRequired ${USER_ERRORS} } }`,
    { input: { email, password: PASSWORD, name: `${prefix} person`, tenantName } },
  );
  expect(result.body.data?.signUp.verificationRequired).toBe(true);
  return { email, tenantName };
}

/** An account made as a person makes one here: sign up, then the mailed link (its address proven). */
async function signUpVerified(prefix: string): Promise<SignedUpTenant> {
  const { email, tenantName } = await startSignUp(prefix);
  const verified = await web.e2e.gql<{ verifyEmail: SessionPayload }>(
    `mutation ($input: VerifyEmailInput!) { verifyEmail(input: $input) { session { ${SESSION_FIELDS} } ${USER_ERRORS} } }`,
    { input: { token: tokenIn(await inbox.next(email)) } },
  );
  const session = verified.body.data?.verifyEmail.session;
  if (!session) throw new Error(`verifyEmail failed: ${JSON.stringify(verified.body)}`);
  return {
    email,
    name: session.user.name,
    tenantName,
    token: session.accessToken,
    refreshToken: session.refreshToken,
    userId: session.user.id,
    tenantId: session.tenant.id,
  };
}

/** The hash route of a mailed link, opened on this gateway. */
function mailedLink(text: string, route: string): string {
  const link = new RegExp(`\\S+/#/${route}\\?token=[A-Za-z0-9_-]+`).exec(text)?.[0];
  if (!link) throw new Error(`no ${route} link in mail: ${text}`);
  return `${web.origin}/${new URL(link).hash}`;
}

async function openSignIn(
  viewport: ViewportName = 'desktop',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await web.context(viewport);
  const page = await context.newPage();
  await page.goto(web.origin);
  return { context, page };
}

/**
 * Clicks the provider's button and does what a person does at the provider: its login page (any
 * password) and its consent page. Resolves with the callback URL the provider sent the browser to.
 */
async function signInWithProvider(page: Page, login: string, name?: string): Promise<string> {
  const callback = page.waitForRequest((request) => request.url().startsWith(`${callbackUrl}?`));
  await page.getByRole('button', { name: SIGN_IN_BUTTON }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  if (name) await screenshot(page, name);
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  return (await callback).url();
}

describe('sign-in with a provider in the browser', () => {
  it('shows the provider’s button, signs in through the provider, keeps no code, and refuses the used link', async () => {
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      const owner = await signUpVerified(`provider-${viewport}`);
      const { context, page } = await openSignIn(viewport);
      await expectVisible(page.getByRole('button', { name: SIGN_IN_BUTTON }));
      // Below the password form, which still works.
      await expectVisible(page.getByLabel('Password'));
      await screenshot(page, 'sign-in-providers');

      const used = await signInWithProvider(page, owner.email, 'provider-login');
      expect(new URL(used).searchParams.get('code')).toBeTruthy();
      await expectSignedIn(page);
      await expectVisible(page.getByRole('heading', { name: 'Dashboard' }));
      if (viewport === 'phone') await page.getByRole('button', { name: 'Menu' }).click();
      await expectVisible(page.getByRole('navigation', { name: 'Main' }).getByText(owner.email));
      // The single-use code and state left the address bar (replaced, not a history entry).
      expect(page.url()).toBe(`${web.origin}/#/dashboard`);
      expect(await page.evaluate(() => location.search)).toBe('');
      const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('nexora.session') ?? '{}'));
      expect(stored).toMatchObject({ email: owner.email, tenantId: owner.tenantId });
      await screenshot(page, 'signed-in-with-provider');

      // The used callback opened again (history, a bookmark): refused, and the session stays.
      await page.goto(used);
      await expectVisible(
        page.getByRole('alert').filter({ hasText: 'This sign-in link has already been used' }),
      );
      expect(page.url()).toBe(`${web.origin}/#/`);
      await expectVisible(page.getByText(`You are still signed in as ${owner.email}`));
      await screenshot(page, 'sign-in-link-used');
      await page.getByRole('button', { name: 'Continue to the app' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Dashboard' }));
      await context.close();

      // Signed out, in a new window: the same refusal, and the way back to the sign-in form.
      const fresh = await (await web.context(viewport)).newPage();
      await fresh.goto(used);
      await expectVisible(
        fresh.getByRole('alert').filter({ hasText: 'This sign-in link has already been used' }),
      );
      await fresh.getByRole('button', { name: 'Back to sign in' }).click();
      await expectVisible(fresh.getByRole('button', { name: SIGN_IN_BUTTON }));
      await fresh.context().close();
    }
  });

  it('says why a sign-in failed, where it happened: no account with the e-mail, cancelled at the provider, another origin', async () => {
    const stranger = uniqueEmail('provider-stranger');
    const { context, page } = await openSignIn('phone');
    await signInWithProvider(page, stranger);
    await expectVisible(
      page
        .getByRole('alert')
        .filter({ hasText: 'No account uses this e-mail address; sign up or accept an invitation first.' }),
    );
    expect(page.url()).toBe(`${web.origin}/#/`);
    await screenshot(page, 'sign-in-provider-unknown-account');
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'sign-in-provider-unknown-account');
    await page.getByRole('button', { name: 'Back to sign in' }).click();
    await expectVisible(page.getByRole('button', { name: SIGN_IN_BUTTON }));
    expect(await page.evaluate(() => sessionStorage.getItem('nexora.session'))).toBeNull();

    // The person cancelled at the provider: it returns with `error`, and nothing is sent on.
    await page.goto(
      `${web.origin}/sign-in/callback?error=access_denied&error_description=End-User+aborted+interaction`,
    );
    await expectVisible(page.getByRole('alert').filter({ hasText: 'cancelled or refused at the provider' }));
    expect(page.url()).toBe(`${web.origin}/#/`);
    await page.getByRole('button', { name: 'Back to sign in' }).click();
    await expectVisible(page.getByLabel('Password'));

    // The app opened at another origin than the registered one: refused where the person clicked.
    await page.goto(web.origin.replace('127.0.0.1', 'localhost'));
    await page.getByRole('button', { name: SIGN_IN_BUTTON }).click();
    await expectVisible(
      page.getByRole('alert').filter({ hasText: 'This redirect URI is not allowed for sign-in.' }),
    );
    expect(new URL(page.url()).hostname).toBe('localhost');
    await screenshot(page, 'sign-in-provider-refused-start');
    await context.close();
  });

  it('asks an MFA account for its second factor after the provider', async () => {
    const owner = await signUpVerified('provider-mfa');
    const recoveryCodes = await enrolMfa(owner);
    const { context, page } = await openSignIn();
    await signInWithProvider(page, owner.email);
    await expectVisible(page.getByRole('form', { name: 'Two-factor sign-in' }));
    expect(await page.evaluate(() => sessionStorage.getItem('nexora.session'))).toBeNull();
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expectSignedIn(page);
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('nexora.session') ?? '{}'));
    expect(stored).toMatchObject({ email: owner.email, tenantId: owner.tenantId });
    await context.close();
  });

  it('opens mailed links in a signed-in tab inside the app: a verification confirms, a reset asks to sign out', async () => {
    const member = await signUpVerified('links-signed-in');
    const page = await web.signedInPage(member, 'phone');
    const { email: newEmail, tenantName: newTenant } = await startSignUp('links-new');
    const verifyLink = mailedLink((await inbox.next(newEmail)).text, 'verify-email');

    // Pasted into the signed-in tab (the hash changes, the app stays).
    await page.goto(verifyLink);
    await expectVisible(page.getByRole('heading', { name: 'Confirm your e-mail address' }));
    await expectVisible(
      page.getByText(`the account ${newEmail} and its organisation ${newTenant} are ready`),
    );
    await screenshot(page, 'verify-email-signed-in');
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'verify-email-signed-in');
    await page.getByRole('button', { name: `Open ${newTenant}` }).click();
    await expectVisible(page.getByRole('heading', { name: 'Dashboard' }));
    expect(page.url()).toBe(`${web.origin}/#/dashboard`);
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('nexora.session') ?? '{}'));
    expect(stored).toMatchObject({ email: newEmail, tenantName: newTenant });

    // Opened again: the link is used, and the app says so without leaving the session.
    await page.goto(verifyLink);
    await expectVisible(page.getByRole('alert').filter({ hasText: /invalid|expired|used/i }));
    await page.getByRole('button', { name: 'Back to the app' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Dashboard' }));

    // A reset link while signed in: sign out first, then the sign-in screen's reset form.
    const mailsBefore = inbox.to(member.email).length;
    const requested = await web.e2e.gql<{ requestPasswordReset: { accepted: boolean } }>(
      `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }`,
      { input: { email: member.email } },
    );
    expect(requested.body.data?.requestPasswordReset.accepted).toBe(true);
    await page.goto(mailedLink((await inbox.next(member.email, mailsBefore)).text, 'reset-password'));
    await expectVisible(page.getByRole('heading', { name: 'Choose a new password' }));
    await expectVisible(page.getByText(`You are signed in as ${newEmail}`));
    await screenshot(page, 'reset-password-signed-in');
    await page.setViewportSize(VIEWPORTS.phone);
    await screenshot(page, 'reset-password-signed-in');
    await page.getByRole('button', { name: 'Sign out and continue' }).click();
    await page.getByLabel('New password', { exact: true }).fill(`${PASSWORD} renewed`);
    await page.getByLabel('Confirm the new password').fill(`${PASSWORD} renewed`);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expectVisible(page.getByText('Password changed: sign in'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signIn(page, member.email, `${PASSWORD} renewed`);
    await page.context().close();
  });

  it('shows no provider button when none is configured', async () => {
    // A second platform without OIDC_PROVIDERS, serving the same build.
    delete process.env.OIDC_PROVIDERS;
    const bare = await startE2EPlatform({ routes: webAppRoutes(web.dist) });
    try {
      const page = await (await web.context('phone')).newPage();
      const listed = page.waitForResponse((response) =>
        Boolean(response.request().postData()?.includes('signInProviders')),
      );
      await page.goto(bare.platform.gateway.origin);
      expect(await (await listed).json()).toEqual({ data: { signInProviders: [] } });
      await expectVisible(page.getByLabel('Password'));
      expect(await page.getByRole('button', { name: /^Sign in with/ }).count()).toBe(0);
      await screenshot(page, 'sign-in-no-providers');
      await page.setViewportSize(VIEWPORTS.desktop);
      await screenshot(page, 'sign-in-no-providers');
      await page.context().close();
    } finally {
      await bare.stop();
    }
  });
});

/** Turns MFA on through the API, as the Security screen does; its recovery codes. */
async function enrolMfa(user: SignedUpTenant): Promise<string[]> {
  const started = await web.e2e.gql<{ startMfaEnrolment: { secret: string } }>(
    `mutation { startMfaEnrolment { secret } }`,
    {},
    user.token,
  );
  const secret = started.body.data!.startMfaEnrolment.secret;
  const confirmed = await web.e2e.gql<{ confirmMfaEnrolment: { recoveryCodes: string[] | null } }>(
    `mutation ($input: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes } }`,
    { input: { code: await generate({ secret }) } },
    user.token,
  );
  const codes = confirmed.body.data?.confirmMfaEnrolment.recoveryCodes;
  expect(codes).toHaveLength(10);
  return codes!;
}
