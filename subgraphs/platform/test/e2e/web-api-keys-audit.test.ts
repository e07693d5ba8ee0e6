import type { Locator, Page } from 'playwright-core';
import {
  createCompany,
  PASSWORD,
  uniqueName,
  USER_ERRORS,
  type SignedUpTenant,
  type UserErrorResult,
} from './e2e-client';
import { expectVisible, openScreen, screenshot, signIn, startWebE2E, type WebE2E } from './web-browser';

/**
 * Settings → API keys and Settings → Audit log in a real browser: a key created with two scopes,
 * its one-time secret read from the page and used on the partner graph, revoked there and refused;
 * the audit log showing those events and the owner's sign-in, narrowed by type and by member; and a
 * member offered neither screen.
 */

let web: WebE2E;
let owner: SignedUpTenant;
let companyName: string;

interface PartnerAnswer {
  status: number;
  body: {
    data?: { companies: { edges: Array<{ node: { name: string } }> } } | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
}

/** The tenant's companies through the partner graph, as a partner's program asks with `key`. */
async function partnerCompanies(key: string): Promise<PartnerAnswer> {
  const response = await fetch(`${web.origin}/public/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ companies(first: 5) { edges { node { name } } } }' }),
  });
  return { status: response.status, body: (await response.json()) as PartnerAnswer['body'] };
}

/** Someone invited by the owner who accepted with a new account, as a plain member. */
async function joinAsMember(
  prefix: string,
): Promise<{ email: string; name: string; userId: string; token: string }> {
  const email = `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  const name = uniqueName('Mia Member');
  const invited = await web.e2e.gql<{ inviteMember: { invitationToken: string | null } }>(
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken ${USER_ERRORS} } }`,
    { input: { email, role: 'member' } },
    owner.token,
  );
  const token = invited.body.data?.inviteMember.invitationToken;
  if (!token) throw new Error(`inviteMember failed: ${JSON.stringify(invited.body)}`);
  const accepted = await web.e2e.gql<{
    acceptInvitation: { session: { accessToken: string; user: { id: string } } | null };
  }>(
    `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { session { accessToken user { id } } ${USER_ERRORS} } }`,
    { input: { token, password: PASSWORD, name } },
  );
  const session = accepted.body.data?.acceptInvitation.session;
  if (!session) throw new Error(`acceptInvitation failed: ${JSON.stringify(accepted.body)}`);
  return { email, name, userId: session.user.id, token: session.accessToken };
}

/** Goes to a screen by its link in the main navigation (behind the Menu button on a phone). */
async function navigate(page: Page, label: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await expectVisible(page.getByRole('heading', { name: label, level: 1 }));
}

/** Fills the new-key form with `name` and `scopes` and submits it. */
async function submitNewKey(page: Page, name: string, scopes: readonly string[]): Promise<Locator> {
  const form = page.getByRole('form', { name: 'New API key' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  for (const scope of scopes) await form.getByRole('checkbox', { name: scope, exact: true }).check();
  await form.getByRole('button', { name: 'Create API key' }).click();
  return form;
}

/** Creates a key in the browser and reads its secret from the page, where it is shown once. */
async function createKeyInBrowser(page: Page, name: string, scopes: readonly string[]): Promise<string> {
  await page.getByRole('button', { name: 'New API key' }).click();
  await submitNewKey(page, name, scopes);
  const created = page.getByRole('region', { name: `API key “${name}” created` });
  await expectVisible(created);
  return created.getByLabel('API key', { exact: true }).inputValue();
}

/** The text of each row of the audit log as shown, top to bottom. */
async function auditRows(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: 'Audit events' }).getByRole('listitem').allTextContents();
}

/** Waits (up to 10 s) for the audit log's rows to satisfy `check`, and returns them. */
async function auditRowsWhen(page: Page, check: (rows: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const rows = await auditRows(page);
    if (check(rows) || Date.now() > deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  web = await startWebE2E();
  owner = await web.e2e.signUpTenant('web-keys');
  companyName = uniqueName('Partner Data Co');
  await createCompany(web.e2e, owner.token, companyName);
}, 120_000);
afterAll(async () => {
  await web?.stop();
});

describe('API keys in the browser', () => {
  it('creates a key with two scopes, shows its secret once, reads the partner graph with it, then revokes it: refused', async () => {
    const page = await web.signedInPage(owner);
    await navigate(page, 'API keys');
    await expectVisible(page.getByText(/No API keys yet/));

    // A name of spaces and no scope: the server's userErrors, each at its own input.
    await page.getByRole('button', { name: 'New API key' }).click();
    const form = await submitNewKey(page, '   ', []);
    await expectVisible(form.getByText('Give the key a name.'));
    await expectVisible(form.getByText('Choose at least one permission for the key.'));
    expect(await form.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await form.getByRole('button', { name: 'Cancel' }).click();

    const keyName = uniqueName('ERP sync');
    const secret = await createKeyInBrowser(page, keyName, ['crm.company:read', 'erp.invoice:read']);
    expect(secret).toMatch(/^nxk_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
    const command = await page.getByLabel(/read the partner graph with curl/).inputValue();
    expect(command).toContain(`${web.origin}/public/graphql`);
    expect(command).toContain(`Authorization: Bearer ${secret}`);
    await screenshot(page, 'api-key-secret');

    // The partner's program reads the tenant's companies with it.
    const read = await partnerCompanies(secret);
    expect(read.status).toBe(200);
    expect(read.body.data?.companies.edges.map((edge) => edge.node.name)).toContain(companyName);

    // Done forgets the secret: it is nowhere on the page any more.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('region', { name: `API key “${keyName}” created` }).waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);
    const row = page.getByRole('listitem', { name: keyName });
    await expectVisible(row.getByText('Active', { exact: true }));
    await expectVisible(row.getByText('crm.company:read', { exact: true }));
    await expectVisible(row.getByText('erp.invoice:read', { exact: true }));
    await expectVisible(row.getByText(`by ${owner.name}`));
    expect(await row.getByText(secret.slice(0, 16)).count()).toBe(1);
    expect(await page.getByText('1 key', { exact: true }).count()).toBe(1);
    await screenshot(page, 'api-keys');

    // Revoking asks first; Cancel leaves the key working.
    await row.getByRole('button', { name: `Revoke ${keyName}` }).click();
    const confirm = row.getByRole('group', { name: `Revoke ${keyName}?` });
    await expectVisible(confirm);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect((await partnerCompanies(secret)).status).toBe(200);

    await row.getByRole('button', { name: `Revoke ${keyName}` }).click();
    await row.getByRole('button', { name: 'Yes, revoke it' }).click();
    await expectVisible(row.getByText('Revoked', { exact: true }));
    expect(await row.getByRole('button', { name: `Revoke ${keyName}` }).count()).toBe(0);
    const refused = await partnerCompanies(secret);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('API_KEY_REVOKED');

    // Still revoked when the screen is opened again (read from the server, not the page's memory).
    await page.reload();
    await expectVisible(page.getByRole('listitem', { name: keyName }).getByText('Revoked', { exact: true }));
    await page.context().close();
  });
});

describe('the audit log in the browser', () => {
  it('shows key events and the owner’s sign-in newest first, with who, what and from where; narrows by type and by member', async () => {
    const member = await joinAsMember('web-audit-member');
    const keyName = uniqueName('Audit key');
    const created = await web.e2e.gql<{
      createApiKey: { apiKey: { id: string } | null; userErrors: UserErrorResult[] };
    }>(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } ${USER_ERRORS} } }`,
      { input: { name: keyName, scopes: ['crm.company:read'] } },
      owner.token,
    );
    const keyId = created.body.data?.createApiKey.apiKey?.id;
    expect(keyId).toBeTruthy();
    const revoked = await web.e2e.gql<{ revokeApiKey: { userErrors: UserErrorResult[] } }>(
      `mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { ${USER_ERRORS} } }`,
      { input: { id: keyId } },
      owner.token,
    );
    expect(revoked.body.data?.revokeApiKey.userErrors).toEqual([]);

    // Signing in is the newest event of all.
    const page = await web.signedInPage(owner);
    await navigate(page, 'Audit log');
    const rows = await auditRowsWhen(page, (shown) => shown.some((row) => row.includes(keyName)));
    expect(rows[0]).toContain('Signed in');
    expect(rows[0]).toContain(`By${owner.name}`);
    expect(rows[0]).toContain('Signed in with a password.');
    expect(rows[0]).toMatch(/Address\S+/);
    const keyCreated = rows.findIndex((row) => row.includes('API key created') && row.includes(keyName));
    const keyRevoked = rows.findIndex((row) => row.includes('API key revoked') && row.includes(keyName));
    expect(keyRevoked).toBeGreaterThan(0);
    expect(keyCreated).toBeGreaterThan(keyRevoked);
    expect(rows[keyCreated]).toContain('With scopes crm.company:read (key nxk_');
    expect(rows[keyCreated]).toContain(`By${owner.name}`);
    expect(rows[keyCreated]).toContain(`TargetAPI key “${keyName}”`);
    const joined = rows.find((row) => row.includes('Member joined') && row.includes(member.name));
    expect(joined).toContain('Joined as member from an invitation.');
    await screenshot(page, 'audit-log');

    // One type: only revocations are left, this key's among them.
    await page.getByLabel('Event type').selectOption({ label: 'API key revoked' });
    const revocations = await auditRowsWhen(
      page,
      (shown) => shown.length > 0 && shown.every((row) => row.includes('API key revoked')),
    );
    expect(revocations.length).toBeGreaterThan(0);
    expect(revocations.every((row) => row.includes('API key revoked'))).toBe(true);
    expect(revocations.some((row) => row.includes(keyName))).toBe(true);
    await expectVisible(
      page.getByText(revocations.length === 1 ? '1 event' : `${revocations.length} events`),
    );

    // One member: the events they took part in, none of the owner's key events.
    await page.getByLabel('Event type').selectOption({ label: 'All events' });
    await page
      .getByLabel('Member', { exact: true })
      .selectOption({ label: `${member.name} (${member.email})` });
    const theirs = await auditRowsWhen(
      page,
      (shown) => shown.length > 0 && shown.every((row) => row.includes(member.name)),
    );
    expect(theirs.some((row) => row.includes('Member joined'))).toBe(true);
    expect(theirs.some((row) => row.includes('API key'))).toBe(false);
    await page.context().close();
  });
});

describe('at phone width', () => {
  it('reaches both screens from the menu, creates a key and shows its secret and the log', async () => {
    const page = await web.signedInPage(owner, 'phone');
    await navigate(page, 'API keys');
    const keyName = uniqueName('Phone key');
    const secret = await createKeyInBrowser(page, keyName, ['crm.person:read', 'crm.company:read']);
    expect(secret).toMatch(/^nxk_/);
    await screenshot(page, 'api-key-secret');
    await page.getByRole('button', { name: 'Done' }).click();
    await expectVisible(page.getByRole('listitem', { name: keyName }).getByText('Active', { exact: true }));
    await screenshot(page, 'api-keys');

    await navigate(page, 'Audit log');
    await auditRowsWhen(page, (rows) => rows.some((row) => row.includes(keyName)));
    await expectVisible(page.getByText(keyName).first());
    await screenshot(page, 'audit-log');
    await page.context().close();
  });
});

describe('a member', () => {
  it('sees neither screen in the navigation, and cannot open them by address', async () => {
    const member = await joinAsMember('web-keys-member');
    const page = await (await web.context()).newPage();
    await page.goto(web.origin);
    await signIn(page, member.email);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expectVisible(nav.getByRole('link', { name: 'Companies' }));
    expect(await nav.getByRole('link', { name: 'API keys' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    for (const route of ['/settings/api-keys', '/settings/audit']) {
      await openScreen(page, route);
      await expectVisible(page.getByText('This page does not exist, or your role cannot see it.'));
    }
    // The API agrees: no keys and no log for a member.
    for (const query of [
      '{ apiKeys(first: 1) { totalCount } }',
      '{ auditEvents(first: 1) { totalCount } }',
    ]) {
      const answer = await web.e2e.gql<Record<string, unknown>>(query, {}, member.token);
      expect(answer.body.data?.apiKeys ?? answer.body.data?.auditEvents ?? null).toBeNull();
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    await page.context().close();
  });
});
