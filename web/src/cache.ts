import type { Cache, CacheExchangeOpts } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';

/** Drops every cached page of a list field so screens showing it fetch it again. */
function invalidateField(cache: Cache, typename: string, field: string, entity: string | null = typename) {
  if (!entity) return;
  for (const info of cache.inspectFields(entity)) {
    if (info.fieldName === field) cache.invalidate(entity, info.fieldName, info.arguments ?? undefined);
  }
}

const invalidate =
  (...fields: string[]) =>
  (_result: unknown, _args: unknown, cache: Cache) => {
    for (const field of fields) invalidateField(cache, 'Query', field);
  };

/** The record an activity was logged on: its timeline field is invalidated. */
function invalidateTimelines(
  cache: Cache,
  input: { companyId?: string | null; personId?: string | null; dealId?: string | null },
) {
  const records: Array<[string, string | null | undefined]> = [
    ['Company', input.companyId],
    ['Person', input.personId],
    ['Deal', input.dealId],
  ];
  for (const [typename, id] of records) {
    if (id) invalidateField(cache, typename, 'timeline', cache.keyOfEntity({ __typename: typename, id }));
  }
}

/**
 * Imports whose success this page has taken in. The first time a job's `status` is written as
 * SUCCEEDED, however the news came (its live progress or a read, even a first read after it had
 * already finished), its rows are in the lists its entity shows in. A file upload is not a mutation,
 * so this is where those lists learn of it.
 */
const succeededImports = new Set<string>();
const IMPORTED_LISTS: Record<string, string[]> = {
  companies: ['companies'],
  people: ['people'],
  deals: ['deals', 'pipelineBoard'],
};

/** Records merged away no longer exist: their cached copies go (screens showing them refetch). */
function invalidateMerged(cache: Cache, typename: string, args: unknown) {
  const { mergedIds = [] } = (args as { input?: { mergedIds?: string[] } }).input ?? {};
  for (const id of mergedIds) cache.invalidate({ __typename: typename, id });
}

/**
 * A stock move changes what is on hand and worth of its product (wherever a screen shows it), the
 * move list and what is to reorder; a refused one changed nothing, but reading again costs little.
 */
function invalidateStock(result: unknown, args: unknown, cache: Cache) {
  invalidate('stockOnHand', 'stockMoves', 'productsToReorder', 'stockValuation')(result, args, cache);
  const input = (args as { input?: { productId?: string } }).input;
  const payload = Object.values(
    (result ?? {}) as Record<string, { move?: { product?: { id?: string } } | null }>,
  )[0];
  const productId = input?.productId ?? payload?.move?.product?.id;
  if (!productId) return;
  const product = cache.keyOfEntity({ __typename: 'Product', id: productId });
  for (const field of ['onHand', 'averageCost', 'stockValue'])
    invalidateField(cache, 'Product', field, product);
}

/** An employee created or changed: the lists, and the linked user's `employee` (My leave reads it). */
function invalidateEmployee(result: unknown, args: unknown, cache: Cache) {
  invalidate('employees')(result, args, cache);
  const userId = (args as { input?: { userId?: string | null } }).input?.userId;
  if (userId)
    invalidateField(cache, 'User', 'employee', cache.keyOfEntity({ __typename: 'User', id: userId }));
}

/** A reorder rule set or deleted: the product's rules and the list of what to reorder. */
function invalidateReorder(result: unknown, args: unknown, cache: Cache) {
  invalidate('productsToReorder')(result, args, cache);
  const productId = (args as { input?: { productId?: string } }).input?.productId;
  if (productId)
    invalidateField(
      cache,
      'Product',
      'reorderRules',
      cache.keyOfEntity({ __typename: 'Product', id: productId }),
    );
}

/**
 * An invoice posted, paid or credited: the invoice lists (status filters, residuals), the ageing, and
 * its customer's open balance and invoices on the company page.
 */
function invalidateReceivables(result: unknown, args: unknown, cache: Cache) {
  invalidate('invoices', 'receivablesAgeing')(result, args, cache);
  const payload = Object.values(
    (result ?? {}) as Record<string, { invoice?: { customer?: { id?: string } } | null }>,
  )[0];
  const customerId = payload?.invoice?.customer?.id;
  if (!customerId) return;
  const company = cache.keyOfEntity({ __typename: 'Company', id: customerId });
  for (const field of ['openBalance', 'invoices']) invalidateField(cache, 'Company', field, company);
}

/**
 * Goods received on a purchase order: the order lists (statuses) and, like any stock move, what is on
 * hand of each product received (the moves the payload lists).
 */
function invalidateReceipt(result: unknown, args: unknown, cache: Cache) {
  invalidate(
    'purchaseOrders',
    'stockOnHand',
    'stockMoves',
    'productsToReorder',
    'stockValuation',
  )(result, args, cache);
  const moves =
    (result as { receivePurchaseOrder?: { moves?: Array<{ product?: { id?: string } | null }> } })
      .receivePurchaseOrder?.moves ?? [];
  for (const move of moves) {
    if (!move.product?.id) continue;
    const product = cache.keyOfEntity({ __typename: 'Product', id: move.product.id });
    for (const field of ['onHand', 'averageCost', 'stockValue'])
      invalidateField(cache, 'Product', field, product);
  }
}

/**
 * The normalized cache. Entities are keyed by their `id` (the default); these types are values
 * inside their parent (no key), and a metric is one window of one KPI, so its key names the window.
 * Connections page as relay connections (next pages append). Mutations that add or remove rows
 * invalidate the lists they change; moving a deal is optimistic: the card moves at once, and back if
 * the server refuses (graphcache rolls the optimistic layer back).
 */
export const cacheConfig: CacheExchangeOpts = {
  keys: {
    Metric: (metric) => `${metric.id}|${metric.period}|${metric.from}|${metric.to}`,
    Role: (role) => String(role.name),
    Viewer: () => null,
    Money: () => null,
    PageInfo: () => null,
    UserError: () => null,
    MetricPoint: () => null,
    PostalAddress: () => null,
    PipelineBoard: () => null,
    PipelineBoardStage: () => null,
    DealStageChange: () => null,
    DashboardWidget: () => null,
    DuplicateCandidate: () => null,
    ImportRowError: () => null,
    InvoiceLine: () => null,
    AuthSession: () => null,
    SessionUser: () => null,
    ApiKeyLimits: () => null,
    AuditTarget: () => null,
    MfaChallenge: () => null,
    StockOnHand: () => null,
    LocationStock: () => null,
    ReorderSuggestion: () => null,
    LeaveBalance: () => null,
    InvoiceLineTax: () => null,
    AgeingBuckets: () => null,
    ReceivablesAgeing: () => null,
    SupplierBillLine: () => null,
    TaxComputation: () => null,
    // One account per client (App makes a client per user and tenant): its MFA state is one record,
    // so what an MFA mutation answers replaces what `me { mfa }` showed.
    MfaStatus: () => 'me',
  },
  resolvers: {
    Query: {
      companies: relayPagination(),
      people: relayPagination(),
      leads: relayPagination(),
      deals: relayPagination(),
      invoices: relayPagination(),
      members: relayPagination(),
      importJobs: relayPagination(),
      myTasks: relayPagination(),
      apiKeys: relayPagination(),
      auditEvents: relayPagination(),
      products: relayPagination(),
      warehouses: relayPagination(),
      stockMoves: relayPagination(),
      productsToReorder: relayPagination(),
      employees: relayPagination(),
      departments: relayPagination(),
      leaveRequests: relayPagination(),
      leaveAllocations: relayPagination(),
      purchaseOrders: relayPagination(),
    },
    Company: { timeline: relayPagination() },
    Person: { timeline: relayPagination() },
    Deal: { timeline: relayPagination() },
  },
  updates: {
    Mutation: {
      createCompany: invalidate('companies'),
      // A new name or domain can move the company in (or out of) a sorted, searched list.
      updateCompany: invalidate('companies'),
      createPerson: invalidate('people'),
      deletePerson: invalidate('people'),
      createLead: invalidate('leads'),
      convertLead: invalidate('leads', 'companies', 'people', 'deals', 'pipelineBoard'),
      createDeal: invalidate('deals', 'pipelineBoard'),
      mergeCompanies: (result, args, cache) => {
        invalidate('companies', 'duplicateCandidates')(result, args, cache);
        invalidateMerged(cache, 'Company', args);
      },
      mergePeople: (result, args, cache) => {
        invalidate('people', 'duplicateCandidates')(result, args, cache);
        invalidateMerged(cache, 'Person', args);
      },
      createInvoice: invalidate('invoices'),
      postInvoice: invalidateReceivables,
      updateInvoice: invalidate('invoices'),
      recordPayment: invalidateReceivables,
      createCreditNote: invalidateReceivables,
      createPurchaseOrder: invalidate('purchaseOrders'),
      updatePurchaseOrder: invalidate('purchaseOrders'),
      confirmPurchaseOrder: invalidate('purchaseOrders'),
      cancelPurchaseOrder: invalidate('purchaseOrders'),
      receivePurchaseOrder: invalidateReceipt,
      createSupplierBill: invalidate('purchaseOrders'),
      inviteMember: invalidate('members'),
      createRole: invalidate('roles'),
      assignRole: invalidate('members'),
      createDashboard: invalidate('dashboards'),
      deleteDashboard: invalidate('dashboards'),
      logActivity: (_result, args, cache) => {
        invalidateTimelines(cache, (args as { input: Parameters<typeof invalidateTimelines>[1] }).input);
        invalidateField(cache, 'Query', 'myTasks');
      },
      completeTask: invalidate('myTasks'),
      // A key made or revoked is a new row in the list and an event in the audit log.
      createApiKey: invalidate('apiKeys', 'auditEvents'),
      revokeApiKey: invalidate('auditEvents'),
      createProduct: invalidate('products'),
      updateProduct: invalidate('products'),
      // A new location shows under its warehouse, in the lists and in the move form's pickers.
      createWarehouse: invalidate('warehouses'),
      createStockLocation: invalidate('warehouses'),
      receiveStock: invalidateStock,
      deliverStock: invalidateStock,
      transferStock: invalidateStock,
      adjustStock: invalidateStock,
      reverseStockMove: invalidateStock,
      setReorderRule: invalidateReorder,
      createEmployee: invalidateEmployee,
      updateEmployee: invalidateEmployee,
      createDepartment: invalidate('departments'),
      createLeaveType: invalidate('leaveTypes'),
      createLeaveAllocation: invalidate('leaveAllocations', 'leaveBalance'),
      requestLeave: invalidate('leaveRequests', 'leaveBalance'),
      approveLeaveRequest: invalidate('leaveRequests', 'leaveBalance'),
      refuseLeaveRequest: invalidate('leaveRequests', 'leaveBalance'),
      cancelLeaveRequest: invalidate('leaveRequests', 'leaveBalance'),
    },
    ImportJob: {
      status: (job, _args, cache) => {
        const { id, status } = job as { id?: string; status?: string };
        if (!id) return;
        if (status === 'SUCCEEDED' && !succeededImports.has(id)) {
          succeededImports.add(id);
          const entity = cache.resolve({ __typename: 'ImportJob', id }, 'entity');
          for (const field of IMPORTED_LISTS[String(entity)] ?? []) invalidateField(cache, 'Query', field);
        }
      },
    },
  },
  optimistic: {
    moveDeal: (args, cache) => {
      const input = args.input as { dealId: string; stageId: string; position?: number | null };
      const deal = { __typename: 'Deal', id: input.dealId };
      const position = input.position ?? (cache.resolve(deal, 'position') as number | null) ?? 0;
      return {
        __typename: 'DealPayload',
        deal: {
          ...deal,
          position,
          stage: { __typename: 'PipelineStage', id: input.stageId },
        },
        userErrors: [],
      };
    },
  },
};
