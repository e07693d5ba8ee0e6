import {
  countRows,
  domainEvent,
  queryAsSuperuser,
  type RunningSubgraph,
  type TestCaller,
  waitUntil,
} from '@nexora/kit';
import { call, knownCustomer } from './invoice-fixtures';

export { call, knownCustomer };

export interface UserErrorView {
  field: string[] | null;
  message: string;
  code: string;
}

export interface MoneyView {
  amount: string;
  currency: string;
}

export const FULL_INVOICE_FIELDS = /* GraphQL */ `
  id number status currency invoiceDate paymentTerms paymentTermDays dueDate issuedAt journalEntryId
  customer { id }
  subtotal { amount currency } taxTotal { amount } total { amount currency }
  amountPaid { amount } amountCredited { amount } residual { amount currency }
  lines { description quantity amount { amount } net { amount } tax { amount } gross { amount } taxRate { id rate inclusive } }
  journalEntry { id journal { code } date reference status lines { account { code } debit { amount } credit { amount } company { id } } }
  payments { id amount { amount currency } date method reference journalEntry { id journal { code } } }
  creditNotes { id number amount { amount } taxAmount { amount } reason date }
`;

export interface FullInvoice {
  id: string;
  number: string;
  status: string;
  currency: string;
  invoiceDate: string;
  paymentTerms: string;
  paymentTermDays: number;
  dueDate: string;
  issuedAt: string | null;
  journalEntryId: string | null;
  customer: { id: string };
  subtotal: MoneyView;
  taxTotal: { amount: string };
  total: MoneyView;
  amountPaid: { amount: string };
  amountCredited: { amount: string };
  residual: MoneyView;
  lines: Array<{
    description: string;
    quantity: string;
    amount: { amount: string };
    net: { amount: string };
    tax: { amount: string };
    gross: { amount: string };
    taxRate: { id: string; rate: string; inclusive: boolean } | null;
  }>;
  journalEntry: {
    id: string;
    journal: { code: string };
    date: string;
    reference: string;
    status: string;
    lines: Array<{
      account: { code: string };
      debit: { amount: string } | null;
      credit: { amount: string } | null;
      company: { id: string } | null;
    }>;
  } | null;
  payments: Array<{ id: string; amount: MoneyView; date: string; method: string; reference: string | null }>;
  creditNotes: Array<{
    id: string;
    number: string;
    amount: { amount: string };
    taxAmount: { amount: string };
  }>;
}

const payloadOf = (name: string, input: string, extra = '') => /* GraphQL */ `
  mutation ($input: ${input}!) {
    ${name}(input: $input) { invoice { ${FULL_INVOICE_FIELDS} } ${extra} userErrors { field message code } }
  }
`;

export const CREATE = payloadOf('createInvoice', 'CreateInvoiceInput');
export const UPDATE = payloadOf('updateInvoice', 'UpdateInvoiceInput');
export const POST = payloadOf('postInvoice', 'PostInvoiceInput');
export const PAY = payloadOf(
  'recordPayment',
  'RecordPaymentInput',
  'payment { id amount { amount } date method }',
);
export const CREDIT = payloadOf(
  'createCreditNote',
  'CreateCreditNoteInput',
  'creditNote { id number amount { amount } taxAmount { amount } }',
);

export interface InvoicePayloadView {
  invoice: FullInvoice | null;
  payment?: { id: string; amount: { amount: string } } | null;
  creditNote?: {
    id: string;
    number: string;
    amount: { amount: string };
    taxAmount: { amount: string };
  } | null;
  userErrors: UserErrorView[];
}

/** Runs one invoicing mutation and returns its payload; a GraphQL error fails the test. */
export async function mutate(
  erp: RunningSubgraph,
  caller: TestCaller,
  document: string,
  input: Record<string, unknown>,
): Promise<InvoicePayloadView> {
  const result = await call<Record<string, InvoicePayloadView>>(erp, caller, document, { input });
  if (result.body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.body.errors)}`);
  return Object.values(result.body.data!)[0];
}

/** Like `mutate`, failing the test on userErrors; returns the invoice. */
export async function succeed(
  erp: RunningSubgraph,
  caller: TestCaller,
  document: string,
  input: Record<string, unknown>,
): Promise<FullInvoice> {
  const payload = await mutate(erp, caller, document, input);
  if (!payload.invoice) throw new Error(`refused: ${JSON.stringify(payload.userErrors)}`);
  return payload.invoice;
}

/** A posted invoice of `total` (one untaxed line) for a known customer, dated `invoiceDate`. */
export async function postedInvoice(
  erp: RunningSubgraph,
  tenantId: string,
  total = '100.00',
  extra: Record<string, unknown> = {},
): Promise<FullInvoice> {
  return succeed(erp, { tenantId }, CREATE, {
    customerId: await knownCustomer(tenantId),
    invoiceDate: '2026-01-10',
    lines: [{ description: 'Work', quantity: '1', unitPrice: total }],
    post: true,
    ...extra,
  });
}

export async function createTaxRate(
  erp: RunningSubgraph,
  tenantId: string,
  rate: string,
  inclusive = false,
  name = `VAT ${rate}${inclusive ? ' incl' : ''}`,
): Promise<string> {
  const result = await call<{ createTaxRate: { taxRate: { id: string } | null } }>(
    erp,
    { tenantId },
    `mutation ($input: CreateTaxRateInput!) { createTaxRate(input: $input) { taxRate { id } userErrors { code } } }`,
    { input: { name, rate, inclusive } },
  );
  const id = result.body.data?.createTaxRate.taxRate?.id;
  if (!id) throw new Error(`createTaxRate failed: ${JSON.stringify(result.body)}`);
  return id;
}

export async function setLockDate(erp: RunningSubgraph, tenantId: string, lockDate: string): Promise<void> {
  const result = await call<{ setLockDate: { userErrors: UserErrorView[] } }>(
    erp,
    { tenantId, permissions: ['erp.period:lock', 'erp.journal:read'] },
    `mutation ($input: SetLockDateInput!) { setLockDate(input: $input) { userErrors { code message } } }`,
    { input: { lockDate, reason: 'closed' } },
  );
  if (result.body.data?.setLockDate.userErrors.length !== 0)
    throw new Error(`setLockDate failed: ${JSON.stringify(result.body)}`);
}

/** Every invoicing and ledger row of the tenant, counted as the superuser: what a refusal must leave unchanged. */
export async function invoicingCounts(tenantId: string): Promise<Record<string, number>> {
  const [row] = await queryAsSuperuser<Record<string, number>>(
    `select (select count(*)::int from erp.invoices where tenant_id = $1) as invoices,
            (select count(*)::int from erp.invoice_lines where tenant_id = $1) as lines,
            (select coalesce(max(last_number), 0)::int from erp.invoice_counters where tenant_id = $1) as "lastNumber",
            (select count(*)::int from erp.payments where tenant_id = $1) as payments,
            (select count(*)::int from erp.credit_notes where tenant_id = $1) as "creditNotes",
            (select count(*)::int from erp.journal_entries where tenant_id = $1) as entries,
            (select count(*)::int from erp.journal_lines where tenant_id = $1) as "journalLines",
            (select count(*)::int from erp.outbox where tenant_id = $1) as events`,
    [tenantId],
  );
  return row;
}

/** Trial balance totals per currency and the chain verification, as an accountant would check them. */
export async function ledgerHealth(
  erp: RunningSubgraph,
  tenantId: string,
): Promise<{
  totals: Array<{ currency: string; debit: string; credit: string; balance: string }>;
  ok: boolean;
}> {
  const result = await call<{
    trialBalance: {
      totals: Array<{ currency: string; debit: MoneyView; credit: MoneyView; balance: MoneyView }>;
    };
    verifyLedger: { ok: boolean };
  }>(
    erp,
    { tenantId },
    `{ trialBalance { totals { currency debit { amount } credit { amount } balance { amount } } } verifyLedger { ok } }`,
  );
  if (result.body.errors) throw new Error(JSON.stringify(result.body.errors));
  const data = result.body.data!;
  return {
    totals: data.trialBalance.totals.map((total) => ({
      currency: total.currency,
      debit: total.debit.amount,
      credit: total.credit.amount,
      balance: total.balance.amount,
    })),
    ok: data.verifyLedger.ok,
  };
}

/** Publishes a crm event on erp's bus and waits until erp's consumer has handled it. */
export async function deliverCrmEvent(
  erp: RunningSubgraph,
  tenantId: string,
  type: string,
  payload: object,
): Promise<void> {
  const event = domainEvent(type, tenantId, payload);
  await erp.runtime.events.publish(event);
  await waitUntil(
    async () =>
      (await countRows('select 1 from erp.inbox where tenant_id = $1 and event_id = $2', [
        tenantId,
        event.id,
      ])) === 1,
    `erp to handle ${type}`,
  );
}
