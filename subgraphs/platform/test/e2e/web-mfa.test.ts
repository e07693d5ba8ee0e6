import { readFileSync } from 'node:fs';
import { queryAsSuperuser } from '@nexora/kit';
import { generate } from 'otplib';
import type { BrowserContext, Page } from 'playwright-core';
import { PASSWORD, randomClientAddress, type SignedUpTenant } from './e2e-client';
import {
  expectSignedIn,
  expectVisible,
  openScreen,
  screenshot,
  signIn,
  startWebE2E,
  VIEWPORTS,
  type ViewportName,
  type WebE2E,
} from './web-browser';

/**
 * Two-factor sign-in in the browser: enrolling on Settings → Security (QR code, setup key, first
 * code, recovery codes shown once), the second sign-in step with app codes and recovery codes (wrong,
 * expired and reused ones refused where they were typed), turning MFA off, and accepting an
 * invitation with an MFA account. Codes are computed here with otplib from the secret the page
 * shows, exactly as an authenticator app would.
 */

const PERIOD_SECONDS = 30;
const stepNow = () => Math.floor(Date.now() / 1000 / PERIOD_SECONDS);
const codeAt = (secret: string, step: number) => generate({ secret, epoch: step * PERIOD_SECONDS });

/**
 * The test's authenticator app. identity accepts a code of the current step or one either side, and
 * only of a later step than the last code it accepted (each code works once), so every next code is
 * of the step after the last one given out; when that step is more than one ahead, this waits for
 * the clock to reach it.
 */
class Authenticator {
  private lastStep = Number.NEGATIVE_INFINITY;

  constructor(readonly secret: string) {}

  async nextCode(): Promise<string> {
    const step = Math.max(stepNow(), this.lastStep + 1);
    while (step > stepNow() + 1) await new Promise((resolve) => setTimeout(resolve, 500));
    this.lastStep = step;
    return codeAt(this.secret, step);
  }

  /** Six digits that are no valid code around now. */
  async wrongCode(): Promise<string> {
    const now = stepNow();
    const valid = new Set(
      await Promise.all([-2, -1, 0, 1, 2].map((offset) => codeAt(this.secret, now + offset))),
    );
    return ['000000', '111111', '222222', '333333'].find((code) => !valid.has(code))!;
  }
}

let web: WebE2E;
// This file's own client address (as a trusted proxy says it), so the login throttle counts only
// this file's wrong codes and passwords.
const clientAddress = randomClientAddress();

beforeAll(async () => {
  web = await startWebE2E();
}, 60_000);
afterAll(async () => {
  await web?.stop();
});

async function newPage(
  viewport: ViewportName = 'desktop',
  url = web.origin,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await web.browser.newContext({
    viewport: VIEWPORTS[viewport],
    extraHTTPHeaders: { 'x-forwarded-for': clientAddress },
  });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

/** Both sizes of the current page: desktop, then phone, back to desktop. */
async function screenshotBoth(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  await page.setViewportSize(VIEWPORTS.phone);
  await screenshot(page, name);
  await page.setViewportSize(VIEWPORTS.desktop);
}

/** The password step; resolves on the code step. */
async function enterPassword(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectVisible(page.getByText('Enter the 6-digit code from your authenticator app.'));
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expectVisible(page.getByRole('button', { name: 'Sign in', exact: true }));
}

const alertText = async (page: Page) => {
  await expectVisible(page.getByRole('alert'));
  return (await page.getByRole('alert').allTextContents()).join(' ');
};

describe('two-factor sign-in in the web client', () => {
  it('enrols with the QR code’s secret, asks for a code at sign-in, spends recovery codes once, and turns off', async () => {
    const owner = await web.e2e.signUpTenant('web-mfa');
    const { context, page } = await newPage();
    await signIn(page, owner.email);

    // Settings → Security is in every role's navigation.
    await page.getByRole('link', { name: 'Security', exact: true }).click();
    await expectVisible(page.getByRole('heading', { name: 'Security' }));
    await expectVisible(page.getByText('Two-factor sign-in is off.'));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();

    // The QR code and, for typing by hand, the same secret as a setup key.
    const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
    await expectVisible(qr);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(100);
    const setupKey = page.getByLabel(/setup key/);
    const secret = ((await setupKey.textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const app = new Authenticator(secret);
    const codeField = page.getByLabel('Code from the app');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    await screenshotBoth(page, 'mfa-enrol');

    // A wrong code is refused under the field; the app's code turns MFA on.
    await codeField.fill(await app.wrongCode());
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    expect(await alertText(page)).toMatch(/not right/i);
    await codeField.fill(await app.nextCode());
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();

    // Ten recovery codes, shown once, to copy or download.
    await expectVisible(page.getByRole('heading', { name: 'Save your recovery codes' }));
    await expectVisible(page.getByText('They are shown only this once.'));
    const codeItems = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    const recoveryCodes = (await codeItems.allTextContents()).map((code) => code.trim());
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as .txt' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('nexora-recovery-codes.txt');
    const saved = readFileSync(await download.path(), 'utf8');
    for (const code of recoveryCodes) expect(saved).toContain(code);
    expect(saved).toContain(owner.email);
    await screenshotBoth(page, 'mfa-recovery-codes');
    await page.getByRole('button', { name: 'I have saved my codes' }).click();
    await expectVisible(page.getByText('10 of 10 recovery codes left.'));
    expect(await page.getByRole('list', { name: 'Recovery codes' }).count()).toBe(0);

    // Signing in now takes the password, then a code.
    await signOut(page);
    await enterPassword(page, owner.email);
    const signInCode = page.getByLabel('Authentication code');
    expect(await signInCode.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await signInCode.getAttribute('inputmode')).toBe('numeric');
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await screenshotBoth(page, 'mfa-login-step');
    await signInCode.fill(await app.wrongCode());
    await page.getByRole('button', { name: 'Verify' }).click();
    expect(await alertText(page)).toMatch(/not right/i);
    await signInCode.fill(await app.nextCode());
    await page.getByRole('button', { name: 'Verify' }).click();
    await expectSignedIn(page);

    // A challenge that expired sends the person back to the password, saying why.
    await signOut(page);
    await enterPassword(page, owner.email);
    await queryAsSuperuser(
      `update identity.mfa_challenges set expires_at = now() - interval '1 second'
       where user_id = $1 and used_at is null`,
      [owner.userId],
    );
    await page.getByLabel('Authentication code').fill(await app.wrongCode());
    await page.getByRole('button', { name: 'Verify' }).click();
    await expectVisible(page.getByRole('button', { name: 'Sign in', exact: true }));
    expect(await alertText(page)).toMatch(/expired/i);
    expect(await page.getByLabel('Password').inputValue()).toBe('');

    // A recovery code instead of the app's code signs in once.
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expectSignedIn(page);
    await openScreen(page, '/settings/security');
    await expectVisible(page.getByText('9 of 10 recovery codes left.'));

    // The same recovery code again is refused; another one works.
    await signOut(page);
    await enterPassword(page, owner.email);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Verify' }).click();
    expect(await alertText(page)).toMatch(/already been used/i);
    await page.getByLabel('Recovery code').fill(recoveryCodes[1]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expectSignedIn(page);

    // Turning MFA off takes a current code.
    await openScreen(page, '/settings/security');
    await expectVisible(page.getByText('8 of 10 recovery codes left.'));
    await page.getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
    await page.getByLabel('Authentication code').fill(await app.nextCode());
    await page.getByRole('button', { name: 'Turn off', exact: true }).click();
    await expectVisible(page.getByText('Your password alone signs you in.'));

    // Back to the password alone.
    await signOut(page);
    await signIn(page, owner.email);
    expect(await page.getByText('Enter the 6-digit code from your authenticator app.').count()).toBe(0);
    await context.close();
  });

  it('makes an MFA account sign in with its code to accept an invitation, then joins', async () => {
    const invitee = await web.e2e.signUpTenant('web-mfa-invitee');
    const inviter = await web.e2e.signUpTenant('web-mfa-inviter');
    const recoveryCodes = await enrolThroughApi(invitee);
    const invited = await web.e2e.gql<{ inviteMember: { invitationToken: string | null } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken } }`,
      { input: { email: invitee.email, role: 'member' } },
      inviter.token,
    );
    const token = invited.body.data?.inviteMember.invitationToken;
    expect(token).toBeTruthy();

    const { context, page } = await newPage(
      'phone',
      `${web.origin}/#/accept-invitation?token=${encodeURIComponent(token ?? '')}`,
    );
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Join the organisation' }).click();
    await expectVisible(page.getByText(/uses two-factor sign-in/));
    await enterPassword(page, invitee.email);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expectSignedIn(page);
    // Signed in to the inviting organisation.
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('nexora.session') ?? '{}'));
    expect(stored).toMatchObject({ email: invitee.email, tenantName: inviter.tenantName });
    await context.close();
  });
});

/** Turns MFA on for an account through the API, as the Security screen does; its recovery codes. */
async function enrolThroughApi(user: SignedUpTenant): Promise<string[]> {
  const started = await web.e2e.gql<{ startMfaEnrolment: { secret: string } }>(
    `mutation { startMfaEnrolment { secret } }`,
    {},
    user.token,
  );
  const secret = started.body.data!.startMfaEnrolment.secret;
  const confirmed = await web.e2e.gql<{ confirmMfaEnrolment: { recoveryCodes: string[] | null } }>(
    `mutation ($input: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes } }`,
    { input: { code: await codeAt(secret, stepNow()) } },
    user.token,
  );
  const codes = confirmed.body.data?.confirmMfaEnrolment.recoveryCodes;
  expect(codes).toHaveLength(10);
  return codes!;
}
