import type { Locator, Page } from 'playwright-core';
import { PASSWORD, type SignedUpTenant, uniqueName, USER_ERRORS, type UserErrorResult } from './e2e-client';
import {
  expectSignedIn,
  expectVisible,
  openScreen,
  screenshot,
  signIn,
  startWebE2E,
  type WebE2E,
} from './web-browser';

/**
 * The deal board and CSV import in a real browser: a deal made and dragged in one window moves in
 * another window of the same user (live, never reloaded) and never shows in another tenant's; the
 * keyboard alternative, a refused move, and an import followed to its end on the progress bar.
 * Live events need the suite's own database (see startE2EPlatform's `ownDatabase`).
 */

let web: WebE2E;

beforeAll(async () => {
  web = await startWebE2E({ ownDatabase: true });
}, 120_000);
afterAll(async () => {
  await web?.stop();
});

interface CreatedDeal {
  id: string;
  title: string;
}

async function createDeal(
  token: string,
  title: string,
  extra: Record<string, unknown> = {},
): Promise<CreatedDeal> {
  const result = await web.e2e.gql<{
    createDeal: { deal: CreatedDeal | null; userErrors: UserErrorResult[] };
  }>(
    `mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id title } ${USER_ERRORS} } }`,
    { input: { title, ...extra } },
    token,
  );
  const deal = result.body.data?.createDeal.deal;
  if (!deal) throw new Error(`createDeal failed: ${JSON.stringify(result.body)}`);
  return deal;
}

async function stageOf(token: string, dealId: string): Promise<string | undefined> {
  const result = await web.e2e.gql<{ deal: { stage: { name: string } } | null }>(
    `query ($id: ID!) { deal(id: $id) { stage { name } } }`,
    { id: dealId },
    token,
  );
  return result.body.data?.deal?.stage.name;
}

async function findDeal(token: string, title: string): Promise<CreatedDeal> {
  const result = await web.e2e.gql<{ deals: { edges: Array<{ node: CreatedDeal }> } }>(
    `query ($search: String) { deals(first: 5, search: $search) { edges { node { id title } } } }`,
    { search: title },
    token,
  );
  const deal = result.body.data?.deals.edges[0]?.node;
  if (!deal) throw new Error(`no deal titled ${title}: ${JSON.stringify(result.body)}`);
  return deal;
}

const column = (page: Page, stage: string) => page.getByRole('region', { name: stage, exact: true });
const card = (scope: Page | Locator, title: string) =>
  scope.getByRole('listitem', { name: title, exact: true });

/**
 * Waits until the board in `page` follows live events: a deal created through the API (as another
 * window would) shows on it without a reload. The socket opens as the board loads, so an event sent
 * before it was subscribed is missed; another probe then follows.
 */
async function expectLiveBoard(page: Page, token: string): Promise<string[]> {
  const probes: string[] = [];
  for (let attempt = 1; ; attempt += 1) {
    const probe = uniqueName('Live probe');
    probes.push(probe);
    await createDeal(token, probe);
    try {
      await expectVisible(card(column(page, 'Lead in'), probe), 5_000);
      return probes;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

async function accessTokenOf(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('nexora.session') ?? '{}') as { accessToken: string }).accessToken,
  );
}

describe('the deal board in a real browser', () => {
  it('moves a deal made in the browser by drag and drop, live in a second window, never in another tenant', async () => {
    // Window 1: a new account through the sign-up form.
    const page1 = await (await web.context('desktop')).newPage();
    await page1.goto(web.origin);
    await page1.getByRole('button', { name: 'Create an account' }).click();
    const email = `web-deals-${Date.now()}@example.test`;
    await page1.getByLabel('Your name').fill('Dana Deals');
    await page1.getByLabel('Work e-mail').fill(email);
    await page1.getByLabel('Choose a password').fill(PASSWORD);
    await page1.getByLabel('Organisation').fill(uniqueName('Deals Org'));
    await page1.getByRole('button', { name: 'Create account' }).click();
    await expectSignedIn(page1);
    const token = await accessTokenOf(page1);

    // Window 2: the same user, signed in through the form, on the board before anything moves.
    const page2 = await (await web.context('desktop')).newPage();
    await page2.goto(web.origin);
    await signIn(page2, email);
    await openScreen(page2, '/deals');
    await expectVisible(column(page2, 'Lead in'));

    // Window 3: another tenant's owner, on a board with a deal of its own.
    const other: SignedUpTenant = await web.e2e.signUpTenant('web-deals-other');
    const theirs = await createDeal(other.token, uniqueName('Their deal'));
    const page3 = await web.signedInPage(other);
    await openScreen(page3, '/deals');
    await expectVisible(card(column(page3, 'Lead in'), theirs.title));

    // In window 1, a company and a deal for it, through the board's forms.
    await openScreen(page1, '/deals');
    const companyName = uniqueName('Umbrella');
    await page1.getByLabel('Company name').fill(companyName);
    await page1.getByRole('button', { name: 'Add company' }).click();
    await expectVisible(page1.getByRole('status').filter({ hasText: 'added' }));
    expect(
      await page1
        .getByRole('combobox', { name: /^Company/ })
        .locator('option:checked')
        .textContent(),
    ).toBe(companyName);
    const title = uniqueName('Big deal');
    await page1.getByLabel('Deal title').fill(title);
    await page1.getByLabel('Amount (optional)').fill('1200');
    await page1.getByRole('button', { name: 'Create deal' }).click();
    const created = card(column(page1, 'Lead in'), title);
    await expectVisible(created);
    expect(await created.textContent()).toContain(companyName);
    expect(await created.textContent()).toMatch(/1[,.\s]?200/);

    // Both windows of the tenant follow live events, and so does the other tenant's (so that its
    // board not showing the deal later means something).
    const probes = await expectLiveBoard(page2, token);
    const otherProbes = await expectLiveBoard(page3, other.token);
    await expectVisible(card(column(page2, 'Lead in'), title));

    // Drag the card to "Qualified".
    await created.dragTo(column(page1, 'Qualified'));
    await expectVisible(card(column(page1, 'Qualified'), title));
    await card(column(page1, 'Lead in'), title).waitFor({ state: 'detached', timeout: 10_000 });
    await expectVisible(column(page1, 'Qualified').getByText('1 deal', { exact: true }));

    // Window 2, never reloaded, sees it move.
    await expectVisible(card(column(page2, 'Qualified'), title));
    await card(column(page2, 'Lead in'), title).waitFor({ state: 'detached', timeout: 10_000 });

    // The other tenant's board shows its own deal and nothing of this tenant's.
    await expectVisible(card(column(page3, 'Lead in'), theirs.title));
    for (const foreign of [title, ...probes]) expect(await page3.getByText(foreign).count()).toBe(0);
    for (const own of otherProbes) expect(await page1.getByText(own).count()).toBe(0);

    // The move was saved.
    const deal = await findDeal(token, title);
    expect(await stageOf(token, deal.id)).toBe('Qualified');
    await screenshot(page1, 'deals');

    for (const page of [page1, page2, page3]) await page.context().close();
  }, 240_000);

  it('moves a deal with the keyboard, and keeps a card in place when the move is refused', async () => {
    const owner = await web.e2e.signUpTenant('web-deals-keys');
    const deal = await createDeal(owner.token, uniqueName('Keyboard deal'), {
      amount: { amount: '250.50', currency: 'EUR' },
    });
    const page = await web.signedInPage(owner, 'phone');
    await openScreen(page, '/deals');
    await expectVisible(card(column(page, 'Lead in'), deal.title));

    await page.getByLabel(`Move ${deal.title} to stage`).selectOption({ label: 'Proposal' });
    await expectVisible(card(column(page, 'Proposal'), deal.title));
    await expectVisible(column(page, 'Proposal').getByText('1 deal', { exact: true }));
    await expectVisible(column(page, 'Lead in').getByText('No deals'));
    expect(await stageOf(owner.token, deal.id)).toBe('Proposal');

    // Lost needs a reason (markDealLost): the API refuses the move, the board says so where it
    // happened, and the card goes back.
    await page.getByLabel(`Move ${deal.title} to stage`).selectOption({ label: 'Lost' });
    const alert = page.getByRole('alert');
    await expectVisible(alert);
    expect(await alert.textContent()).toContain(`“${deal.title}” stays in Proposal`);
    expect(await alert.textContent()).toMatch(/markDealLost/);
    await expectVisible(card(column(page, 'Proposal'), deal.title));
    expect(await card(column(page, 'Lost'), deal.title).count()).toBe(0);
    expect(await page.getByLabel(`Move ${deal.title} to stage`).locator('option:checked').textContent()).toBe(
      'Proposal',
    );
    expect(await stageOf(owner.token, deal.id)).toBe('Proposal');
    await screenshot(page, 'deals');
    await page.context().close();
  }, 120_000);
});

describe('CSV import in a real browser', () => {
  it('imports 300 companies with a progress bar to 100 %, and lists the rows a bad file has wrong', async () => {
    const owner = await web.e2e.signUpTenant('web-import');
    const page = await web.signedInPage(owner);
    // The companies list, empty, is in the cache before the import.
    await openScreen(page, '/companies');
    await expectVisible(page.getByText('No companies yet.'));
    await openScreen(page, '/import');
    await expectVisible(page.getByText('No imports yet.'));

    const suffix = Date.now().toString(36);
    const rows = Array.from(
      { length: 300 },
      (_, index) => `Imported ${index + 1} ${suffix},imported-${index + 1}-${suffix}.example`,
    );
    await page.getByLabel('What to import').selectOption('companies');
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({
      name: 'companies.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['name,domain', ...rows].join('\n')),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    await expectVisible(progress);
    await expectVisible(page.getByText('300 of 300 rows', { exact: true }), 30_000);
    await expectVisible(page.getByText('300 imported', { exact: true }), 30_000);
    expect(await progress.getAttribute('aria-valuenow')).toBe('300');
    expect(await progress.getAttribute('aria-valuemax')).toBe('300');
    await expectVisible(page.getByText('100 %', { exact: true }));
    await expectVisible(page.getByText('300 of 300 imported'));
    const count = await web.e2e.gql<{ companies: { totalCount: number } }>(
      `query { companies(first: 1) { totalCount } }`,
      {},
      owner.token,
    );
    expect(count.body.data?.companies.totalCount).toBe(300);
    await screenshot(page, 'import');
    // The finished import refreshed the cached list (an upload is no mutation the cache would see).
    await openScreen(page, '/companies');
    await expectVisible(page.getByText(/300 companies/));
    await openScreen(page, '/import');

    // A file with a row without a name: nothing imported, the row's error listed by line.
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        ['name,domain', `Good One ${suffix},`, `,nameless-${suffix}.example`, `Good Two ${suffix},`].join(
          '\n',
        ),
      ),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expectVisible(page.getByText('0 imported', { exact: true }));
    const badRow = page.getByRole('row').filter({ hasText: 'Enter a company name.' });
    await expectVisible(badRow);
    expect(await badRow.getByRole('cell').first().textContent()).toBe('3');
    expect(await badRow.getByRole('cell').nth(1).textContent()).toBe('name');

    // The same file, skipping bad rows: the two good ones are imported, the bad one still listed.
    await page.getByLabel('Skip bad rows').check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expectVisible(page.getByText('2 imported', { exact: true }), 30_000);
    await expectVisible(page.getByRole('row').filter({ hasText: 'Enter a company name.' }));

    // On a phone, the finished 300-row import, shown again from the recent imports.
    const phone = await web.signedInPage(owner, 'phone');
    await openScreen(phone, '/import');
    const recent = phone.getByRole('listitem').filter({ hasText: '300 of 300 imported' });
    await recent.getByRole('button', { name: /Show the companies import/ }).click();
    await expectVisible(phone.getByText('300 imported', { exact: true }));
    await expectVisible(phone.getByText('100 %', { exact: true }));
    await screenshot(phone, 'import');
    await phone.context().close();
    await page.context().close();
  }, 180_000);
});
