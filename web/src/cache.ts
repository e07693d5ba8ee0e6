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
      postInvoice: invalidate('invoices'),
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
