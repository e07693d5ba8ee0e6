import { subgraphTestHarness, type RunningSubgraph, type TestCaller } from '@nexora/kit';
import { erpSubgraph } from '../src';

export const READ = 'erp.invoice:read';
export const WRITE = 'erp.invoice:write';

/** erp as its tests start and call it: a caller who names no permissions may read and write invoices. */
export const erpHarness = subgraphTestHarness(erpSubgraph, { permissions: [READ, WRITE] });
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
}

export const ONE_LINE: LineInput[] = [{ description: 'Consulting', quantity: '1', unitPrice: '100.00' }];

/** Creates an invoice and returns it, failing the test on any error or userError. */
export async function createInvoice(
  subgraph: RunningSubgraph,
  caller: TestCaller,
  input: { customerId: string; currency?: string; lines?: LineInput[]; post?: boolean },
): Promise<InvoiceView> {
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
