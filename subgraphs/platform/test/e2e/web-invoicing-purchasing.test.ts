import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import {
  createCompany,
  createInvoice,
  PASSWORD,
  USER_ERRORS,
  waitUntilBillable,
  type SignedUpTenant,
} from './e2e-client';
import { expectVisible, openScreen, screenshot, startWebE2E, type WebE2E } from './web-browser';

/**
 * The invoicing and purchasing screens in a real browser: an invoice with a taxed line written,
 * posted, paid in part (its residual and status changing), a payment over the residual refused at
 * its field with nothing recorded, then paid in full; a credit note on another invoice and the
 * receivables ageing showing what is open; a product and a purchase order written in the browser,
 * confirmed, received in part, an over-receipt refused at its line, the received goods billed; and
 * a viewer offered none of the write actions.
 */

let web: WebE2E;
let owner: SignedUpTenant;
let viewerEmail: string;
let customer: { id: string; name: string };
/** Made by the tests, looked at again by the viewer's. */
let paidInvoiceId = '';
let orderId = '';

async function gqlData<T>(
  query: string,
  variables: Record<string, unknown>,
  token = owner.token,
): Promise<T> {
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

interface InvoiceState {
  status: string;
  residual: { amount: string };
  amountPaid: { amount: string };
  payments: Array<{ id: string }>;
  creditNotes: Array<{ id: string }>;
}

async function invoiceState(id: string): Promise<InvoiceState> {
  const data = await gqlData<{ invoice: InvoiceState }>(
    `query ($id: ID!) { invoice(id: $id) { status residual { amount } amountPaid { amount }
       payments { id } creditNotes { id } } }`,
    { id },
  );
  return data.invoice;
}

async function orderLines(id: string) {
  const data = await gqlData<{
    purchaseOrder: {
      status: string;
      lines: Array<{ receivedQuantity: string; billedQuantity: string }>;
      bills: Array<{ number: string }>;
    };
  }>(
    `query ($id: ID!) { purchaseOrder(id: $id) { status lines { receivedQuantity billedQuantity } bills { number } } }`,
    { id },
  );
  return data.purchaseOrder;
}

async function onHandTotal(productId: string): Promise<number> {
  const data = await gqlData<{ stockOnHand: { total: string } }>(
    `query ($id: ID!) { stockOnHand(productId: $id) { total } }`,
    { id: productId },
  );
  return Number(data.stockOnHand.total);
}

/** A member of the owner's tenant with the built-in viewer role, signed up through an invitation. */
async function inviteViewer(): Promise<string> {
  const email = `web-billing-viewer-${randomUUID().slice(0, 8)}@example.test`;
  const invited = await gqlData<{ inviteMember: { invitationToken: string } }>(
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken ${USER_ERRORS} } }`,
    { input: { email, role: 'viewer' } },
  );
  const accepted = await web.e2e.gql<{ acceptInvitation: { session: unknown } }>(
    `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { session { accessToken } ${USER_ERRORS} } }`,
    { input: { token: invited.inviteMember.invitationToken, password: PASSWORD, name: 'Vera Viewer' } },
  );
  expect(accepted.body.data?.acceptInvitation.session).toBeTruthy();
  return email;
}

/** Opens the invoice page (from the list, as a user would) and waits for its heading. */
async function openInvoice(page: Page, id: string): Promise<void> {
  await openScreen(page, `/invoices/${id}`);
  await expectVisible(page.getByRole('heading', { name: /^Invoice INV-\d+$/ }));
}

beforeAll(async () => {
  web = await startWebE2E();
  owner = await web.e2e.signUpTenant('web-billing');
  viewerEmail = await inviteViewer();
  const name = `Globex ${randomUUID().slice(0, 6)}`;
  customer = { id: await createCompany(web.e2e, owner.token, name), name };
  await waitUntilBillable(web.e2e, owner.token, customer.id);
  const rate = await gqlData<{ createTaxRate: { taxRate: { id: string } | null } }>(
    `mutation ($input: CreateTaxRateInput!) { createTaxRate(input: $input) { taxRate { id } ${USER_ERRORS} } }`,
    { input: { name: 'VAT 20%', rate: '20' } },
  );
  expect(rate.createTaxRate.taxRate).toBeTruthy();
}, 120_000);
afterAll(async () => {
  await web?.stop();
});

describe('invoices with payments in the browser', () => {
  it('writes a taxed invoice, posts it, pays part, refuses a payment over the residual, then pays the rest', async () => {
    const page = await web.signedInPage(owner);
    await openScreen(page, '/invoices');
    await page.getByRole('link', { name: 'New invoice' }).click();
    await expectVisible(page.getByRole('heading', { name: 'New invoice' }));
    await page.getByLabel('Find customer').fill(customer.name);
    await page.getByRole('combobox', { name: /^Customer/ }).selectOption({ label: customer.name });
    await page.getByLabel('Payment terms').selectOption({ label: 'Net 30 days' });
    const line = page.getByRole('group', { name: 'Line 1' });
    await line.getByLabel('Description').fill('Design workshop');
    await line.getByLabel('Quantity').fill('2');
    await line.getByLabel('Unit price').fill('50.00');
    await line.getByLabel('Tax rate').selectOption({ label: 'VAT 20% (20 %)' });
    // The preview computes the tax as the server will.
    await expectTextIn(page.getByLabel('Invoice tax'), '20.00');
    await expectTextIn(page.getByLabel('Invoice total'), '120.00');
    await screenshot(page, 'invoice-taxed-form');
    await page.getByRole('button', { name: 'Create draft invoice' }).click();

    await expectVisible(page.getByRole('heading', { name: /^Invoice INV-\d+$/ }));
    await expectTextIn(page.getByLabel('Residual'), '120.00');
    paidInvoiceId = page.url().split('/invoices/')[1] ?? '';
    expect(paidInvoiceId).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Post invoice' }).click();
    await page.getByRole('button', { name: 'Yes, post it' }).click();
    await expectVisible(page.getByText('Posted', { exact: true }));

    // A partial payment: 50 of 120; the form offers the residual first.
    await page.getByRole('button', { name: 'Record payment' }).click();
    let form = page.getByRole('form', { name: 'Record payment' });
    expect(await form.getByLabel('Amount (USD)').inputValue()).toBe('120.00');
    await form.getByLabel('Amount (USD)').fill('50.00');
    await form.getByLabel('Reference').fill('WIRE-1');
    await form.getByRole('button', { name: 'Record payment' }).click();
    await expectVisible(page.getByText('Partially paid', { exact: true }));
    await expectTextIn(page.getByLabel('Residual'), '70.00');
    await expectVisible(page.getByRole('list', { name: 'Payments' }).getByText('WIRE-1'));
    let state = await invoiceState(paidInvoiceId);
    expect(state).toMatchObject({ status: 'PARTIALLY_PAID', residual: { amount: '70.00' } });

    // More than is owed: refused under the amount, nothing recorded.
    await page.getByRole('button', { name: 'Record payment' }).click();
    form = page.getByRole('form', { name: 'Record payment' });
    expect(await form.getByLabel('Amount (USD)').inputValue()).toBe('70.00');
    await form.getByLabel('Amount (USD)').fill('80.00');
    await form.getByRole('button', { name: 'Record payment' }).click();
    await expectVisible(form.getByRole('alert'));
    expect(await form.getByLabel('Amount (USD)').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByRole('alert').first().textContent()).toMatch(/70/);
    await screenshot(page, 'invoice-payment-refused');
    state = await invoiceState(paidInvoiceId);
    expect(state.payments).toHaveLength(1);
    expect(state).toMatchObject({ status: 'PARTIALLY_PAID', residual: { amount: '70.00' } });

    // The rest: PAID, nothing owed, no more payment to record.
    await form.getByLabel('Amount (USD)').fill('70.00');
    await form.getByRole('button', { name: 'Record payment' }).click();
    await expectVisible(page.getByText('Paid', { exact: true }));
    await expectTextIn(page.getByLabel('Residual'), '0.00');
    expect(await page.getByRole('button', { name: 'Record payment' }).count()).toBe(0);
    state = await invoiceState(paidInvoiceId);
    expect(state).toMatchObject({
      status: 'PAID',
      residual: { amount: '0.00' },
      amountPaid: { amount: '120.00' },
    });
    expect(state.payments).toHaveLength(2);
    await screenshot(page, 'invoice-paid');

    // The list shows the new status and filters by it.
    await openScreen(page, '/invoices');
    await page.getByLabel('Status').selectOption({ label: 'Paid' });
    // (A phone shows the status under the number instead: the desktop's is the visible one.)
    await expectVisible(
      page
        .getByRole('region', { name: 'Invoices' })
        .getByText('Paid', { exact: true })
        .locator('visible=true'),
    );
    await expectVisible(page.getByText('1 invoice'));
  });

  it('issues a credit note on another invoice, refuses one over the residual, and the ageing shows what is open', async () => {
    const invoice = await createInvoice(web.e2e, owner.token, customer.id);
    expect(invoice.total.amount).toBe('100.50');
    const page = await web.signedInPage(owner);
    await openInvoice(page, invoice.id);
    await page.getByRole('button', { name: 'Issue credit note' }).click();
    const form = page.getByRole('form', { name: 'Issue credit note' });
    await form.getByLabel('Credit amount (USD)').fill('200.00');
    await form.getByLabel('Reason').fill('Damaged goods');
    await form.getByRole('button', { name: 'Issue credit note' }).click();
    await expectVisible(form.getByRole('alert'));
    expect(await form.getByLabel('Credit amount (USD)').getAttribute('aria-invalid')).toBe('true');
    expect((await invoiceState(invoice.id)).creditNotes).toHaveLength(0);

    await form.getByLabel('Credit amount (USD)').fill('30.00');
    await form.getByRole('button', { name: 'Issue credit note' }).click();
    const notes = page.getByRole('list', { name: 'Credit notes' });
    await expectVisible(notes.getByText('Damaged goods'));
    await expectVisible(notes.getByText(/^CN-\d+$/));
    await expectTextIn(page.getByLabel('Residual'), '70.50');
    await expectVisible(page.getByText('Partially paid', { exact: true }));
    const state = await invoiceState(invoice.id);
    expect(state).toMatchObject({ status: 'PARTIALLY_PAID', residual: { amount: '70.50' } });
    expect(state.creditNotes).toHaveLength(1);

    await openScreen(page, '/receivables');
    await expectVisible(page.getByRole('heading', { name: 'Receivables ageing' }));
    const perCustomer = page.getByRole('table', { name: 'Per customer' });
    const row = perCustomer.getByRole('row').filter({ hasText: customer.name });
    await expectVisible(row);
    await expectTextIn(row, '70.50');
    await expectTextIn(
      page.getByRole('table', { name: 'Totals per currency' }).getByRole('row', { name: /USD/ }),
      '70.50',
    );
    await screenshot(page, 'receivables-ageing');
    const phone = await web.signedInPage(owner, 'phone');
    await openScreen(phone, '/receivables');
    await expectVisible(phone.getByRole('table', { name: 'Per customer' }));
    await screenshot(phone, 'receivables-ageing');
    await openInvoice(phone, invoice.id);
    await expectVisible(phone.getByRole('list', { name: 'Credit notes' }));
    await screenshot(phone, 'invoice-credited');
  });
});

describe('purchase orders in the browser', () => {
  it('orders a product, confirms, receives part, refuses an over-receipt at its line, and bills what was received', async () => {
    const warehouse = await gqlData<{ createWarehouse: { warehouse: { id: string } | null } }>(
      `mutation ($input: CreateWarehouseInput!) { createWarehouse(input: $input) { warehouse { id } ${USER_ERRORS} } }`,
      { input: { code: 'wh1', name: 'Main' } },
    );
    expect(warehouse.createWarehouse.warehouse).toBeTruthy();
    const page = await web.signedInPage(owner);
    const sku = `BOLT-${randomUUID().slice(0, 6).toUpperCase()}`;

    await openScreen(page, '/products');
    await page.getByRole('button', { name: 'New product' }).click();
    const productForm = page.getByRole('form', { name: 'Create product' });
    await productForm.getByLabel('SKU').fill(sku);
    await productForm.getByLabel('Name').fill('Steel bolt');
    await productForm.getByLabel('Currency').fill('USD');
    await productForm.getByLabel('Cost price').fill('4.00');
    await productForm.getByRole('button', { name: 'Create product' }).click();
    await expectVisible(page.getByRole('status').getByRole('link', { name: `${sku} Steel bolt` }));
    const products = await gqlData<{ products: { edges: Array<{ node: { id: string } }> } }>(
      `{ products { edges { node { id } } } }`,
      {},
    );
    const productId = products.products.edges[0].node.id;

    await openScreen(page, '/purchase-orders');
    await expectVisible(page.getByText('No purchase orders yet.'));
    await page.getByRole('link', { name: 'New purchase order' }).click();
    await page.getByLabel('Find supplier').fill(customer.name);
    await page.getByRole('combobox', { name: /^Supplier/ }).selectOption({ label: customer.name });
    const line = page.getByRole('group', { name: 'Line 1' });
    await line.getByLabel('Find a product').fill(sku);
    await line.getByLabel('Product', { exact: true }).selectOption({ label: `${sku} Steel bolt` });
    await line.getByLabel('Quantity').fill('10');
    await line.getByLabel('Unit cost (USD)').fill('4.00');
    await line.getByLabel('Tax rate').selectOption({ label: 'VAT 20% (20 %)' });
    await line.getByLabel('Warehouse').selectOption({ label: 'WH1 Main' });
    await expectTextIn(page.getByLabel('Order total'), '48.00');
    await page.getByRole('button', { name: 'Create draft order' }).click();

    await expectVisible(page.getByRole('heading', { name: /^Purchase order PO-\d+$/ }));
    orderId = page.url().split('/purchase-orders/')[1] ?? '';
    await expectVisible(page.getByText('Draft', { exact: true }));
    await page.getByRole('button', { name: 'Confirm order' }).click();
    await expectVisible(page.getByText('Confirmed', { exact: true }));

    // Receive 4 of 10.
    await page.getByRole('button', { name: 'Receive goods' }).click();
    let receive = page.getByRole('form', { name: 'Receive goods' });
    expect(await receive.getByLabel('Quantity received, line 1').inputValue()).toBe('10');
    await receive.getByLabel('Quantity received, line 1').fill('4');
    await receive.getByRole('button', { name: 'Receive' }).click();
    await expectVisible(page.getByText('Partially received', { exact: true }));
    const lineRow = page
      .getByRole('table', { name: 'Order lines' })
      .getByRole('row')
      .filter({ hasText: sku });
    await expectTextIn(lineRow.getByRole('cell').nth(2), /^4(\.0+)?$/);
    await expectTextIn(lineRow.getByRole('cell').nth(3), /^0(\.0+)?$/);
    expect(await onHandTotal(productId)).toBe(4);

    // 7 more of the 6 still expected: OVER_RECEIPT at the line, nothing received.
    await page.getByRole('button', { name: 'Receive goods' }).click();
    receive = page.getByRole('form', { name: 'Receive goods' });
    await receive.getByLabel('Quantity received, line 1').fill('7');
    await receive.getByRole('button', { name: 'Receive' }).click();
    await expectVisible(receive.getByRole('alert'));
    expect(await receive.getByLabel('Quantity received, line 1').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'purchase-over-receipt');
    expect(await onHandTotal(productId)).toBe(4);
    expect((await orderLines(orderId)).lines[0]).toMatchObject({
      receivedQuantity: expect.stringMatching(/^4(\.0+)?$/),
    });
    await receive.getByRole('button', { name: 'Cancel' }).click();

    // Bill what was received: 5 is more than received (refused), 4 is recorded.
    await page.getByRole('button', { name: 'Record supplier bill' }).click();
    const bill = page.getByRole('form', { name: 'Record supplier bill' });
    expect(await bill.getByLabel('Quantity billed, line 1').inputValue()).toMatch(/^4(\.0+)?$/);
    await bill.getByLabel('Quantity billed, line 1').fill('5');
    await bill.getByLabel("Supplier's reference").fill('SUP-778');
    await bill.getByRole('button', { name: 'Record bill' }).click();
    await expectVisible(bill.getByRole('alert'));
    expect(await bill.getByLabel('Quantity billed, line 1').getAttribute('aria-invalid')).toBe('true');
    expect((await orderLines(orderId)).bills).toHaveLength(0);
    await bill.getByLabel('Quantity billed, line 1').fill('4');
    await bill.getByRole('button', { name: 'Record bill' }).click();
    const bills = page.getByRole('list', { name: 'Supplier bills' });
    await expectVisible(bills.getByText('SUP-778'));
    await expectTextIn(lineRow.getByRole('cell').nth(3), /^4(\.0+)?$/);
    const order = await orderLines(orderId);
    expect(order.status).toBe('PARTIALLY_RECEIVED');
    expect(order.bills).toHaveLength(1);
    expect(Number(order.lines[0].billedQuantity)).toBe(4);
    await screenshot(page, 'purchase-order-billed');

    const phone = await web.signedInPage(owner, 'phone');
    await openScreen(phone, `/purchase-orders/${orderId}`);
    await expectVisible(phone.getByRole('list', { name: 'Supplier bills' }));
    await screenshot(phone, 'purchase-order-billed');
  });
});

describe('a viewer', () => {
  it('sees invoices, the ageing and purchase orders but is offered no write action', async () => {
    expect(paidInvoiceId).not.toBe('');
    expect(orderId).not.toBe('');
    const viewer = { ...owner, email: viewerEmail };
    const page = await web.signedInPage(viewer);
    await openScreen(page, '/invoices');
    await expectVisible(page.getByRole('region', { name: 'Invoices' }));
    expect(await page.getByRole('link', { name: 'New invoice' }).count()).toBe(0);

    const open = await createInvoice(web.e2e, owner.token, customer.id);
    await openInvoice(page, open.id);
    await expectVisible(page.getByText('Posted', { exact: true }));
    for (const action of ['Record payment', 'Issue credit note', 'Post invoice', 'Edit draft'])
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);

    await openScreen(page, '/receivables');
    await expectVisible(page.getByRole('table', { name: 'Per customer' }));

    await openScreen(page, '/purchase-orders');
    await expectVisible(page.getByRole('region', { name: 'Purchase orders' }));
    expect(await page.getByRole('link', { name: 'New purchase order' }).count()).toBe(0);
    await openScreen(page, `/purchase-orders/${orderId}`);
    await expectVisible(page.getByRole('list', { name: 'Supplier bills' }));
    for (const action of ['Confirm order', 'Receive goods', 'Record supplier bill', 'Cancel order'])
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    await screenshot(page, 'purchase-order-viewer');
  });
});
