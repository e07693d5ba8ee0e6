import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { buildWeb, webAppRoutes } from '../../src/web-app';
import {
  createCompany,
  PASSWORD,
  startE2EPlatform,
  uniqueName,
  type E2EPlatform,
  type SignedUpTenant,
} from './e2e-client';

/** Debian's Chromium, flags for a headless run in a container (see ARCHITECTURE.md). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOTS = path.resolve(__dirname, '../../../../test-results/screenshots');

let e2e: E2EPlatform;
let browser: Browser;
let owner: SignedUpTenant;

beforeAll(async () => {
  // The real production build, into a folder of this run's own.
  const dist = mkdtempSync(path.join(tmpdir(), 'nexora-web-e2e-'));
  await buildWeb(dist);
  e2e = await startE2EPlatform({ routes: webAppRoutes(dist) });
  owner = await e2e.signUpTenant('web');
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await e2e?.stop();
});

describe('the web client in a real browser', () => {
  it('signs in, lists the tenant’s companies, searches them, and shows a wrong password where it happened', async () => {
    const acme = uniqueName('Acme');
    const globex = uniqueName('Globex');
    await createCompany(e2e, owner.token, acme);
    await createCompany(e2e, owner.token, globex);

    for (const [screen, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(e2e.platform.gateway.origin);
      // Installable: the page links a manifest the gateway serves.
      const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await (await fetch(new URL(manifestHref ?? '', e2e.platform.gateway.origin))).json();
      expect(manifest).toMatchObject({ name: 'NEXORA', display: 'standalone', start_url: '/' });

      await page.getByLabel('E-mail').fill(owner.email);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expectVisible(page.getByRole('alert'));
      expect(await page.getByRole('alert').first().textContent()).toMatch(/password/i);
      await page.screenshot({ path: path.join(SCREENSHOTS, `login-error-${screen}.png`) });

      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expectVisible(page.getByText(acme));
      await expectVisible(page.getByText(globex));
      await page.screenshot({ path: path.join(SCREENSHOTS, `companies-${screen}.png`), fullPage: true });

      await page.getByLabel('Search companies').fill('Globex');
      await page.getByText(acme).waitFor({ state: 'detached', timeout: 5_000 });
      await expectVisible(page.getByText(globex));
      await context.close();
    }
  });

  it('refreshes an access token the API refuses, and signs out when the refresh token is refused too', async () => {
    const name = uniqueName('Initech');
    await createCompany(e2e, owner.token, name);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(e2e.platform.gateway.origin);
    await page.getByLabel('E-mail').fill(owner.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectVisible(page.getByText(name));

    const stored = () =>
      page.evaluate(
        () =>
          JSON.parse(sessionStorage.getItem('nexora.session') ?? 'null') as { accessToken: string } | null,
      );
    // The access token goes bad (as when it expires): the app refreshes the session and goes on.
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('nexora.session') ?? '{}');
      sessionStorage.setItem('nexora.session', JSON.stringify({ ...session, accessToken: 'not-a-token' }));
    });
    await page.reload();
    await expectVisible(page.getByText(name));
    expect((await stored())?.accessToken).not.toBe('not-a-token');

    // Both go bad (the session was revoked): the app signs out instead of failing forever.
    await page.evaluate(() => {
      sessionStorage.setItem(
        'nexora.session',
        JSON.stringify({ accessToken: 'not-a-token', refreshToken: 'not-a-refresh-token', email: 'x' }),
      );
    });
    await page.reload();
    await expectVisible(page.getByRole('button', { name: 'Sign in' }));
    expect(await stored()).toBeNull();
    await context.close();
  });
});

async function expectVisible(
  locator: ReturnType<import('playwright-core').Page['getByText']>,
): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: 10_000 });
}
