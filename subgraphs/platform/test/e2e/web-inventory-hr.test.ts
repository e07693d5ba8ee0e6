import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { PASSWORD, USER_ERRORS, type SignedUpTenant } from './e2e-client';
import {
  expectVisible,
  openScreen,
  screenshot,
  signIn,
  startWebE2E,
  VIEWPORTS,
  type ViewportName,
  type WebE2E,
} from './web-browser';

/**
 * The inventory and HR screens in a real browser: a product, a warehouse and its locations, stock
 * received, a delivery past what is on hand refused with nothing changed, a delivery that fits, and
 * the product page's on-hand and valuation; a department, an employee linked to the signed-in user,
 * leave allocated, a request over the balance refused on the form, one within it approved and the
 * balance changing; and what a viewer is (not) offered.
 */

let web: WebE2E;
let owner: SignedUpTenant;
let viewerEmail: string;
/** Made through the browser by the inventory test, used by the later tests. */
let product: { id: string; sku: string; name: string } | null = null;

async function gqlData<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const result = await web.e2e.gql<T>(query, variables, token);
  if (!result.body.data || result.body.errors)
    throw new Error(`GraphQL failed: ${JSON.stringify(result.body)}`);
  return result.body.data;
}

/** Waits for `locator` to hold `text` (the page refetches after a mutation). */
async function expectTextIn(locator: Locator, text: string | RegExp): Promise<void> {
  const deadline = Date.now() + 10_000;
  let shown = '';
  while (Date.now() < deadline) {
    shown =
      (await locator
        .first()
        .textContent()
        .catch(() => '')) ?? '';
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(shown).toMatch(
    typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text,
  );
}

/** `YYYY-MM-DD` of a day `offset` days after `monday`. */
function dayAfter(monday: Date, offset: number): string {
  return new Date(monday.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The first Monday of this year (UTC) whose week lies in the year: leave allocated for the year fits it. */
function firstMondayOfYear(): Date {
  const year = new Date().getUTCFullYear();
  const day = new Date(Date.UTC(year, 0, 1));
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

async function onHandTotal(productId: string): Promise<string> {
  const data = await gqlData<{ stockOnHand: { total: string } }>(
    `query ($id: ID!) { stockOnHand(productId: $id) { total } }`,
    { id: productId },
    owner.token,
  );
  return data.stockOnHand.total;
}

/** A member of the owner's tenant with the built-in viewer role, signed up through an invitation. */
async function inviteViewer(): Promise<string> {
  const email = `web-inv-viewer-${randomUUID().slice(0, 8)}@example.test`;
  const invited = await gqlData<{ inviteMember: { invitationToken: string } }>(
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken ${USER_ERRORS} } }`,
    { input: { email, role: 'viewer' } },
    owner.token,
  );
  const accepted = await web.e2e.gql<{ acceptInvitation: { session: unknown } }>(
    `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { session { accessToken } ${USER_ERRORS} } }`,
    { input: { token: invited.inviteMember.invitationToken, password: PASSWORD, name: 'Vic Viewer' } },
  );
  expect(accepted.body.data?.acceptInvitation.session).toBeTruthy();
  return email;
}

beforeAll(async () => {
  web = await startWebE2E();
  owner = await web.e2e.signUpTenant('web-inv');
  viewerEmail = await inviteViewer();
}, 120_000);
afterAll(async () => {
  await web?.stop();
});

describe('inventory in the browser', () => {
  it('creates a product (a duplicate SKU refused under the field), a warehouse with a location, receives and delivers stock, refuses a delivery past on-hand, and shows on-hand and valuation', async () => {
    const page = await web.signedInPage(owner);
    const sku = `CHAIR-${randomUUID().slice(0, 6).toUpperCase()}`;
    const name = 'Oak chair';

    await openScreen(page, '/products');
    await expectVisible(page.getByText('No products yet.'));
    await page.getByRole('button', { name: 'New product' }).click();
    let form = page.getByRole('form', { name: 'Create product' });
    await form.getByLabel('SKU').fill(sku);
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Unit').selectOption('unit');
    await form.getByLabel('Currency').fill('eur');
    await form.getByLabel('Cost price').fill('40.00');
    await form.getByLabel('Sale price').fill('99.90');
    await form.getByRole('button', { name: 'Create product' }).click();
    await expectVisible(page.getByRole('status').getByRole('link', { name: `${sku} ${name}` }));
    await expectVisible(page.getByRole('region', { name: 'Products' }).getByRole('link', { name: sku }));

    // The same SKU in another case: DUPLICATE_SKU under the SKU field, nothing created.
    await page.getByRole('button', { name: 'New product' }).click();
    form = page.getByRole('form', { name: 'Create product' });
    await form.getByLabel('SKU').fill(sku.toLowerCase());
    await form.getByLabel('Name').fill('Another chair');
    await form.getByRole('button', { name: 'Create product' }).click();
    const skuError = form.getByRole('alert');
    await expectVisible(skuError);
    expect(await skuError.textContent()).toMatch(/already has the SKU/);
    expect(await form.getByLabel('SKU').getAttribute('aria-invalid')).toBe('true');
    const catalogue = await gqlData<{
      products: { totalCount: number; edges: Array<{ node: { id: string } }> };
    }>(`{ products { totalCount edges { node { id } } } }`, {}, owner.token);
    expect(catalogue.products.totalCount).toBe(1);
    product = { id: catalogue.products.edges[0].node.id, sku, name };
    await form.getByRole('button', { name: 'Cancel' }).click();

    // A warehouse (with its default location STOCK) and a location of its own.
    await openScreen(page, '/warehouses');
    await expectVisible(page.getByText('No warehouses yet.'));
    await page.getByRole('button', { name: 'New warehouse' }).click();
    const warehouseForm = page.getByRole('form', { name: 'New warehouse' });
    await warehouseForm.getByLabel('Code').fill('wh1');
    await warehouseForm.getByLabel('Name').fill('Main');
    await warehouseForm.getByRole('button', { name: 'Create warehouse' }).click();
    await expectVisible(page.getByText('Created warehouse WH1 Main, with its location STOCK.'));
    const locations = page.getByRole('list', { name: 'Locations of WH1' });
    await expectVisible(locations.getByText('STOCK'));
    await page.getByRole('button', { name: 'Add location to WH1' }).click();
    const locationForm = page.getByRole('form', { name: 'New location in WH1' });
    await locationForm.getByLabel('Location code').fill('a-01');
    await locationForm.getByLabel('Location name').fill('Shelf A');
    await locationForm.getByRole('button', { name: 'Add location' }).click();
    await expectVisible(locations.getByText('A-01'));

    // Receive 10 at 41.50.
    await openScreen(page, '/stock');
    const moveForm = page.getByRole('form', { name: 'Record a stock move' });
    await expectVisible(moveForm);
    await moveForm.getByLabel('Find a product').fill(sku.slice(0, 8));
    await moveForm.getByLabel('Product', { exact: true }).selectOption({ label: `${sku} ${name}` });
    await expectTextIn(moveForm.getByRole('status', { name: 'On hand now' }), 'On hand: 0');
    await moveForm.getByLabel('Into location').selectOption({ label: 'WH1/STOCK Stock' });
    await moveForm.getByLabel('Quantity').fill('10');
    await moveForm.getByLabel('Unit cost').fill('41.50');
    await moveForm.getByRole('button', { name: 'Record receipt' }).click();
    await expectVisible(page.getByText(`Received 10 of ${sku} into WH1/STOCK.`));
    await expectTextIn(moveForm.getByRole('status', { name: 'On hand now' }), 'On hand: 10');
    expect(await onHandTotal(product.id)).toBe('10');

    // Deliver 11: INSUFFICIENT_STOCK under Quantity, and nothing changed.
    await moveForm.getByRole('button', { name: 'Delivery' }).click();
    await moveForm.getByLabel('From location').selectOption({ label: 'WH1/STOCK Stock' });
    await moveForm.getByLabel('Quantity').fill('11');
    await moveForm.getByRole('button', { name: 'Record delivery' }).click();
    const quantityError = moveForm.getByRole('alert');
    await expectVisible(quantityError);
    expect(await quantityError.textContent()).toMatch(/Not enough .* at WH1\/STOCK: 10 available, 11 asked/);
    expect(await moveForm.getByLabel('Quantity').getAttribute('aria-invalid')).toBe('true');
    await expectTextIn(moveForm.getByRole('status', { name: 'On hand now' }), 'On hand: 10');
    expect(await onHandTotal(product.id)).toBe('10');
    const moves = await gqlData<{ stockMoves: { totalCount: number } }>(
      `{ stockMoves { totalCount } }`,
      {},
      owner.token,
    );
    expect(moves.stockMoves.totalCount).toBe(1);
    await screenshot(page, 'stock-move-refused');

    // Deliver 3: on-hand drops to 7.
    await moveForm.getByLabel('Quantity').fill('3');
    await moveForm.getByRole('button', { name: 'Record delivery' }).click();
    await expectVisible(page.getByText(`Delivered 3 of ${sku} from WH1/STOCK.`));
    await expectTextIn(moveForm.getByRole('status', { name: 'On hand now' }), 'On hand: 7');
    expect(await moveForm.getByRole('alert').count()).toBe(0);
    expect(await onHandTotal(product.id)).toBe('7');
    const moveList = page.getByRole('region', { name: 'Stock moves' });
    await expectVisible(moveList.getByText('2 moves'));

    // The product page: 7 on hand in WH1/STOCK, worth 7 × 41.50.
    await openScreen(page, `/products/${product.id}`);
    await expectVisible(page.getByRole('heading', { name: `${sku} ${name}` }));
    const onHandCard = page.getByRole('table', { name: 'On hand per location' });
    await expectVisible(onHandCard.getByRole('row', { name: /WH1\/STOCK Stock 7/ }));
    await expectVisible(page.getByText('Total: 7'));
    await expectVisible(page.getByText('€290.50'));
    await expectVisible(page.getByText('€41.50'));

    // A reorder rule: below 10 in WH1, refill to 50: it is to reorder, 43 of it.
    await page.getByRole('button', { name: 'Set a reorder rule' }).click();
    const ruleForm = page.getByRole('form', { name: 'Set reorder rule' });
    await ruleForm.getByLabel('Warehouse').selectOption({ label: 'WH1 Main' });
    await ruleForm.getByLabel('Minimum').fill('10');
    await ruleForm.getByLabel('Maximum').fill('50');
    await ruleForm.getByRole('button', { name: 'Set rule' }).click();
    await expectVisible(
      page.getByRole('list', { name: 'Reorder rules' }).getByText('below 10, refill to 50'),
    );
    await openScreen(page, '/reorder');
    const toReorder = page.getByRole('region', { name: 'Products to reorder' });
    await expectVisible(toReorder.getByRole('link', { name: sku }));
    await expectTextIn(toReorder.getByRole('listitem'), 'order 43');
    await page.context().close();
  });
});

describe('HR and leave in the browser', () => {
  it('creates a department and an employee linked to the signed-in user, allocates leave, refuses a request over the balance on the form, and approves one within it', async () => {
    const page = await web.signedInPage(owner);
    await openScreen(page, '/departments');
    await expectVisible(page.getByText('No departments yet.'));
    await page.getByRole('button', { name: 'New department' }).click();
    const departmentForm = page.getByRole('form', { name: 'New department' });
    await departmentForm.getByLabel('Name').fill('Operations');
    await departmentForm.getByRole('button', { name: 'Create department' }).click();
    await expectVisible(page.getByText('Created department Operations.'));
    await expectVisible(page.getByRole('region', { name: 'Departments' }).getByText('Operations'));
    await gqlData(
      `mutation { createDepartment(input: { name: "Sales" }) { department { id } ${USER_ERRORS} } }`,
      {},
      owner.token,
    );

    // My leave before the link: the account has no employee record.
    await openScreen(page, '/leave');
    await expectVisible(page.getByText('Your account is not linked to an employee record yet.'));

    await openScreen(page, '/employees');
    await expectVisible(page.getByText('No employees yet.'));
    await page.getByRole('button', { name: 'New employee' }).click();
    const employeeForm = page.getByRole('form', { name: 'Create employee' });
    await employeeForm.getByLabel('Name').fill('Olive Owner');
    await employeeForm.getByLabel('Job title').fill('Operations lead');
    await employeeForm.getByLabel('Work e-mail').fill('olive@example.test');
    await employeeForm.getByLabel('Hire date').fill('2024-02-01');
    await employeeForm.getByLabel('Department').selectOption({ label: 'Operations' });
    await employeeForm.getByLabel('Signs in as').selectOption({ label: `${owner.name} (${owner.email})` });
    await employeeForm.getByRole('button', { name: 'Create employee' }).click();
    await expectVisible(page.getByRole('status').getByRole('link', { name: 'Olive Owner' }));
    const linked = await gqlData<{
      me: { user: { employee: { name: string; jobTitle: string; department: { name: string } } | null } };
    }>(`{ me { user { employee { name jobTitle department { name } } } } }`, {}, owner.token);
    expect(linked.me.user.employee).toEqual({
      name: 'Olive Owner',
      jobTitle: 'Operations lead',
      department: { name: 'Operations' },
    });

    // The department filter: Olive in Operations, nobody in Sales.
    const filter = page.getByLabel('Department');
    await filter.selectOption({ label: 'Sales' });
    await expectVisible(page.getByText('No employee matches.'));
    await filter.selectOption({ label: 'Operations' });
    await expectVisible(
      page.getByRole('region', { name: 'Employees' }).getByRole('link', { name: 'Olive Owner' }),
    );

    // A leave type and 3 days of it for this year.
    await openScreen(page, '/leave-types');
    const typeForm = page.getByRole('form', { name: 'New leave type' });
    await typeForm.getByLabel('Leave type name').fill('Paid time off');
    await typeForm.getByRole('button', { name: 'Add leave type' }).click();
    await expectVisible(page.getByRole('list', { name: 'Leave types' }).getByText('Paid time off'));
    const allocationForm = page.getByRole('form', { name: 'Allocate leave' });
    await allocationForm.getByLabel('Find employee').fill('Olive');
    await allocationForm.getByLabel('Employee', { exact: true }).selectOption({ label: 'Olive Owner' });
    await allocationForm.getByLabel('Leave type').selectOption({ label: 'Paid time off' });
    await allocationForm.getByLabel('Days').fill('3');
    await allocationForm.getByRole('button', { name: 'Allocate' }).click();
    await expectVisible(page.getByText('Allocated 3 days of Paid time off to Olive Owner.'));
    await expectVisible(page.getByRole('region', { name: 'Allocations' }).getByText('Olive Owner'));

    // My leave: 3 days left. A whole week (5 working days) is refused under its last day.
    await openScreen(page, '/leave');
    const balance = page.getByRole('region', { name: 'Paid time off balance' });
    await expectTextIn(balance, '3 days left');
    const monday = firstMondayOfYear();
    const requestForm = page.getByRole('form', { name: 'Request leave' });
    await requestForm.getByLabel('Leave type').selectOption({ label: 'Paid time off' });
    await requestForm.getByLabel('First day').fill(dayAfter(monday, 0));
    await requestForm.getByLabel('Last day').fill(dayAfter(monday, 4));
    await requestForm.getByRole('button', { name: 'Request leave' }).click();
    const overBalance = requestForm.getByRole('alert');
    await expectVisible(overBalance);
    expect(await overBalance.textContent()).toMatch(
      /Paid time off: only 3 days remain.*this request needs 5/,
    );
    expect(await requestForm.getByLabel('Last day').getAttribute('aria-invalid')).toBe('true');
    await expectTextIn(balance, '3 days left');
    await expectVisible(page.getByText('You have not requested leave yet.'));

    // Monday and Tuesday fit: 2 days pending, 1 left.
    await requestForm.getByLabel('Last day').fill(dayAfter(monday, 1));
    await requestForm.getByRole('button', { name: 'Request leave' }).click();
    await expectVisible(page.getByText('Requested 2 days of Paid time off; it waits for approval.'));
    await expectTextIn(balance, '1 day left');
    await expectTextIn(balance, '3 allocated · 0 approved · 2 pending');
    await expectVisible(page.getByRole('region', { name: 'My leave requests' }).getByText('Pending'));

    // Tuesday again overlaps: LEAVE_OVERLAP under the first day.
    await requestForm.getByLabel('First day').fill(dayAfter(monday, 1));
    await requestForm.getByLabel('Last day').fill(dayAfter(monday, 1));
    await requestForm.getByRole('button', { name: 'Request leave' }).click();
    await expectTextIn(requestForm.getByRole('alert'), 'These dates overlap');
    expect(await requestForm.getByLabel('First day').getAttribute('aria-invalid')).toBe('true');

    // The approver's queue: approve it; the balance moves from pending to approved.
    await openScreen(page, '/leave-approvals');
    const queue = page.getByRole('region', { name: 'Pending leave requests' });
    const row = queue.getByRole('listitem', { name: /^Olive Owner: Paid time off/ });
    await expectVisible(row);
    await row.getByRole('button', { name: 'Approve' }).click();
    await expectVisible(page.getByText('Approved 2 days of Paid time off for Olive Owner.'));
    await expectVisible(page.getByText('No leave waits for a decision.'));
    await openScreen(page, '/leave');
    await expectTextIn(balance, '3 allocated · 2 approved · 0 pending');
    await expectTextIn(balance, '1 day left');
    await expectVisible(page.getByRole('region', { name: 'My leave requests' }).getByText('Approved'));
    const requests = await gqlData<{
      leaveRequests: { edges: Array<{ node: { status: string; days: string } }> };
    }>(`{ leaveRequests { edges { node { status days } } } }`, {}, owner.token);
    expect(requests.leaveRequests.edges.map((edge) => edge.node)).toEqual([
      { status: 'APPROVED', days: '2' },
    ]);
    await page.context().close();
  });
});

describe('a viewer', () => {
  it('sees the inventory and HR screens but none of their write actions', async () => {
    const page = await (await web.context('desktop')).newPage();
    await page.goto(web.origin);
    await signIn(page, viewerEmail);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const label of [
      'Products',
      'Warehouses',
      'Stock moves',
      'To reorder',
      'Employees',
      'Departments',
      'My leave',
      'Leave types',
    ])
      await expectVisible(nav.getByRole('link', { name: label, exact: true }));
    expect(await nav.getByRole('link', { name: 'Leave approvals' }).count()).toBe(0);

    await openScreen(page, '/products');
    await expectVisible(
      page.getByRole('region', { name: 'Products' }).getByRole('link', { name: product?.sku }),
    );
    expect(await page.getByRole('button', { name: 'New product' }).count()).toBe(0);
    await openScreen(page, `/products/${product?.id}`);
    await expectVisible(page.getByText('Total: 7'));
    expect(await page.getByRole('button', { name: 'Edit product' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Set a reorder rule' }).count()).toBe(0);
    // No erp.valuation:read: no value asked for, none shown.
    expect(await page.getByRole('heading', { name: 'Valuation' }).count()).toBe(0);

    await openScreen(page, '/warehouses');
    await expectVisible(page.getByRole('list', { name: 'Locations of WH1' }));
    expect(await page.getByRole('button', { name: 'New warehouse' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Add location/ }).count()).toBe(0);
    await openScreen(page, '/stock');
    await expectVisible(page.getByRole('region', { name: 'Stock moves' }).getByText('2 moves'));
    expect(await page.getByRole('form', { name: 'Record a stock move' }).count()).toBe(0);

    await openScreen(page, '/employees');
    await expectVisible(page.getByRole('link', { name: 'Olive Owner' }));
    expect(await page.getByRole('button', { name: 'New employee' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Olive Owner' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Olive Owner' }));
    expect(await page.getByRole('button', { name: 'Edit employee' }).count()).toBe(0);
    await openScreen(page, '/departments');
    await expectVisible(page.getByText('Operations'));
    expect(await page.getByRole('button', { name: 'New department' }).count()).toBe(0);
    await openScreen(page, '/leave-types');
    await expectVisible(page.getByRole('list', { name: 'Leave types' }).getByText('Paid time off'));
    expect(await page.getByRole('form', { name: 'New leave type' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Allocate leave' }).count()).toBe(0);
    await openScreen(page, '/leave');
    await expectVisible(page.getByText('Your account is not linked to an employee record yet.'));
    expect(await page.getByRole('form', { name: 'Request leave' }).count()).toBe(0);
    await openScreen(page, '/leave-approvals');
    await expectVisible(page.getByText('This page does not exist, or your role cannot see it.'));
    await page.context().close();
  });
});

/** Opens `route` and waits for `ready` before saving its screenshot as `name`. */
async function shoot(page: Page, route: string, name: string, ready: (page: Page) => Locator): Promise<void> {
  await openScreen(page, route);
  await expectVisible(ready(page));
  await screenshot(page, name);
}

describe('screenshots', () => {
  it('shows every inventory and HR screen at desktop and phone width', async () => {
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      const page = await web.signedInPage(owner, viewport);
      await shoot(page, '/products', 'products', (shown) => shown.getByRole('link', { name: product?.sku }));
      await shoot(page, `/products/${product?.id}`, 'product', (shown) => shown.getByText('Total: 7'));
      await shoot(page, '/warehouses', 'warehouses', (shown) =>
        shown.getByRole('list', { name: 'Locations of WH1' }),
      );
      await shoot(page, '/stock', 'stock-moves', (shown) => shown.getByText('2 moves'));
      await shoot(page, '/reorder', 'reorder', (shown) => shown.getByText('order 43'));
      await shoot(page, '/employees', 'employees', (shown) =>
        shown.getByRole('link', { name: 'Olive Owner' }),
      );
      await shoot(page, '/departments', 'departments', (shown) => shown.getByText('Operations'));
      await shoot(page, '/leave', 'my-leave', (shown) => shown.getByText('1 day left'));
      await shoot(page, '/leave-approvals', 'leave-approvals', (shown) => shown.getByText('No leave waits'));
      await shoot(page, '/leave-types', 'leave-types', (shown) =>
        shown.getByRole('region', { name: 'Allocations' }).getByText('Olive Owner'),
      );
      await page.context().close();
    }
  });
});
