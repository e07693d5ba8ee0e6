import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { buildWeb, webAppRoutes } from '../../src/web-app';
import { PASSWORD, startE2EPlatform, type E2EPlatform, type SignedUpTenant } from './e2e-client';

/**
 * Browser tests of the web client: the real production build served by the real gateway in front of
 * the real subgraphs, driven in Debian's Chromium by playwright-core (never a downloaded browser).
 */

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
export const SCREENSHOTS = path.resolve(__dirname, '../../../../test-results/screenshots');

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export interface WebE2E {
  e2e: E2EPlatform;
  browser: Browser;
  origin: string;
  /** The production build it serves (another platform may serve it too). */
  dist: string;
  /** A new browser context (its own storage: another user, or the same user in another window). */
  context(viewport?: ViewportName): Promise<BrowserContext>;
  /** Opens the app in a new context and signs in through the form; resolves on the first screen. */
  signedInPage(user: SignedUpTenant, viewport?: ViewportName): Promise<Page>;
  stop(): Promise<void>;
}

export async function startWebE2E(
  options: { ownDatabase?: boolean; gatewayPort?: number } = {},
): Promise<WebE2E> {
  // The real production build, into a folder of this run's own.
  const dist = mkdtempSync(path.join(tmpdir(), 'nexora-web-e2e-'));
  await buildWeb(dist);
  const e2e = await startE2EPlatform({
    routes: webAppRoutes(dist),
    ownDatabase: options.ownDatabase,
    gatewayPort: options.gatewayPort,
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium
    .launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    .catch(async (error: unknown) => {
      await e2e.stop();
      throw error;
    });
  const origin = e2e.platform.gateway.origin;
  const context = (viewport: ViewportName = 'desktop') =>
    browser.newContext({ viewport: VIEWPORTS[viewport] });
  return {
    e2e,
    browser,
    origin,
    dist,
    context,
    async signedInPage(user, viewport = 'desktop') {
      const page = await (await context(viewport)).newPage();
      await page.goto(origin);
      await signIn(page, user.email);
      return page;
    },
    async stop() {
      await browser.close();
      await e2e.stop();
    },
  };
}

/** Fills the sign-in form and waits for the signed-in app (its main navigation). */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  // Exactly: "Sign in with <provider>" buttons may sit below the form.
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectSignedIn(page);
}

/** The signed-in app shows: its navigation on a wide screen, the menu button on a phone. */
export async function expectSignedIn(page: Page): Promise<void> {
  await expectVisible(
    page.getByRole('navigation', { name: 'Main' }).or(page.getByRole('button', { name: 'Menu' })),
  );
}

export async function expectVisible(locator: Locator, timeout = 10_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/** Saves a screenshot as test-results/screenshots/<name>-<viewport>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? VIEWPORTS.desktop.width;
  const viewport: ViewportName = width < 768 ? 'phone' : 'desktop';
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${viewport}.png`), fullPage: true });
}

/** Goes to a screen of the app by its hash route (e.g. `/deals`), as a link would. */
export async function openScreen(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
}
