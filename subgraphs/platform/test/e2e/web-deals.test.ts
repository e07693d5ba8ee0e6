import { isDeepStrictEqual } from 'node:util';
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
 * keyboard alternative; closing deals (dropped on Lost: a dialog asks the reason; dropped on Won:
 * won), seen live by a second window; a deal the server refuses; and an import followed to its end
 * on the progress bar. Live events need the suite's own database (see startE2EPlatform's
 * `ownDatabase`).
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

/**
 * What the server holds, once it has caught up with the board: a card moves at once (optimistic
 * update), and the mutation behind it answers a moment later.
 */
async function settled<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!isDeepStrictEqual(value, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  expect(value).toEqual(expected);
}

async function stageOf(token: string, dealId: string): Promise<string | undefined> {
  const result = await web.e2e.gql<{ deal: { stage: { name: string } } | null }>(
    `query ($id: ID!) { deal(id: $id) { stage { name } } }`,
    { id: dealId },
    token,
  );
  return result.body.data?.deal?.stage.name;
}

interface DealClose {
  status: string;
  stage: { name: string };
  lostReason: { name: string } | null;
}

async function closeOf(token: string, dealId: string): Promise<DealClose | undefined> {
  const result = await web.e2e.gql<{ deal: DealClose | null }>(
    `query ($id: ID!) { deal(id: $id) { status stage { name } lostReason { name } } }`,
    { id: dealId },
    token,
  );
  return result.body.data?.deal ?? undefined;
}

async function dealCount(token: string, search: string): Promise<number | undefined> {
  const result = await web.e2e.gql<{ deals: { totalCount: number } }>(
    `query ($search: String) { deals(first: 1, search: $search) { totalCount } }`,
    { search },
    token,
  );
  return result.body.data?.deals.totalCount;
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
const lostDialog = (page: Page, title: string) =>
  page.getByRole('dialog', { name: `Mark ${title} lost`, exact: true });

/**
 * Drags a card onto a column with the mouse. At desktop width the last columns are beyond the
 * board's right edge: once the drag has started, the board scrolls to the column as the browser's
 * own scrolling near the edge would (a locator's dragTo scrolls before the drag starts, and
 * Chromium then starts none).
 */
async function dropOn(page: Page, title: string, stage: string): Promise<void> {
  const source = page.getByRole('listitem', { name: title, exact: true });
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  if (!from) throw new Error(`no card ${title} on screen`);
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + 24, { steps: 3 });
  const target = column(page, stage);
  await target.evaluate((element) => element.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
  const to = await target.boundingBox();
  if (!to) throw new Error(`no column ${stage} on screen`);
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 40), { steps: 5 });
  await page.mouse.up();
}
/** A card's closed mark ("Won", "Lost: <reason>"), not its list's options of the same name. */
const mark = (scope: Locator, text: string) =>
  scope.locator('p').filter({ hasText: new RegExp(`^${text}$`) });
const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

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
    await settled(() => stageOf(token, deal.id), 'Qualified');
    await screenshot(page1, 'deals');

    for (const page of [page1, page2, page3]) await page.context().close();
  }, 240_000);

  it('moves a deal with the keyboard, marks it lost with the keyboard, and shows what the server refuses', async () => {
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
    await settled(() => stageOf(owner.token, deal.id), 'Proposal');

    // Lost needs a reason: choosing it opens the card's dialog, which takes the focus; Tab reaches
    // the reason, an arrow picks the first one, Enter marks the deal lost.
    await page.getByLabel(`Move ${deal.title} to stage`).selectOption({ label: 'Lost' });
    const dialog = lostDialog(page, deal.title);
    await expectVisible(dialog);
    expect(await isFocused(dialog)).toBe(true);
    expect(await card(column(page, 'Proposal'), deal.title).count()).toBe(1);
    const reason = dialog.getByLabel('Lost reason');
    await expectVisible(reason);
    await page.keyboard.press('Tab');
    expect(await isFocused(reason)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await reason.locator('option:checked').textContent()).toBe('Price too high');
    await page.keyboard.press('Enter');
    const lost = card(column(page, 'Lost'), deal.title);
    await expectVisible(lost);
    await expectVisible(lost.getByText('Lost: Price too high', { exact: true }));
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    await expectVisible(column(page, 'Proposal').getByText('No deals'));
    await settled(() => closeOf(owner.token, deal.id), {
      status: 'LOST',
      stage: { name: 'Lost' },
      lostReason: { name: 'Price too high' },
    });
    // The focus is back on the card's list, where the card now is.
    expect(await isFocused(page.getByLabel(`Move ${deal.title} to stage`))).toBe(true);
    await screenshot(page, 'deals-lost');

    // A refusal the board can produce: an amount with more decimals than the currency has. The
    // form shows the server's message and nothing is created.
    const refused = uniqueName('Too precise deal');
    await page.getByLabel('Deal title').fill(refused);
    await page.getByLabel('Amount (optional)').fill('10.505');
    await page.getByRole('button', { name: 'Create deal' }).click();
    const alert = page.getByRole('form', { name: 'New deal' }).getByRole('alert');
    await expectVisible(alert);
    expect(await alert.textContent()).toBe('The amount has more decimals than its currency uses.');
    expect(await page.getByRole('listitem', { name: refused }).count()).toBe(0);
    expect(await dealCount(owner.token, refused)).toBe(0);
    await screenshot(page, 'deals');
    await page.context().close();
  }, 120_000);

  it('asks why a deal dropped on Lost was lost (Cancel and Escape leave it), wins one dropped on Won, live in a second window', async () => {
    const owner = await web.e2e.signUpTenant('web-deals-close');
    const losing = await createDeal(owner.token, uniqueName('Losing deal'), {
      amount: { amount: '900', currency: 'USD' },
    });
    const winning = await createDeal(owner.token, uniqueName('Winning deal'), {
      amount: { amount: '4000', currency: 'USD' },
    });
    const page = await web.signedInPage(owner);
    await openScreen(page, '/deals');
    const watcher = await web.signedInPage(owner);
    await openScreen(watcher, '/deals');
    await expectVisible(card(column(page, 'Lead in'), losing.title));
    await expectLiveBoard(watcher, owner.token);
    const unchanged = { status: 'OPEN', stage: { name: 'Lead in' }, lostReason: null };

    // Dropped on Lost: the dialog opens in the card, which stays where it was until a reason is
    // given. Cancel closes it, and nothing changed.
    const dialog = lostDialog(page, losing.title);
    await dropOn(page, losing.title, 'Lost');
    await expectVisible(dialog);
    expect(await card(column(page, 'Lead in'), losing.title).count()).toBe(1);
    expect(await card(column(page, 'Lost'), losing.title).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    await expectVisible(card(column(page, 'Lead in'), losing.title));
    expect(await card(column(page, 'Lost'), losing.title).count()).toBe(0);
    expect(await closeOf(owner.token, losing.id)).toEqual(unchanged);

    // Escape cancels too; "Mark lost" without a reason is not sent (the reason is required).
    await dropOn(page, losing.title, 'Lost');
    await expectVisible(dialog);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    await expectVisible(card(column(page, 'Lead in'), losing.title));
    await dropOn(page, losing.title, 'Lost');
    await expectVisible(dialog);
    await dialog.getByRole('button', { name: 'Mark lost' }).click();
    const reasonValid = dialog
      .getByLabel('Lost reason')
      .evaluate((select) => (select as HTMLSelectElement).validity.valid);
    expect(await reasonValid).toBe(false);
    await expectVisible(dialog);
    expect(await closeOf(owner.token, losing.id)).toEqual(unchanged);

    // With a reason, it is lost: the card goes to Lost and says why, here and in the other window.
    await dialog.getByLabel('Lost reason').selectOption({ label: 'Chose a competitor' });
    await screenshot(page, 'deals-lost-dialog');
    await dialog.getByRole('button', { name: 'Mark lost' }).click();
    const lost = card(column(page, 'Lost'), losing.title);
    await expectVisible(lost.getByText('Lost: Chose a competitor', { exact: true }));
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await card(column(page, 'Lead in'), losing.title).count()).toBe(0);
    await expectVisible(column(page, 'Lost').getByText('1 deal', { exact: true }));
    await settled(() => closeOf(owner.token, losing.id), {
      status: 'LOST',
      stage: { name: 'Lost' },
      lostReason: { name: 'Chose a competitor' },
    });
    const seenLost = card(column(watcher, 'Lost'), losing.title);
    await expectVisible(seenLost.getByText('Lost: Chose a competitor', { exact: true }));
    await card(column(watcher, 'Lead in'), losing.title).waitFor({ state: 'detached', timeout: 10_000 });

    // Dropped on Won: no question, the deal is won (moveDeal takes a deal into WON), seen live too.
    await dropOn(page, winning.title, 'Won');
    const won = card(column(page, 'Won'), winning.title);
    await expectVisible(mark(won, 'Won'));
    expect(await lostDialog(page, winning.title).count()).toBe(0);
    await expectVisible(column(page, 'Won').getByText('1 deal', { exact: true }));
    await settled(() => closeOf(owner.token, winning.id), {
      status: 'WON',
      stage: { name: 'Won' },
      lostReason: null,
    });
    await expectVisible(mark(card(column(watcher, 'Won'), winning.title), 'Won'));

    // A closed deal can be reopened (the API accepts it, so the board offers it): the lost deal back
    // to Qualified is open again, without a reason.
    await page.getByLabel(`Move ${losing.title} to stage`).selectOption({ label: 'Qualified' });
    const reopened = card(column(page, 'Qualified'), losing.title);
    await expectVisible(reopened);
    await settled(() => closeOf(owner.token, losing.id), {
      status: 'OPEN',
      stage: { name: 'Qualified' },
      lostReason: null,
    });
    expect(
      await reopened
        .locator('p')
        .filter({ hasText: /^(Lost|Won)/ })
        .count(),
    ).toBe(0);
    await expectVisible(card(column(watcher, 'Qualified'), losing.title));

    for (const open of [page, watcher]) await open.context().close();
  }, 180_000);
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
