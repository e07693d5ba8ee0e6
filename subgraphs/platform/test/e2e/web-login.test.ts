import { createCompany, PASSWORD, uniqueName, type SignedUpTenant } from './e2e-client';
import {
  expectSignedIn,
  expectVisible,
  openScreen,
  screenshot,
  signIn,
  startWebE2E,
  VIEWPORTS,
  type WebE2E,
} from './web-browser';

let web: WebE2E;
let owner: SignedUpTenant;

beforeAll(async () => {
  web = await startWebE2E();
  owner = await web.e2e.signUpTenant('web');
}, 60_000);
afterAll(async () => {
  await web?.stop();
});

describe('the web client in a real browser', () => {
  it('signs in, lists the tenant’s companies, searches them, and shows a wrong password where it happened', async () => {
    const acme = uniqueName('Acme');
    const globex = uniqueName('Globex');
    await createCompany(web.e2e, owner.token, acme);
    await createCompany(web.e2e, owner.token, globex);

    for (const viewport of Object.keys(VIEWPORTS) as Array<keyof typeof VIEWPORTS>) {
      const context = await web.context(viewport);
      const page = await context.newPage();
      await page.goto(web.origin);
      // Installable: the page links a manifest the gateway serves.
      const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await (await fetch(new URL(manifestHref ?? '', web.origin))).json();
      expect(manifest).toMatchObject({ name: 'NEXORA', display: 'standalone', start_url: '/' });

      await page.getByLabel('E-mail').fill(owner.email);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expectVisible(page.getByRole('alert'));
      expect(await page.getByRole('alert').first().textContent()).toMatch(/password/i);
      await screenshot(page, 'login-error');

      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expectSignedIn(page);
      await openScreen(page, '/companies');
      await expectVisible(page.getByText(acme));
      await expectVisible(page.getByText(globex));
      await screenshot(page, 'companies');

      await page.getByLabel('Search companies').fill('Globex');
      await page.getByText(acme).waitFor({ state: 'detached', timeout: 5_000 });
      await expectVisible(page.getByText(globex));
      await context.close();
    }
  });

  it('signs up a new account and organisation, and refuses a weak password where it was typed', async () => {
    const page = await (await web.context('phone')).newPage();
    await page.goto(web.origin);
    await page.getByRole('button', { name: 'Create an account' }).click();
    const email = `web-signup-${Date.now()}@example.test`;
    await page.getByLabel('Your name').fill('Ada Signup');
    await page.getByLabel('Work e-mail').fill(email);
    await page.getByLabel('Choose a password').fill('short');
    await page.getByLabel('Organisation').fill(uniqueName('Signup Org'));
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectVisible(page.getByRole('alert'));
    expect(await page.getByRole('alert').first().textContent()).toMatch(/at least 10 characters/i);
    await screenshot(page, 'signup-error');

    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'signup-error');
    await page.getByLabel('Choose a password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectSignedIn(page);
    // The new account can sign in with what it chose (through the API, as another client would).
    const login = await web.e2e.gql<{ login: { session: { user: { email: string } } | null } }>(
      `mutation ($input: LoginInput!) { login(input: $input) { session { user { email } } } }`,
      { input: { email, password: PASSWORD } },
    );
    expect(login.body.data?.login.session?.user.email).toBe(email);
    await page.context().close();
  });

  it('refreshes an access token the API refuses, and signs out when the refresh token is refused too', async () => {
    const name = uniqueName('Initech');
    await createCompany(web.e2e, owner.token, name);
    const page = await web.signedInPage(owner);
    await openScreen(page, '/companies');
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
      const session = JSON.parse(sessionStorage.getItem('nexora.session') ?? '{}');
      sessionStorage.setItem(
        'nexora.session',
        JSON.stringify({ ...session, accessToken: 'not-a-token', refreshToken: 'not-a-refresh-token' }),
      );
    });
    await page.reload();
    await expectVisible(page.getByRole('button', { name: 'Sign in' }));
    expect(await stored()).toBeNull();
    await page.context().close();
  });

  it('switches to another organisation of the user and shows only that one’s records', async () => {
    const other = await web.e2e.signUpTenant('web-other');
    const mine = uniqueName('Mine Ltd');
    const theirs = uniqueName('Theirs Ltd');
    await createCompany(web.e2e, owner.token, mine);
    await createCompany(web.e2e, other.token, theirs);
    // The other tenant's owner invites our owner, who accepts: now a member of two organisations.
    const invited = await web.e2e.gql<{ inviteMember: { invitationToken: string | null } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken userErrors { code message } } }`,
      { input: { email: owner.email, role: 'member' } },
      other.token,
    );
    const invitationToken = invited.body.data?.inviteMember.invitationToken;
    expect(invitationToken).toBeTruthy();
    const accepted = await web.e2e.gql<{ acceptInvitation: { session: unknown } }>(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { session { accessToken } userErrors { code message } } }`,
      { input: { token: invitationToken, password: PASSWORD } },
    );
    expect(accepted.body.data?.acceptInvitation.session).toBeTruthy();

    const page = await web.signedInPage(owner);
    await openScreen(page, '/companies');
    await expectVisible(page.getByText(mine));
    await page.getByLabel('Organisation').selectOption({ label: `${other.tenantName} (member)` });
    await expectVisible(page.getByText(theirs));
    expect(await page.getByText(mine).count()).toBe(0);
    await screenshot(page, 'tenant-switched');
    await page.context().close();
  });

  it('lets an invitee join from the invitation link with a new account, signed in to that organisation', async () => {
    const email = `web-invitee-${Date.now()}@example.test`;
    const invited = await web.e2e.gql<{ inviteMember: { invitationToken: string | null } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken userErrors { code message } } }`,
      { input: { email, role: 'member' } },
      owner.token,
    );
    const token = invited.body.data?.inviteMember.invitationToken;
    expect(token).toBeTruthy();
    const page = await (await web.context('phone')).newPage();
    await page.goto(`${web.origin}/#/accept-invitation?token=${encodeURIComponent(token ?? '')}`);
    await expectVisible(page.getByRole('heading', { name: 'You are invited to NEXORA' }));
    await page.getByLabel('Your name').fill('Ivy Invitee');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Join the organisation' }).click();
    await expectVisible(page.getByRole('alert'));
    await screenshot(page, 'accept-invitation-error');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Join the organisation' }).click();
    await expectSignedIn(page);
    // Signed in to the inviting organisation, as a member.
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('nexora.session') ?? '{}'));
    expect(stored).toMatchObject({ email, tenantName: owner.tenantName });
    expect(page.url()).toBe(`${web.origin}/#/dashboard`);
    // The same link cannot be used twice.
    const again = await (await web.context()).newPage();
    await again.goto(`${web.origin}/#/accept-invitation?token=${encodeURIComponent(token ?? '')}`);
    await again.getByLabel('Password').fill(PASSWORD);
    await again.getByRole('button', { name: 'Join the organisation' }).click();
    await expectVisible(again.getByRole('alert'));
    await page.context().close();
    await again.context().close();
  });

  it('opens an invitation link in a signed-in tab as a page of the app, and accepts it after signing out', async () => {
    const email = `web-invitee-signed-in-${Date.now()}@example.test`;
    const invited = await web.e2e.gql<{ inviteMember: { invitationToken: string | null } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken } }`,
      { input: { email, role: 'viewer' } },
      owner.token,
    );
    const token = invited.body.data?.inviteMember.invitationToken ?? '';
    expect(token).toBeTruthy();
    const page = await web.signedInPage(owner);
    await page.goto(`${web.origin}/#/accept-invitation?token=${encodeURIComponent(token)}`);
    await expectVisible(page.getByRole('heading', { name: 'Accept an invitation' }));
    await expectVisible(page.getByText(`You are signed in as ${owner.email}`));
    expect(await page.getByText('This page does not exist').count()).toBe(0);
    await page.getByRole('button', { name: 'Sign out and continue' }).click();
    await expectVisible(page.getByRole('heading', { name: 'You are invited to NEXORA' }));
    await page.getByLabel('Your name').fill('Sam Signed-In');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Join the organisation' }).click();
    await expectSignedIn(page);
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('nexora.session') ?? '{}'));
    expect(stored).toMatchObject({ email, tenantName: owner.tenantName });
    await page.context().close();
  });

  it('follows a role change at the next token refresh: actions of the old role are no longer offered', async () => {
    const email = `web-demoted-${Date.now()}@example.test`;
    const invited = await web.e2e.gql<{ inviteMember: { invitationToken: string | null } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken } }`,
      { input: { email, role: 'member' } },
      owner.token,
    );
    const accepted = await web.e2e.gql<{
      acceptInvitation: { session: { user: { id: string } } | null };
    }>(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { session { user { id } } } }`,
      {
        input: {
          token: invited.body.data?.inviteMember.invitationToken,
          password: PASSWORD,
          name: 'Dee Moted',
        },
      },
    );
    const userId = accepted.body.data?.acceptInvitation.session?.user.id;
    expect(userId).toBeTruthy();

    const page = await (await web.context()).newPage();
    await page.goto(web.origin);
    await signIn(page, email);
    await openScreen(page, '/companies');
    await expectVisible(page.getByRole('button', { name: 'New company' }));

    const demoted = await web.e2e.gql<{ assignRole: { userErrors: unknown[] } }>(
      `mutation ($input: AssignRoleInput!) { assignRole(input: $input) { userErrors { code message } } }`,
      { input: { userId, role: 'viewer' } },
      owner.token,
    );
    expect(demoted.body.data?.assignRole.userErrors).toEqual([]);
    // The access token is refused (as when it expires): the refresh brings the viewer's permissions.
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('nexora.session') ?? '{}');
      sessionStorage.setItem('nexora.session', JSON.stringify({ ...session, accessToken: 'not-a-token' }));
    });
    await page.reload();
    await expectVisible(page.getByRole('heading', { name: 'Companies' }));
    await page.getByRole('button', { name: 'New company' }).waitFor({ state: 'detached', timeout: 10_000 });
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('nexora.session') ?? '{}'));
    expect(stored.permissions).not.toContain('crm.company:write');
    expect(stored.permissions).toContain('crm.company:read');
    await page.context().close();
  });
});
