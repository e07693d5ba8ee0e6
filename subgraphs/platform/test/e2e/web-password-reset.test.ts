import { startSmtpInbox, type SmtpInbox } from '../../../identity/test/smtp-inbox';
import { PASSWORD, uniqueName, type SignedUpTenant } from './e2e-client';
import {
  expectSignedIn,
  expectVisible,
  screenshot,
  signIn,
  startWebE2E,
  VIEWPORTS,
  type WebE2E,
} from './web-browser';

let web: WebE2E;
let inbox: SmtpInbox;

// The platform's identity mails through SMTP to this inbox (it reads SMTP_URL when it starts).
const previousSmtpUrl = process.env.SMTP_URL;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  process.env.SMTP_URL = inbox.url;
  web = await startWebE2E();
}, 90_000);
afterAll(async () => {
  await web?.stop();
  await inbox?.stop();
  if (previousSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtpUrl;
});

/** The hash route of the mailed link (`<WEB_APP_URL>/#/reset-password?token=…`), opened on this gateway. */
function mailedLink(text: string, route: string, origin = web.origin): string {
  const link = new RegExp(`\\S+/#/${route}\\?token=[A-Za-z0-9_-]+`).exec(text)?.[0];
  if (!link) throw new Error(`no ${route} link in mail: ${text}`);
  return `${origin}/${new URL(link).hash}`;
}

const NEW_PASSWORD = 'a brand new e2e passphrase';

describe('password reset and e-mail links in the browser', () => {
  it('mails a reset link from “Forgot your password?”, sets a new password, and only the new one signs in', async () => {
    for (const viewport of Object.keys(VIEWPORTS) as Array<keyof typeof VIEWPORTS>) {
      const owner: SignedUpTenant = await web.e2e.signUpTenant(`reset-${viewport}`);
      const context = await web.context(viewport);
      let page = await context.newPage();
      await page.goto(web.origin);

      await page.getByRole('button', { name: 'Forgot your password?' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Reset your password' }));
      await page.getByLabel('E-mail').fill(owner.email);
      await screenshot(page, 'forgot-password');
      await page.getByRole('button', { name: 'Send the link' }).click();
      await expectVisible(page.getByText('If an account uses this address, we sent it a link'));

      // The same answer for an address without an account.
      await page.getByRole('button', { name: 'Back to sign in' }).click();
      await page.getByRole('button', { name: 'Forgot your password?' }).click();
      await page.getByLabel('E-mail').fill(`nobody-${owner.userId}@example.test`);
      await page.getByRole('button', { name: 'Send the link' }).click();
      await expectVisible(page.getByText('If an account uses this address, we sent it a link'));

      // The mailed link opens in a new tab, as from a mail client.
      const mail = await inbox.next(owner.email);
      await page.close();
      page = await context.newPage();
      await page.goto(mailedLink(mail.text, 'reset-password'));
      await expectVisible(page.getByRole('heading', { name: 'Choose a new password' }));

      // Two different passwords: refused here, before asking the server.
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Confirm the new password').fill(`${NEW_PASSWORD} typo`);
      await page.getByRole('button', { name: 'Change password' }).click();
      await expectVisible(page.getByRole('alert').filter({ hasText: 'The two passwords differ' }));

      // A weak one: refused by the server, with its reason.
      await page.getByLabel('New password', { exact: true }).fill('short');
      await page.getByLabel('Confirm the new password').fill('short');
      await page.getByRole('button', { name: 'Change password' }).click();
      await expectVisible(page.getByRole('alert').filter({ hasText: /10/ }));
      await screenshot(page, 'reset-password');

      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Confirm the new password').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Change password' }).click();
      await expectVisible(page.getByText('Password changed: sign in'));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expectVisible(page.getByRole('button', { name: 'Forgot your password?' }));
      expect(page.url()).toBe(`${web.origin}/`);

      // The old password is refused, the new one signs in.
      await page.getByLabel('E-mail').fill(owner.email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expectVisible(page.getByRole('alert'));
      expect(await page.getByRole('alert').first().textContent()).toMatch(/password/i);
      await page.getByLabel('Password').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expectSignedIn(page);

      // The mailed link works once.
      const again = await (await web.context(viewport)).newPage();
      await again.goto(mailedLink(mail.text, 'reset-password'));
      await again.getByLabel('New password', { exact: true }).fill(`${NEW_PASSWORD} again`);
      await again.getByLabel('Confirm the new password').fill(`${NEW_PASSWORD} again`);
      await again.getByRole('button', { name: 'Change password' }).click();
      await expectVisible(again.getByRole('alert').filter({ hasText: /invalid|expired|used/i }));
      await again.getByRole('button', { name: 'Back to sign in' }).click();
      await signIn(again, owner.email, NEW_PASSWORD);
      await again.context().close();
      await context.close();
    }
  });

  it('shows why a verification link is refused, with the way back to sign in', async () => {
    const page = await (await web.context('phone')).newPage();
    await page.goto(`${web.origin}/#/verify-email?token=not-a-mailed-token`);
    await expectVisible(page.getByRole('heading', { name: 'Confirm your e-mail address' }));
    await expectVisible(page.getByRole('alert').filter({ hasText: /invalid|expired|used/i }));
    await page.getByRole('button', { name: 'Back to sign in' }).click();
    await expectVisible(page.getByRole('button', { name: 'Forgot your password?' }));
    expect(page.url()).toBe(`${web.origin}/`);
    await page.context().close();
  });

  it('with verification required, signs up through the mailed link', async () => {
    // A platform of its own, started with EMAIL_VERIFICATION=required (sign-up answers without a session).
    await web.stop();
    process.env.EMAIL_VERIFICATION = 'required';
    let verifying: WebE2E;
    try {
      verifying = await startWebE2E();
    } finally {
      delete process.env.EMAIL_VERIFICATION;
    }
    web = verifying;
    const email = `verify-${Date.now()}@example.test`;
    const context = await web.context('phone');
    let page = await context.newPage();
    await page.goto(web.origin);
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Your name').fill('Vera Verified');
    await page.getByLabel('Work e-mail').fill(email);
    await page.getByLabel('Choose a password').fill(PASSWORD);
    await page.getByLabel('Organisation').fill(uniqueName('Verified'));
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectVisible(
      page.getByText(`Check your e-mail: we sent a link to ${email} to finish creating your account`),
    );

    const mail = await inbox.next(email);
    await page.close();
    page = await context.newPage();
    await page.goto(mailedLink(mail.text, 'verify-email'));
    await expectSignedIn(page);
    // The single-use token does not stay in the address bar.
    expect(page.url()).not.toContain('token=');
    await context.close();
  }, 120_000);
});
