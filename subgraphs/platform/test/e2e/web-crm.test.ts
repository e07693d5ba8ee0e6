import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import {
  createCompany,
  createInvoice,
  inBatches,
  PASSWORD,
  uniqueName,
  USER_ERRORS,
  type SignedUpTenant,
} from './e2e-client';
import { expectVisible, openScreen, screenshot, signIn, startWebE2E, type WebE2E } from './web-browser';

/**
 * The CRM record screens in a real browser: companies (form, detail with erp's invoices, timeline),
 * people, leads and their conversion, My tasks, duplicates and merging, paging; what the user does
 * is done in the page, the API only seeds and double-checks.
 */

// Each test drives whole flows in a browser on a busy machine.
jest.setTimeout(180_000);

let web: WebE2E;
let owner: SignedUpTenant;
/** Another organisation, with 60 companies of its own. */
let bulk: SignedUpTenant;
const BULK_PREFIX = `Bulk ${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  web = await startWebE2E();
  [owner, bulk] = await Promise.all([web.e2e.signUpTenant('web-crm'), web.e2e.signUpTenant('web-crm-bulk')]);
  await inBatches(
    Array.from({ length: 60 }, (_, index) => `${BULK_PREFIX} ${String(index + 1).padStart(2, '0')}`),
    10,
    (name) => createCompany(web.e2e, bulk.token, name),
  );
}, 120_000);
afterAll(async () => {
  await web?.stop();
});

/** A lower-case label unique to this run, for domains and e-mails. */
const slug = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** The id at the end of the page's hash route (`#/companies/<id>`). */
const routeId = (page: Page) => new URL(page.url()).hash.split('/').pop() ?? '';

/** The data of a request through the gateway (without `token`: signed out), failing on any error. */
async function gqlData<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await web.e2e.gql<T>(query, variables, token);
  if (result.status !== 200 || !result.body.data || result.body.errors) {
    throw new Error(`${query}: ${result.status} ${JSON.stringify(result.body)}`);
  }
  return result.body.data;
}

describe('CRM record screens in a real browser', () => {
  it('creates a company in the form (a bad domain refused where it was typed), shows its invoices, and works its timeline and My tasks', async () => {
    const name = uniqueName('Acme');
    const domain = `${slug('acme')}.example`;
    const page = await web.signedInPage(owner);
    await openScreen(page, '/companies');
    await page.getByRole('button', { name: 'New company' }).click();
    const form = page.getByRole('form', { name: 'Create company' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Domain').fill('acme dot com');
    await form.getByLabel('Industry').fill('Software');
    await form.getByRole('button', { name: 'Create company' }).click();
    // The server's DOMAIN_INVALID, under the domain field, which is marked invalid.
    await expectVisible(form.getByRole('alert'));
    expect(await form.getByRole('alert').first().textContent()).toMatch(/is not a domain like "acme\.com"/);
    expect(await form.getByLabel('Domain').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'crm-company-form-error');

    // Enter submits the form.
    await form.getByLabel('Domain').fill(domain);
    await form.getByLabel('Domain').press('Enter');
    await expectVisible(page.getByRole('status').getByRole('link', { name }));
    const list = page.getByRole('region', { name: 'Companies' });
    await list.getByRole('link', { name }).click();
    await expectVisible(page.getByRole('heading', { name, level: 1 }));
    const companyId = routeId(page);
    const saved = await gqlData<{ company: { name: string; domain: string; industry: string } }>(
      `query ($id: ID!) { company(id: $id) { name domain industry } }`,
      { id: companyId },
      owner.token,
    );
    expect(saved.company).toEqual({ name, domain, industry: 'Software' });

    // erp's side, through federation: a posted invoice and what the company owes.
    const invoice = await createInvoice(web.e2e, owner.token, companyId);
    await page.reload();
    const invoices = page.getByRole('list', { name: 'Invoices' });
    await expectVisible(invoices.getByText(invoice.number));
    await expectVisible(page.getByText('$100.50').first());

    // A note, then a task with a due date, on its timeline (newest first).
    const activities = page.getByRole('list', { name: 'Activities' });
    await page.getByLabel('Note subject').fill('Kick-off call');
    await page.getByLabel('Details').fill('They want the annual plan.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expectVisible(activities.getByText('Kick-off call'));
    await expectVisible(activities.getByText('They want the annual plan.'));
    await page.getByRole('radio', { name: 'Task' }).check();
    const task = `Send the proposal ${randomUUID().slice(0, 6)}`;
    await page.getByLabel('Task subject').fill(task);
    await page.getByLabel('Due date').fill('2031-03-14');
    await page.getByRole('button', { name: 'Add task' }).click();
    await expectVisible(activities.getByText(task));
    expect(await activities.getByRole('listitem').first().textContent()).toContain(task);
    await expectVisible(activities.getByText(/Due Mar 14, 2031/));
    await screenshot(page, 'crm-company-detail');

    // In My tasks while open…
    await page.getByRole('link', { name: 'My tasks' }).click();
    const open = page.getByRole('region', { name: 'Open tasks' });
    await expectVisible(open.getByText(task));
    await expectVisible(open.getByRole('link', { name }));

    // …completed on the company's timeline, and no longer in My tasks (but among the completed).
    await openScreen(page, `/companies/${companyId}`);
    await page.getByRole('button', { name: `Complete ${task}` }).click();
    await page
      .getByRole('button', { name: `Complete ${task}` })
      .waitFor({ state: 'detached', timeout: 10_000 });
    await expectVisible(activities.getByText(/Done /));
    await openScreen(page, '/tasks');
    await expectVisible(page.getByText('Nothing to do. Well done.'));
    expect(await page.getByText(task).count()).toBe(0);
    await page.getByRole('button', { name: 'Completed' }).click();
    await expectVisible(page.getByRole('region', { name: 'Completed tasks' }).getByText(task));
    const tasks = await gqlData<{ myTasks: { totalCount: number }; done: { totalCount: number } }>(
      `{ myTasks { totalCount } done: myTasks(done: true) { totalCount } }`,
      {},
      owner.token,
    );
    expect(tasks).toEqual({ myTasks: { totalCount: 0 }, done: { totalCount: 1 } });
    await page.context().close();
  });

  it('hides a company’s invoices and open balance from a role that may not read invoices', async () => {
    const name = uniqueName('Umbrella');
    const companyId = await createCompany(web.e2e, owner.token, name);
    await createInvoice(web.e2e, owner.token, companyId);
    const role = `crm-only-${randomUUID().slice(0, 6)}`;
    const created = await gqlData<{ createRole: { userErrors: unknown[] } }>(
      `mutation ($input: CreateRoleInput!) { createRole(input: $input) { ${USER_ERRORS} } }`,
      { input: { name: role, permissions: ['crm.company:read', 'crm.person:read', 'crm.activity:read'] } },
      owner.token,
    );
    expect(created.createRole.userErrors).toEqual([]);
    const email = `crm-only-${randomUUID().slice(0, 8)}@example.test`;
    const invited = await gqlData<{ inviteMember: { invitationToken: string } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken ${USER_ERRORS} } }`,
      { input: { email, role } },
      owner.token,
    );
    const accepted = await gqlData<{ acceptInvitation: { session: unknown } }>(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { session { accessToken } ${USER_ERRORS} } }`,
      { input: { token: invited.inviteMember.invitationToken, password: PASSWORD, name: 'Cora Readonly' } },
    );
    expect(accepted.acceptInvitation.session).toBeTruthy();

    const page = await (await web.context()).newPage();
    await page.goto(web.origin);
    await signIn(page, email);
    await openScreen(page, `/companies/${companyId}`);
    await expectVisible(page.getByRole('heading', { name, level: 1 }));
    await expectVisible(page.getByRole('heading', { name: 'Timeline' }));
    expect(await page.getByRole('heading', { name: 'Invoices' }).count()).toBe(0);
    expect(await page.getByText('Open balance').count()).toBe(0);
    // Nor may this role write: no forms to edit the company or log on its timeline.
    expect(await page.getByRole('button', { name: 'Edit company' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add note' }).count()).toBe(0);
    await page.context().close();
  });

  it('creates a person at a company and shows them with the company on their page', async () => {
    const companyName = uniqueName('Globex');
    await createCompany(web.e2e, owner.token, companyName);
    const email = `${slug('hank')}@globex.example`;
    const page = await web.signedInPage(owner);
    await openScreen(page, '/people');
    await page.getByRole('button', { name: 'New person' }).click();
    const form = page.getByRole('form', { name: 'New person' });
    await form.getByLabel('First name').fill('Hank');
    await form.getByLabel('Last name').fill('Scorpio');
    await form.getByLabel('E-mail').fill(email);
    await form.getByLabel('Job title').fill('CEO');
    await form.getByLabel('Find a company').fill(companyName);
    await form.getByRole('option', { name: companyName }).waitFor({ state: 'attached', timeout: 10_000 });
    // The select's name is its label and its current choice ("Company No company").
    await form.getByRole('combobox', { name: /^Company/ }).selectOption({ label: companyName });
    await form.getByRole('button', { name: 'Create person' }).click();
    await expectVisible(page.getByRole('status').getByRole('link', { name: 'Hank Scorpio' }));
    await page.getByLabel('Search people').fill(email);
    const list = page.getByRole('region', { name: 'People' });
    await expectVisible(list.getByText(companyName));
    await list.getByRole('link', { name: 'Hank Scorpio' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Hank Scorpio', level: 1 }));
    await expectVisible(page.getByRole('link', { name: email }));
    await page.getByLabel('Note subject').fill('Met at the expo');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expectVisible(page.getByRole('list', { name: 'Activities' }).getByText('Met at the expo'));

    // The person's company links to the company, which lists them.
    await page.getByRole('link', { name: companyName }).click();
    await expectVisible(page.getByRole('heading', { name: companyName, level: 1 }));
    await expectVisible(
      page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Hank Scorpio' }),
    );
    await page.context().close();
  });

  it('creates a lead, converts it, and follows the link to the company it became', async () => {
    const leadName = `Tomás ${randomUUID().slice(0, 6)}`;
    const companyName = uniqueName('Contoso');
    const domain = `${slug('contoso')}.example`;
    const page = await web.signedInPage(owner);
    await openScreen(page, '/leads');
    await page.getByRole('button', { name: 'New lead' }).click();
    const form = page.getByRole('form', { name: 'New lead' });
    await form.getByLabel('Name', { exact: true }).fill(leadName);
    await form.getByLabel('Company name').fill(companyName);
    await form.getByLabel('E-mail').fill(`tomas@${domain}`);
    await form.getByLabel('Source').selectOption({ label: 'Referral' });
    await form.getByLabel('Score (0–100)').fill('101');
    await form.getByRole('button', { name: 'Create lead' }).click();
    await expectVisible(form.getByRole('alert'));
    expect(await form.getByRole('alert').first().textContent()).toMatch(/0 to 100/);
    await form.getByLabel('Score (0–100)').fill('70');
    await form.getByRole('button', { name: 'Create lead' }).click();

    const row = page.getByRole('listitem', { name: leadName });
    await expectVisible(row);
    expect(await row.textContent()).toMatch(/New.*Score 70.*Referral/);
    await row.getByRole('button', { name: `Convert ${leadName}` }).click();
    const convert = row.getByRole('form', { name: `Convert ${leadName}` });
    expect(await convert.getByLabel('Company name').inputValue()).toBe(companyName);
    await screenshot(page, 'crm-leads');
    await convert.getByLabel('Amount').fill('1200');
    await convert.getByRole('button', { name: 'Convert lead' }).click();

    await expectVisible(row.getByText('Converted into'));
    expect(await row.textContent()).toContain('Converted');
    await expectVisible(row.getByRole('link', { name: leadName }));
    await row.getByRole('link', { name: companyName }).click();
    await expectVisible(page.getByRole('heading', { name: companyName, level: 1 }));
    await expectVisible(page.getByRole('list', { name: 'People' }).getByRole('link', { name: leadName }));
    await expectVisible(page.getByRole('list', { name: 'Deals' }).getByText(`${companyName}: new deal`));
    await expectVisible(page.getByText(domain));
    await page.context().close();
  });

  it('shows two companies with the same domain as duplicates; merging into one leaves that one', async () => {
    const domain = `${slug('initech')}.example`;
    const survivorName = uniqueName('Initech');
    const mergedName = uniqueName('Initech Corp');
    const survivorId = await gqlData<{ createCompany: { company: { id: string } } }>(
      `mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } ${USER_ERRORS} } }`,
      { input: { name: survivorName, domain } },
      owner.token,
    ).then((data) => data.createCompany.company.id);
    const mergedId = await gqlData<{ createCompany: { company: { id: string } } }>(
      `mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } ${USER_ERRORS} } }`,
      { input: { name: mergedName, domain: `www.${domain}` } },
      owner.token,
    ).then((data) => data.createCompany.company.id);

    const page = await web.signedInPage(owner);
    await openScreen(page, '/duplicates');
    const group = page.getByRole('listitem', { name: new RegExp(`Possible duplicates: .*${mergedName}`) });
    await expectVisible(group);
    expect(await group.textContent()).toContain('Same domain');
    await group.getByRole('button', { name: `Merge into ${survivorName}` }).click();
    const confirm = group.getByRole('group', { name: 'Confirm merge' });
    await expectVisible(confirm);
    expect(await confirm.textContent()).toContain(`Keep ${survivorName} and merge ${mergedName} into it?`);
    await screenshot(page, 'crm-duplicates-confirm');
    await confirm.getByRole('button', { name: 'Confirm merge' }).click();

    await expectVisible(page.getByRole('status').filter({ hasText: `Merged ${mergedName} into` }));
    await group.waitFor({ state: 'detached', timeout: 10_000 });
    const after = await gqlData<{
      companies: { edges: Array<{ node: { id: string; name: string } }> };
      merged: null | { id: string };
    }>(
      `query ($search: String!, $merged: ID!) {
        companies(search: $search) { edges { node { id name } } }
        merged: company(id: $merged) { id }
      }`,
      { search: domain, merged: mergedId },
      owner.token,
    );
    expect(after.companies.edges.map((edge) => edge.node)).toEqual([{ id: survivorId, name: survivorName }]);
    expect(after.merged).toBeNull();

    // The survivor's page, from the result.
    await page.getByRole('status').getByRole('link', { name: survivorName }).click();
    await expectVisible(page.getByRole('heading', { name: survivorName, level: 1 }));
    await page.context().close();
  });

  it('pages a list of 60 companies with "Load more", and never shows another organisation’s companies', async () => {
    const ownersCompany = uniqueName('Owner Only');
    await createCompany(web.e2e, owner.token, ownersCompany);
    const page = await web.signedInPage(bulk);
    await openScreen(page, '/companies');
    const list = page.getByRole('region', { name: 'Companies' });
    const rows = list.getByRole('listitem');
    await expectVisible(list.getByText('60 companies, 25 shown'));
    expect(await rows.count()).toBe(25);
    expect(await rows.first().textContent()).toContain(`${BULK_PREFIX} 01`);

    await list.getByRole('button', { name: 'Load more' }).click();
    await expectVisible(list.getByText(`${BULK_PREFIX} 50`));
    expect(await rows.count()).toBe(50);
    // Pages append: the first page is still there, in order.
    expect(await rows.first().textContent()).toContain(`${BULK_PREFIX} 01`);
    await list.getByRole('button', { name: 'Load more' }).click();
    await expectVisible(list.getByText(`${BULK_PREFIX} 60`));
    expect(await rows.count()).toBe(60);
    expect(await list.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    expect(await list.getByText('60 companies').textContent()).toBe('60 companies');

    // The other organisation's company is not found here, by name or at its address.
    await page.getByLabel('Search companies').fill(ownersCompany);
    await expectVisible(page.getByText(`No company matches “${ownersCompany}”.`));
    await page.context().close();
  });

  it('pages a long timeline, newest first, with "Load more"', async () => {
    const companyId = await createCompany(web.e2e, owner.token, uniqueName('Stark Industries'));
    await inBatches(
      Array.from({ length: 25 }, (_, index) => index + 1),
      5,
      (day) =>
        gqlData(
          `mutation ($input: LogActivityInput!) { logActivity(input: $input) { ${USER_ERRORS} } }`,
          {
            input: {
              kind: 'NOTE',
              subject: `Weekly sync ${String(day).padStart(2, '0')}`,
              companyId,
              occurredAt: `2030-01-${String(day).padStart(2, '0')}T10:00:00Z`,
            },
          },
          owner.token,
        ),
    );
    const page = await web.signedInPage(owner);
    await openScreen(page, `/companies/${companyId}`);
    const activities = page.getByRole('list', { name: 'Activities' });
    await expectVisible(page.getByText('25 activities'));
    const rows = activities.getByRole('listitem');
    expect(await rows.count()).toBe(20);
    expect(await rows.first().textContent()).toContain('Weekly sync 25');
    await page.getByRole('button', { name: 'Load more' }).click();
    await expectVisible(activities.getByText('Weekly sync 01'));
    expect(await rows.count()).toBe(25);
    expect(await rows.last().textContent()).toContain('Weekly sync 01');
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    await page.context().close();
  });

  it('renders every CRM screen at desktop and phone width (screenshots)', async () => {
    const companyName = uniqueName('Wayne Enterprises');
    const domain = `${slug('wayne')}.example`;
    const companyId = await gqlData<{ createCompany: { company: { id: string } } }>(
      `mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } ${USER_ERRORS} } }`,
      { input: { name: companyName, domain, industry: 'Manufacturing' } },
      owner.token,
    ).then((data) => data.createCompany.company.id);
    await createCompany(web.e2e, owner.token, `${companyName} (old)`).then((id) =>
      gqlData(
        `mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { ${USER_ERRORS} } }`,
        { input: { id, domain: `www.${domain}` } },
        owner.token,
      ),
    );
    const personId = await gqlData<{ createPerson: { person: { id: string } } }>(
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } ${USER_ERRORS} } }`,
      {
        input: {
          firstName: 'Lucius',
          lastName: 'Fox',
          emails: [`lucius@${domain}`],
          jobTitle: 'CTO',
          companyId,
        },
      },
      owner.token,
    ).then((data) => data.createPerson.person.id);
    await createInvoice(web.e2e, owner.token, companyId, { quantity: '3', unitPrice: '400' });
    await gqlData(
      `mutation ($input: CreateLeadInput!) { createLead(input: $input) { ${USER_ERRORS} } }`,
      {
        input: {
          name: 'Selina Kyle',
          companyName: 'Kyle Imports',
          email: `selina@${slug('kyle')}.example`,
          source: 'EVENT',
          status: 'QUALIFIED',
          score: 85,
        },
      },
      owner.token,
    );
    for (const [kind, subject, extra] of [
      ['NOTE', 'Quarterly review', { body: 'Renewal looks likely.' }],
      ['TASK', 'Call Lucius about the renewal', { dueAt: '2031-06-01T12:00:00Z' }],
    ] as const) {
      await gqlData(
        `mutation ($input: LogActivityInput!) { logActivity(input: $input) { ${USER_ERRORS} } }`,
        { input: { kind, subject, companyId, personId, ...extra } },
        owner.token,
      );
    }

    const screens: Array<[string, string, (page: Page) => Promise<void>]> = [
      ['crm-companies', '/companies', (page) => expectVisible(page.getByRole('link', { name: companyName }))],
      [
        'crm-company-detail',
        `/companies/${companyId}`,
        (page) => expectVisible(page.getByRole('list', { name: 'Activities' }).getByText('Quarterly review')),
      ],
      ['crm-people', '/people', (page) => expectVisible(page.getByRole('link', { name: 'Lucius Fox' }))],
      [
        'crm-person-detail',
        `/people/${personId}`,
        (page) => expectVisible(page.getByRole('list', { name: 'Activities' }).getByText('Quarterly review')),
      ],
      ['crm-leads', '/leads', (page) => expectVisible(page.getByRole('listitem', { name: 'Selina Kyle' }))],
      ['crm-tasks', '/tasks', (page) => expectVisible(page.getByText('Call Lucius about the renewal'))],
      [
        'crm-duplicates',
        '/duplicates',
        (page) => expectVisible(page.getByRole('button', { name: `Merge into ${companyName} (old)` })),
      ],
    ];
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await web.signedInPage(owner, viewport);
      for (const [name, route, ready] of screens) {
        await openScreen(page, route);
        await ready(page);
        await screenshot(page, name);
      }
      // On a phone the screens are reached through the menu.
      if (viewport === 'phone') {
        await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads' }).click();
        await expectVisible(page.getByRole('heading', { name: 'Leads', level: 1 }));
      }
      await page.context().close();
    }
  });
});
