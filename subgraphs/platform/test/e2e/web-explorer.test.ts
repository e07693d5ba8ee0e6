import { createCompany, type SignedUpTenant } from './e2e-client';
import type { Page } from 'playwright-core';
import { expectVisible, screenshot, startWebE2E, VIEWPORTS, type WebE2E } from './web-browser';

let web: WebE2E;
let owner: SignedUpTenant;

beforeAll(async () => {
  web = await startWebE2E();
  owner = await web.e2e.signUpTenant('explorer');
}, 60_000);
afterAll(async () => {
  await web?.stop();
});

describe('the GraphQL explorer served by the gateway', () => {
  it('sends a browser opening /graphql to the bundled explorer; GraphQL clients still get GraphQL', async () => {
    const page = await fetch(`${web.origin}/graphql`, {
      headers: { accept: 'text/html' },
      redirect: 'manual',
    });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/explorer');
    const explorer = await fetch(`${web.origin}/explorer`);
    expect(explorer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await explorer.text()).toContain('id="explorer"');
    // A client asking for JSON is answered as GraphQL, as before.
    const query = await web.e2e.gql<{ __typename: string }>('{ __typename }');
    expect(query.body.data).toEqual({ __typename: 'Query' });
  });

  it('works offline, signed in as the app’s user: a query runs with their token and shows their data', async () => {
    // Short: the response editor shows long lines cut at its width.
    const company = `Explorer Co ${Math.random().toString(36).slice(2, 8)}`;
    await createCompany(web.e2e, owner.token, company);
    const page = await web.signedInPage(owner);
    // Offline: anything not served by this gateway is refused, and recorded.
    const outside: string[] = [];
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(web.origin) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.getByRole('link', { name: 'GraphQL explorer' }).click();
    await page.waitForURL(`${web.origin}/explorer`);
    // The default query asks who is signed in; run it (GraphiQL's run button).
    await expectVisible(page.getByText('Me', { exact: true }), 20_000);
    await run(page, owner.email);

    // Typing a query of one's own: the tenant's companies, through the same token.
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    // insertText: typed keys would get the editor's auto-closed brackets doubled.
    await page.keyboard.insertText(
      `{ companies(first: 5, search: "${company}") { edges { node { name } } } }`,
    );
    // The editor closes the first "{" itself: drop whatever it added after the cursor.
    await page.keyboard.press('Shift+ControlOrMeta+End');
    await page.keyboard.press('Delete');
    // GraphiQL has taken the edit once its tab is named after it (an anonymous query): run it.
    await expectVisible(page.getByText('<untitled>'));
    await run(page, company);
    await screenshot(page, 'explorer');
    await page.setViewportSize(VIEWPORTS.phone);
    await screenshot(page, 'explorer');
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('asks a visitor without a session to sign in first', async () => {
    const page = await (await web.context()).newPage();
    await page.goto(`${web.origin}/explorer`);
    await expectVisible(page.getByRole('heading', { name: 'Sign in first' }));
    await page.context().close();
  });
});

/**
 * Presses GraphiQL's run button until the response shows `expected`: while the explorer still
 * loads the schema (slow on a busy machine) a press can go unanswered, as a person would see.
 */
async function run(page: Page, expected: string): Promise<void> {
  const result = page.locator('.graphiql-response').getByText(expected, { exact: false }).first();
  for (let attempt = 1; ; attempt += 1) {
    await page.getByRole('button', { name: /execute query/i }).click();
    try {
      await result.waitFor({ state: 'visible', timeout: 7_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
