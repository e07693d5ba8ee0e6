import { randomUUID } from 'node:crypto';
import {
  queryAsSuperuser,
  subgraphTestHarness,
  type GraphQLResponse,
  type RunningSubgraph,
  type TestCaller,
} from '@nexora/kit';
import { erpSubgraph } from '../src';
import { createProduct, createWarehouse, INVENTORY_PERMISSIONS } from './inventory-fixtures';

/** What a caller naming no permissions holds: purchasing, inventory and reading the ledger. */
export const PURCHASING_PERMISSIONS = [
  ...INVENTORY_PERMISSIONS,
  'erp.purchase:read',
  'erp.purchase:write',
  'erp.purchase:confirm',
  'erp.purchase:receive',
  'erp.bill:write',
  'erp.journal:read',
  'erp.account:read',
  'erp.period:lock',
  'erp.tax:read',
  'erp.tax:write',
];

export const purchasingHarness = subgraphTestHarness(erpSubgraph, { permissions: PURCHASING_PERMISSIONS });
export const { call } = purchasingHarness;
export const startPurchasingErp = () => purchasingHarness.start({ poolSize: 16 });

export interface UserErrorView {
  field: string[] | null;
  message: string;
  code: string;
}

export const ORDER_FIELDS = /* GraphQL */ `
  id number status currency orderDate notes confirmedAt cancelledAt
  supplier { id }
  subtotal { amount currency } taxTotal { amount } total { amount currency }
  lines { id quantity unitCost { amount } amount { amount } taxRate tax { amount } receivedQuantity billedQuantity
    product { id } location { id } }
`;

export interface OrderView {
  id: string;
  number: string;
  status: string;
  currency: string;
  orderDate: string;
  notes: string | null;
  confirmedAt: string | null;
  cancelledAt: string | null;
  supplier: { id: string };
  subtotal: { amount: string; currency: string };
  taxTotal: { amount: string };
  total: { amount: string; currency: string };
  lines: Array<{
    id: string;
    quantity: string;
    unitCost: { amount: string };
    amount: { amount: string };
    taxRate: string | null;
    tax: { amount: string };
    receivedQuantity: string;
    billedQuantity: string;
    product: { id: string } | null;
    location: { id: string } | null;
  }>;
}

export const BILL_FIELDS = /* GraphQL */ `
  id number currency billDate supplierReference supplier { id } purchaseOrder { id }
  subtotal { amount } taxTotal { amount } total { amount currency } priceDifference { amount }
  lines { quantity unitCost { amount } amount { amount } tax { amount } receiptValue { amount } purchaseOrderLine { id } }
  journalEntry { id journal { code } date reference lines { account { code role } debit { amount } credit { amount } company { id } } }
`;

export interface BillView {
  id: string;
  number: string;
  currency: string;
  billDate: string;
  supplierReference: string | null;
  subtotal: { amount: string };
  taxTotal: { amount: string };
  total: { amount: string; currency: string };
  priceDifference: { amount: string };
  lines: Array<{ quantity: string; receiptValue: { amount: string } }>;
  journalEntry: {
    journal: { code: string };
    lines: Array<{
      account: { code: string; role: string | null };
      debit: { amount: string } | null;
      credit: { amount: string } | null;
      company: { id: string } | null;
    }>;
  } | null;
}

/** Runs `name(input: $input)` selecting `node { fields }` and the userErrors. */
export async function mutate<T>(
  erp: RunningSubgraph,
  caller: TestCaller,
  name: string,
  selection: string,
  input: Record<string, unknown>,
  inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`,
): Promise<{ data: T | null; userErrors: UserErrorView[]; response: GraphQLResponse }> {
  const response = await call(
    erp,
    caller,
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { field message code } } }`,
    { input },
  );
  const payload = (response.body.data as Record<string, Record<string, unknown>> | null | undefined)?.[name];
  return {
    data: (payload as T | undefined) ?? null,
    userErrors: (payload?.userErrors as UserErrorView[] | undefined) ?? [],
    response,
  };
}

function required<T>(value: T | null | undefined, what: string, response: GraphQLResponse): T {
  if (!value) throw new Error(`${what} failed: ${JSON.stringify(response.body)}`);
  return value;
}

export const tryCreateOrder = (erp: RunningSubgraph, caller: TestCaller, input: Record<string, unknown>) =>
  mutate<{ purchaseOrder: OrderView | null }>(
    erp,
    caller,
    'createPurchaseOrder',
    `purchaseOrder { ${ORDER_FIELDS} }`,
    input,
  );

export const tryUpdateOrder = (erp: RunningSubgraph, caller: TestCaller, input: Record<string, unknown>) =>
  mutate<{ purchaseOrder: OrderView | null }>(
    erp,
    caller,
    'updatePurchaseOrder',
    `purchaseOrder { ${ORDER_FIELDS} }`,
    input,
  );

export const tryOrderAction = (
  erp: RunningSubgraph,
  caller: TestCaller,
  name: 'confirmPurchaseOrder' | 'cancelPurchaseOrder',
  id: string,
) =>
  mutate<{ purchaseOrder: OrderView | null }>(
    erp,
    caller,
    name,
    `purchaseOrder { ${ORDER_FIELDS} }`,
    { id },
    'PurchaseOrderIdInput',
  );

export const tryReceive = (
  erp: RunningSubgraph,
  caller: TestCaller,
  purchaseOrderId: string,
  lines: Array<{ lineId: string; quantity: string }>,
) =>
  mutate<{
    purchaseOrder: OrderView | null;
    moves: Array<{ id: string; type: string; quantity: string; valueChange: { amount: string } | null }>;
  }>(
    erp,
    caller,
    'receivePurchaseOrder',
    `purchaseOrder { ${ORDER_FIELDS} } moves { id type quantity valueChange { amount } }`,
    { purchaseOrderId, lines },
  );

export const tryBill = (erp: RunningSubgraph, caller: TestCaller, input: Record<string, unknown>) =>
  mutate<{ supplierBill: BillView | null }>(
    erp,
    caller,
    'createSupplierBill',
    `supplierBill { ${BILL_FIELDS} }`,
    input,
  );

/** Makes `companyId` a company erp's replica knows in `tenantId`, as crm's created event would. */
export async function knownSupplier(tenantId: string, companyId: string = randomUUID()): Promise<string> {
  await queryAsSuperuser(
    `insert into erp.companies (tenant_id, id, name, updated_at) values ($1, $2, 'Supplier', now())
     on conflict (tenant_id, id) do nothing`,
    [tenantId, companyId],
  );
  return companyId;
}

/** A tenant with a known supplier, two products and a warehouse. */
export async function purchasingSetup(erp: RunningSubgraph, currency = 'USD') {
  const tenantId = randomUUID();
  const supplierId = await knownSupplier(tenantId);
  const [bolt, nut, warehouse] = await Promise.all([
    createProduct(erp, tenantId, { name: 'Bolt', currency }),
    createProduct(erp, tenantId, { name: 'Nut', currency }),
    createWarehouse(erp, tenantId),
  ]);
  return { tenantId, supplierId, bolt, nut, warehouse, caller: { tenantId } };
}

/** Creates and confirms an order; fails the test on any refusal. */
export async function confirmedOrder(
  erp: RunningSubgraph,
  tenantId: string,
  input: Record<string, unknown>,
): Promise<OrderView> {
  const created = await tryCreateOrder(erp, { tenantId }, input);
  const draft = required(created.data?.purchaseOrder, 'createPurchaseOrder', created.response);
  const confirmed = await tryOrderAction(erp, { tenantId }, 'confirmPurchaseOrder', draft.id);
  return required(confirmed.data?.purchaseOrder, 'confirmPurchaseOrder', confirmed.response);
}

/** The balance of the tenant's account holding `role`, per currency ("" when nothing is posted). */
export async function roleBalance(erp: RunningSubgraph, tenantId: string, role: string): Promise<string[]> {
  const account = await call<{ accountForRole: { id: string } }>(
    erp,
    { tenantId },
    `query($role: AccountRole!) { accountForRole(role: $role) { id } }`,
    { role },
  );
  const id = required(account.body.data?.accountForRole, 'accountForRole', account).id;
  const balance = await call<{ accountBalance: Array<{ amount: string; currency: string }> }>(
    erp,
    { tenantId },
    `query($id: ID!) { accountBalance(accountId: $id) { amount currency } }`,
    { id },
  );
  return required(balance.body.data?.accountBalance, 'accountBalance', balance).map(
    (money) => `${money.amount} ${money.currency}`,
  );
}

/** The tenant's stock valuation totals as the API shows them, in the same form. */
export async function valuationTotals(erp: RunningSubgraph, tenantId: string): Promise<string[]> {
  const result = await call<{ stockValuation: { totals: Array<{ amount: string; currency: string }> } }>(
    erp,
    { tenantId },
    `{ stockValuation { totals { amount currency } } }`,
  );
  return required(result.body.data?.stockValuation, 'stockValuation', result).totals.map(
    (money) => `${money.amount} ${money.currency}`,
  );
}

export async function verifyLedgerOk(erp: RunningSubgraph, tenantId: string): Promise<boolean> {
  const result = await call<{ verifyLedger: { ok: boolean } }>(erp, { tenantId }, `{ verifyLedger { ok } }`);
  return required(result.body.data?.verifyLedger, 'verifyLedger', result).ok;
}

/** The trial balance's total debits and credits (equal when the ledger balances). */
export async function trialBalanceTotals(
  erp: RunningSubgraph,
  tenantId: string,
): Promise<Array<{ debit: string; credit: string }>> {
  const result = await call<{
    trialBalance: { totals: Array<{ debit: { amount: string }; credit: { amount: string } }> };
  }>(erp, { tenantId }, `{ trialBalance { totals { debit { amount } credit { amount } } } }`);
  return required(result.body.data?.trialBalance, 'trialBalance', result).totals.map((total) => ({
    debit: total.debit.amount,
    credit: total.credit.amount,
  }));
}

/** Rows of the tenant's purchasing, stock and ledger tables, counted as the superuser. */
export async function purchasingRowCounts(tenantId: string): Promise<Record<string, number>> {
  const [row] = await queryAsSuperuser<Record<string, number>>(
    `select (select count(*)::int from erp.purchase_orders where tenant_id = $1) as orders,
            (select count(*)::int from erp.purchase_order_lines where tenant_id = $1) as "orderLines",
            (select coalesce(sum(received_quantity), 0)::text from erp.purchase_order_lines where tenant_id = $1) as received,
            (select coalesce(sum(billed_quantity), 0)::text from erp.purchase_order_lines where tenant_id = $1) as billed,
            (select count(*)::int from erp.purchase_receipts where tenant_id = $1) as receipts,
            (select count(*)::int from erp.supplier_bills where tenant_id = $1) as bills,
            (select count(*)::int from erp.supplier_bill_lines where tenant_id = $1) as "billLines",
            (select count(*)::int from erp.stock_moves where tenant_id = $1) as moves,
            (select count(*)::int from erp.journal_entries where tenant_id = $1) as entries,
            (select count(*)::int from erp.outbox where tenant_id = $1) as outbox,
            (select coalesce(max(last_number), 0)::int from erp.purchase_order_counters where tenant_id = $1) as "lastOrderNumber",
            (select coalesce(max(last_number), 0)::int from erp.supplier_bill_counters where tenant_id = $1) as "lastBillNumber"`,
    [tenantId],
  );
  return row;
}
