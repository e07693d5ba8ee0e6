import type { Locator } from 'playwright-core';
import {
  CREATE_INVOICE,
  createCompany,
  createInvoice,
  waitUntilBillable,
  inBatches,
  PASSWORD,
  uniqueName,
  type CreatedInvoice,
  type SignedUpTenant,
  type UserErrorResult,
} from './e2e-client';
import {
  expectVisible,
  openScreen,
  screenshot,
  signIn,
  startWebE2E,
  VIEWPORTS,
  type WebE2E,
} from './web-browser';

/**
 * The ERP and settings screens in a real browser: invoices written, refused, posted and filtered;
 * members invited, accepted and given another role; custom roles; and what a viewer is (not) offered.
 */

let web: WebE2E;
let owner: SignedUpTenant;
let customer: { id: string; name: string };
/** Made through the API before the tests: one posted, one draft invoice of the owner's tenant. */
let posted: CreatedInvoice;
let draft: CreatedInvoice;

async function createDraftInvoice(
  token: string,
  customerId: string,
  description = 'Support',
): Promise<CreatedInvoice> {
  await waitUntilBillable(web.e2e, token, customerId);
  const result = await web.e2e.gql<{
    createInvoice: { invoice: CreatedInvoice | null; userErrors: UserErrorResult[] };
  }>(
    CREATE_INVOICE,
    { input: { customerId, lines: [{ description, quantity: '1', unitPrice: '10.00' }] } },
    token,
  );
  const invoice = result.body.data?.createInvoice.invoice;
  if (!invoice) throw new Error(`createInvoice failed: ${JSON.stringify(result.body)}`);
  return invoice;
}

interface MemberRow {
  role: string;
  user: { email: string };
}

async function membersOf(token: string): Promise<MemberRow[]> {
  const result = await web.e2e.gql<{ members: { edges: Array<{ node: MemberRow }> } }>(
    `{ members(first: 100) { edges { node { role user { email } } } } }`,
    {},
    token,
  );
  return result.body.data?.members.edges.map((edge) => edge.node) ?? [];
}

/** Waits (up to 10 s) for `check` to hold, for what the server does after the page has asked. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits for `locator` to show `text` (the page recomputes as it is typed into). */
async function expectTextIn(locator: Locator, text: string): Promise<void> {
  const shown = await eventually(
    async () => (await locator.textContent()) ?? '',
    (value) => value.includes(text),
  );
  expect(shown).toContain(text);
}

beforeAll(async () => {
  web = await startWebE2E();
  owner = await web.e2e.signUpTenant('web-erp');
  const name = uniqueName('Acme Billing');
  customer = { id: await createCompany(web.e2e, owner.token, name), name };
  posted = await createInvoice(web.e2e, owner.token, customer.id);
  draft = await createDraftInvoice(owner.token, customer.id);
}, 120_000);
afterAll(async () => {
  await web?.stop();
});

describe('invoices in the browser', () => {
  it('writes an invoice with an exact running total, shows a bad line’s error beside it, posts it and filters by status', async () => {
    const page = await web.signedInPage(owner);
    await openScreen(page, '/invoices');
    await expectVisible(page.getByRole('link', { name: posted.number }));
    await page.getByRole('link', { name: 'New invoice' }).click();
    await expectVisible(page.getByRole('heading', { name: 'New invoice' }));

    await page.getByLabel('Find customer').fill(customer.name.slice(0, 30));
    await page.getByRole('combobox', { name: /^Customer/ }).selectOption({ label: customer.name });
    const line1 = page.getByRole('group', { name: 'Line 1' });
    await line1.getByLabel('Description').fill('Design workshop');
    await line1.getByLabel('Quantity').fill('1.5');
    await line1.getByLabel('Unit price').fill('19.99');
    // 1.5 × 19.99 = 29.985, half-up 29.99 (floating point gives 29.984999…, so 29.98).
    await expectTextIn(page.getByLabel('Line 1 amount'), '29.99');

    await page.getByRole('button', { name: 'Add line' }).click();
    const line2 = page.getByRole('group', { name: 'Line 2' });
    await line2.getByLabel('Description').fill('Hosting');
    await line2.getByLabel('Quantity').fill('0');
    await line2.getByLabel('Unit price').fill('0.10');
    await page.getByRole('button', { name: 'Create draft invoice' }).click();
    // The server's QUANTITY_INVALID, beside line 2's quantity; nothing was created.
    await expectVisible(line2.getByRole('alert'));
    expect(await line2.getByRole('alert').textContent()).toMatch(/quantity must be a number greater than 0/i);
    expect(await line1.getByRole('alert').count()).toBe(0);

    await line2.getByLabel('Quantity').fill('3');
    await line2.getByRole('alert').waitFor({ state: 'detached', timeout: 10_000 });
    await expectTextIn(page.getByLabel('Line 2 amount'), '0.30');
    await expectTextIn(page.getByLabel('Invoice total'), '30.29');
    await page.getByRole('button', { name: 'Create draft invoice' }).click();

    // The new draft opens: its number, its lines and the server's total.
    await expectVisible(page.getByRole('heading', { name: /^Invoice INV-\d+$/ }));
    const number = ((await page.getByRole('heading', { name: /^Invoice INV-/ }).textContent()) ?? '').replace(
      'Invoice ',
      '',
    );
    const id = new URL(page.url()).hash.replace('#/invoices/', '');
    await expectVisible(page.getByText('Draft', { exact: true }));
    await expectVisible(page.getByRole('cell', { name: 'Design workshop' }));
    await expectVisible(page.getByRole('cell', { name: 'Hosting' }));

    await page.getByRole('button', { name: 'Post invoice' }).click();
    await expectVisible(page.getByRole('heading', { name: `Post ${number}?` }));
    await page.getByRole('button', { name: 'Yes, post it' }).click();
    await expectVisible(page.getByText('Posted', { exact: true }));
    await expectVisible(page.getByText('This invoice is posted: it can no longer be changed.'));
    expect(await page.getByRole('button', { name: 'Post invoice' }).count()).toBe(0);

    const stored = await web.e2e.gql<{
      invoice: { number: string; status: string; total: { amount: string }; lines: unknown[] } | null;
    }>(
      `query ($id: ID!) { invoice(id: $id) { number status total { amount } lines { description } } }`,
      { id },
      owner.token,
    );
    expect(stored.body.data?.invoice).toEqual({
      number,
      status: 'POSTED',
      total: { amount: '30.29' },
      lines: [{ description: 'Design workshop' }, { description: 'Hosting' }],
    });

    // The list, all, then posted only, then drafts only.
    await openScreen(page, '/invoices');
    await expectVisible(page.getByRole('link', { name: number }));
    await expectVisible(page.getByRole('link', { name: draft.number }));
    await page.getByLabel('Status').selectOption({ label: 'Posted' });
    await page.getByRole('link', { name: draft.number }).waitFor({ state: 'detached', timeout: 10_000 });
    await expectVisible(page.getByRole('link', { name: number }));
    await expectVisible(page.getByRole('link', { name: posted.number }));
    await page.getByLabel('Status').selectOption({ label: 'Drafts' });
    await expectVisible(page.getByRole('link', { name: draft.number }));
    expect(await page.getByRole('link', { name: number }).count()).toBe(0);
    expect(await page.getByRole('link', { name: posted.number }).count()).toBe(0);
    await page.context().close();
  });

  it('shows another tenant none of these invoices, and pages its own 20 at a time', async () => {
    const other = await web.e2e.signUpTenant('web-erp-other');
    const page = await web.signedInPage(other);
    await openScreen(page, '/invoices');
    await expectVisible(page.getByText('No invoices yet.'));
    expect(await page.getByRole('link', { name: /^INV-/ }).count()).toBe(0);

    const theirs = await createCompany(web.e2e, other.token, uniqueName('Other Customer'));
    await inBatches(
      Array.from({ length: 22 }, (_, index) => index),
      4,
      (index) => createDraftInvoice(other.token, theirs, `Item ${index}`),
    );
    await page.reload();
    await expectVisible(page.getByText('22 invoices'));
    expect(await page.getByRole('link', { name: /^INV-/ }).count()).toBe(20);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expectVisible(page.getByRole('link', { name: 'INV-000001' }));
    expect(await page.getByRole('link', { name: /^INV-/ }).count()).toBe(22);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('members and roles in the browser', () => {
  it('invites a member, shows the token once, changes the role in place, creates a role, and offers a viewer nothing it cannot do', async () => {
    const page = await web.signedInPage(owner);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.origin });
    await openScreen(page, '/settings/members');
    const ownerRow = page.getByRole('listitem').filter({ hasText: owner.email });
    await expectVisible(ownerRow);

    // Invite: the token shows once, with a copy button and the accept link.
    const inviteeEmail = `web-erp-invitee-${Date.now()}@example.test`;
    const invite = page.getByRole('form', { name: 'Invite a member' });
    await invite.getByLabel('E-mail').fill(inviteeEmail);
    await invite.getByLabel('Role').selectOption('member');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expectVisible(page.getByRole('heading', { name: `Invitation for ${inviteeEmail} as member` }));
    const token = await page.getByLabel('Invitation token').inputValue();
    expect(token.length).toBeGreaterThan(20);
    expect(await page.getByLabel('Accept link').inputValue()).toContain(encodeURIComponent(token));
    await page.getByRole('button', { name: 'Copy token' }).click();
    await expectVisible(page.getByText('Token copied.'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await screenshot(page, 'members-invitation');

    // The invitee accepts (as their own client would), and shows in the list.
    const accepted = await web.e2e.gql<{ acceptInvitation: { session: { role: string } | null } }>(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { session { role } userErrors { code message } } }`,
      { input: { token, password: PASSWORD, name: 'Vera Invitee' } },
    );
    expect(accepted.body.data?.acceptInvitation.session?.role).toBe('member');
    await page.reload();
    const inviteeRow = page.getByRole('listitem').filter({ hasText: inviteeEmail });
    await expectVisible(inviteeRow);
    await expectVisible(inviteeRow.getByText('Vera Invitee'));
    expect(await inviteeRow.getByLabel('Role').inputValue()).toBe('member');

    // Another role, in place; the API agrees.
    await inviteeRow.getByLabel('Role').selectOption('viewer');
    const members = await eventually(
      () => membersOf(owner.token),
      (rows) => rows.some((row) => row.user.email === inviteeEmail && row.role === 'viewer'),
    );
    expect(members.find((row) => row.user.email === inviteeEmail)?.role).toBe('viewer');
    // The last owner cannot step down: said on that row, and the picker still says owner.
    await ownerRow.getByLabel('Role').selectOption('admin');
    await expectVisible(ownerRow.getByRole('alert'));
    expect(await ownerRow.getByRole('alert').textContent()).toMatch(/at least one owner/i);
    const kept = await eventually(
      () => ownerRow.getByLabel('Role').inputValue(),
      (value) => value === 'owner',
    );
    expect(kept).toBe('owner');
    expect(await inviteeRow.getByRole('alert').count()).toBe(0);

    // A custom role: a bad name refused where it was typed, then a good one listed with its permissions.
    await openScreen(page, '/settings/roles');
    const createForm = page.getByRole('form', { name: 'Create a custom role' });
    await createForm.getByLabel('Role name').fill('Bad Name');
    await createForm.getByLabel('erp.invoice:read').check();
    await createForm.getByRole('button', { name: 'Create role' }).click();
    await expectVisible(createForm.getByRole('alert'));
    expect(await createForm.getByRole('alert').textContent()).toMatch(/lower-case letters/i);
    await createForm.getByLabel('Role name').fill('auditor');
    await createForm.getByLabel('crm.company:read').check();
    await createForm.getByRole('button', { name: 'Create role' }).click();
    await expectVisible(page.getByText('Role auditor created.'));
    const auditor = page.getByRole('listitem', { name: 'auditor' });
    await expectVisible(auditor);
    await expectVisible(auditor.getByText('invoice:read', { exact: true }));
    await expectVisible(auditor.getByText('company:read', { exact: true }));
    const roles = await web.e2e.gql<{
      roles: Array<{ name: string; permissions: string[]; builtIn: boolean }>;
    }>(`{ roles { name permissions builtIn } }`, {}, owner.token);
    expect(roles.body.data?.roles.find((role) => role.name === 'auditor')).toEqual({
      name: 'auditor',
      permissions: expect.arrayContaining(['erp.invoice:read', 'crm.company:read']),
      builtIn: false,
    });
    await page.context().close();

    // The viewer, in a window of their own: invoices to read, nothing to write, settings read-only.
    const viewerPage = await (await web.context('desktop')).newPage();
    await viewerPage.goto(web.origin);
    await signIn(viewerPage, inviteeEmail);
    const nav = viewerPage.getByRole('navigation', { name: 'Main' });
    await expectVisible(nav.getByRole('link', { name: 'Invoices' }));
    await expectVisible(nav.getByRole('link', { name: 'Members' }));
    await expectVisible(nav.getByRole('link', { name: 'Roles' }));
    await openScreen(viewerPage, '/invoices');
    await expectVisible(viewerPage.getByRole('link', { name: posted.number }));
    expect(await viewerPage.getByRole('link', { name: 'New invoice' }).count()).toBe(0);
    await openScreen(viewerPage, `/invoices/${draft.id}`);
    await expectVisible(viewerPage.getByRole('heading', { name: `Invoice ${draft.number}` }));
    await expectVisible(viewerPage.getByText('Draft', { exact: true }));
    expect(await viewerPage.getByRole('button', { name: 'Post invoice' }).count()).toBe(0);
    await openScreen(viewerPage, '/invoices/new');
    await expectVisible(viewerPage.getByText('Your role cannot create invoices.'));

    await openScreen(viewerPage, '/settings/members');
    const viewerRow = viewerPage.getByRole('listitem').filter({ hasText: inviteeEmail });
    await expectVisible(viewerRow.getByText('viewer', { exact: true }));
    expect(await viewerPage.getByRole('form', { name: 'Invite a member' }).count()).toBe(0);
    expect(await viewerPage.getByRole('main').getByRole('combobox').count()).toBe(0);
    await openScreen(viewerPage, '/settings/roles');
    await expectVisible(viewerPage.getByRole('listitem', { name: 'auditor' }));
    await expectVisible(viewerPage.getByRole('listitem', { name: 'owner' }));
    expect(await viewerPage.getByRole('form', { name: 'Create a custom role' }).count()).toBe(0);
    expect(await viewerPage.getByRole('main').getByRole('checkbox').count()).toBe(0);
    await screenshot(viewerPage, 'roles-viewer');
    await viewerPage.context().close();
  });
});

describe('screenshots', () => {
  it('shows every ERP and settings screen at desktop and phone width', async () => {
    for (const viewport of Object.keys(VIEWPORTS) as Array<keyof typeof VIEWPORTS>) {
      const page = await web.signedInPage(owner, viewport);
      await openScreen(page, '/invoices');
      await expectVisible(page.getByRole('link', { name: posted.number }));
      await screenshot(page, 'invoices');

      await openScreen(page, '/invoices/new');
      await page.getByRole('combobox', { name: /^Customer/ }).selectOption({ label: customer.name });
      const line1 = page.getByRole('group', { name: 'Line 1' });
      await line1.getByLabel('Description').fill('Implementation, phase 1');
      await line1.getByLabel('Quantity').fill('12.5');
      await line1.getByLabel('Unit price').fill('140');
      await page.getByRole('button', { name: 'Add line' }).click();
      const line2 = page.getByRole('group', { name: 'Line 2' });
      await line2.getByLabel('Description').fill('Travel');
      await line2.getByLabel('Unit price').fill('312.40');
      await expectTextIn(page.getByLabel('Invoice total'), '2,062.40');
      await screenshot(page, 'invoice-new');

      await openScreen(page, `/invoices/${draft.id}`);
      await expectVisible(page.getByRole('button', { name: 'Post invoice' }));
      await screenshot(page, 'invoice-detail');

      await openScreen(page, '/settings/members');
      await expectVisible(page.getByRole('listitem').filter({ hasText: owner.email }));
      await screenshot(page, 'members');

      await openScreen(page, '/settings/roles');
      await expectVisible(page.getByRole('listitem', { name: 'viewer' }));
      await screenshot(page, 'roles');
      await page.context().close();
    }
  });
});
