import { randomUUID } from 'node:crypto';
import { queryAsSuperuser, subgraphTestHarness, type RunningSubgraph, type TestCaller } from '@nexora/kit';
import { erpSubgraph } from '../src';

export const READ = 'erp.invoice:read';
export const WRITE = 'erp.invoice:write';
export const POST = 'erp.invoice:post';
export const PAY = 'erp.payment:write';
export const CREDIT = 'erp.credit-note:write';

/**
 * erp as its tests start and call it: a caller who names no permissions may read, write and post
 * invoices, record payments, issue credit notes and read the ledger.
 */
export const erpHarness = subgraphTestHarness(erpSubgraph, {
  permissions: [
    READ,
    WRITE,
    POST,
    PAY,
    CREDIT,
    'erp.journal:read',
    'erp.account:read',
    'erp.tax:read',
    'erp.tax:write',
  ],
});
export const { start: startErp, call } = erpHarness;

export const INVOICE_FIELDS = /* GraphQL */ `
  id number status currency issuedAt createdAt
  customer { id }
  total { amount currency }
  lines { description quantity unitPrice { amount currency } amount { amount currency } }
`;

export const CREATE_INVOICE = /* GraphQL */ `
  mutation Create($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      invoice { ${INVOICE_FIELDS} }
      userErrors { field message code }
    }
  }
`;

/**
 * Makes `companyId` a company erp knows in `tenantId`, as crm's `crm.company.created` would have
 * (tests that are about the replica itself deliver the events instead). Returns the id.
 */
export async function knownCustomer(
  tenantId: string,
  companyId: string = randomUUID(),
  name = 'Acme',
): Promise<string> {
  await queryAsSuperuser(
    `insert into erp.companies (tenant_id, id, name, updated_at) values ($1, $2, $3, now())
     on conflict (tenant_id, id) do nothing`,
    [tenantId, companyId, name],
  );
  return companyId;
}

export interface InvoiceView {
  id: string;
  number: string;
  status: 'DRAFT' | 'POSTED';
  currency: string;
  issuedAt: string | null;
  createdAt: string;
  customer: { id: string };
  total: { amount: string; currency: string };
  lines: Array<{
    description: string;
    quantity: string;
    unitPrice: { amount: string; currency: string };
    amount: { amount: string; currency: string };
  }>;
}

export interface LineInput {
  description: string;
  quantity: string;
  unitPrice: string;
  taxRateId?: string;
}

export const ONE_LINE: LineInput[] = [{ description: 'Consulting', quantity: '1', unitPrice: '100.00' }];

/**
 * Creates an invoice and returns it, failing the test on any error or userError. The customer is
 * made known to erp first (`knownCustomer`), unless `the caller has no tenant.
 */
export async function createInvoice(
  subgraph: RunningSubgraph,
  caller: TestCaller,
  input: { customerId: string; currency?: string; lines?: LineInput[]; post?: boolean } & Record<
    string,
    unknown
  >,
): Promise<InvoiceView> {
  if (caller.tenantId) await knownCustomer(caller.tenantId, input.customerId);
  const result = await call<{ createInvoice: { invoice: InvoiceView | null } }>(
    subgraph,
    caller,
    CREATE_INVOICE,
    {
      input: { lines: ONE_LINE, ...input },
    },
  );
  const payload = result.body.data?.createInvoice;
  if (!payload?.invoice) throw new Error(`createInvoice failed: ${JSON.stringify(result.body)}`);
  return payload.invoice;
}

export async function countInvoices(subgraph: RunningSubgraph, tenantId: string): Promise<number> {
  const result = await call<{ invoices: { totalCount: number } }>(
    subgraph,
    { tenantId },
    `{ invoices(first: 1) { totalCount } }`,
  );
  return result.body.data!.invoices.totalCount;
}
