import { createCompany, createInvoice, startE2EPlatform, uniqueName, type E2EPlatform } from './e2e-client';

let e2e: E2EPlatform;

beforeAll(async () => {
  e2e = await startE2EPlatform();
});

afterAll(async () => {
  await e2e?.stop();
});

interface FederatedInvoice {
  id: string;
  number: string;
  total: { amount: string; currency: string };
  customer: { id: string; name: string; owner: { id: string; email: string } | null };
}

const INVOICE_WITH_CUSTOMER = `query Invoice($id: ID!) {
  invoice(id: $id) {
    id number total { amount currency }
    customer { id name owner { id email } }
  }
}`;

describe('one query through the gateway joins identity, crm and erp', () => {
  it('returns an invoice with its customer company and the company owner', async () => {
    const [a, b] = await Promise.all([e2e.signUpTenant('fed-a'), e2e.signUpTenant('fed-b')]);
    const nameA = uniqueName('Acme');
    const nameB = uniqueName('Globex');
    const [companyA, companyB] = await Promise.all([
      createCompany(e2e, a.token, nameA),
      createCompany(e2e, b.token, nameB),
    ]);
    const [invoiceA, invoiceB] = await Promise.all([
      createInvoice(e2e, a.token, companyA, { quantity: '3', unitPrice: '19.99' }),
      createInvoice(e2e, b.token, companyB, { quantity: '1', unitPrice: '1000' }, 'EUR'),
    ]);

    const resultA = await e2e.gql<{ invoice: FederatedInvoice | null }>(
      INVOICE_WITH_CUSTOMER,
      { id: invoiceA.id },
      a.token,
    );
    expect(resultA.status).toBe(200);
    expect(resultA.body.errors).toBeUndefined();
    expect(resultA.body.data?.invoice).toEqual({
      id: invoiceA.id,
      number: invoiceA.number,
      total: { amount: '59.97', currency: 'USD' },
      customer: { id: companyA, name: nameA, owner: { id: a.userId, email: a.email } },
    });

    const resultB = await e2e.gql<{ invoice: FederatedInvoice | null }>(
      INVOICE_WITH_CUSTOMER,
      { id: invoiceB.id },
      b.token,
    );
    expect(resultB.body.data?.invoice).toEqual({
      id: invoiceB.id,
      number: invoiceB.number,
      total: { amount: '1000.00', currency: 'EUR' },
      customer: { id: companyB, name: nameB, owner: { id: b.userId, email: b.email } },
    });
  });
});
