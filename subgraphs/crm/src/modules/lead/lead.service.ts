import {
  alignToKeys,
  type Connection,
  emitEvent,
  lowerTextSort,
  notFound,
  numberSort,
  pageSize,
  parseId,
  planKeyset,
  searchPattern,
  type SortColumn,
  type SortDirection,
  type SubgraphContext,
  tenantOf,
  timestampSort,
  toConnection,
  type UserError,
  userError,
} from '@nexora/kit';
import type DataLoader from 'dataloader';
import {
  LEAD_SOURCES,
  LEAD_STATUSES,
  type LeadEntity,
  type LeadSource,
  type LeadStatus,
} from './lead.entity';
import {
  checkOptionalEmail,
  checkOptionalPhone,
  checkOptionalText,
  checkRequiredText,
  checkScore,
  LEAD_NAME_MAX_LENGTH,
  type TextRule,
} from './lead.validation';

export const LEAD_COLUMNS = `id, tenant_id as "tenantId", name, company_name as "companyName", email, phone, source,
  status, score, owner_id as "ownerId", converted_at as "convertedAt",
  converted_person_id as "convertedPersonId", converted_company_id as "convertedCompanyId",
  converted_deal_id as "convertedDealId", created_at as "createdAt", updated_at as "updatedAt"`;

const NAME: TextRule = { what: 'a name', code: 'NAME', max: LEAD_NAME_MAX_LENGTH };
const COMPANY_NAME: TextRule = { what: 'a company name', code: 'COMPANY_NAME', max: 200 };

export interface LeadPayload {
  lead: LeadEntity | null;
  userErrors: UserError[];
}

export interface LeadInput {
  name?: string | null;
  companyName?: string | null;
  email?: string | null;
  phone?: string | null;
  source?: LeadSource | null;
  status?: LeadStatus | null;
  score?: number | null;
  ownerId?: string | null;
}

export interface LeadListArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  filter?: { status?: LeadStatus | null; source?: LeadSource | null; ownerId?: string | null } | null;
  orderBy?: { field: LeadOrderField; direction?: SortDirection | null } | null;
}

export type LeadOrderField = 'CREATED_AT' | 'UPDATED_AT' | 'NAME' | 'SCORE';

/** Each ordering has its index (tenant_id, expression, id); see the lead-orderings migration. */
const LEAD_SORT: Record<LeadOrderField, SortColumn> = {
  CREATED_AT: timestampSort('created_at'),
  UPDATED_AT: timestampSort('updated_at'),
  NAME: lowerTextSort('name'),
  SCORE: numberSort('score', 'integer'),
};

export function leadByIdLoader(ctx: SubgraphContext): DataLoader<string, LeadEntity | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, LeadEntity | null>('leadById', async (ids) => {
    const rows: LeadEntity[] = await ctx.db.run((manager) =>
      manager.query(`select ${LEAD_COLUMNS} from crm.leads where tenant_id = $1 and id = any($2::uuid[])`, [
        tenantId,
        [...ids],
      ]),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

export async function findLead(ctx: SubgraphContext, id: string): Promise<LeadEntity | null> {
  return leadByIdLoader(ctx).load(parseId(id, 'id'));
}

/** Keyset-paginated in the asked order (newest first by default); totalCount counts every match. */
export async function listLeads(ctx: SubgraphContext, args: LeadListArgs): Promise<Connection<LeadEntity>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const pattern = searchPattern(args.search);
  const params: unknown[] = [tenantId];
  let filter = 'tenant_id = $1';
  if (pattern) {
    params.push(pattern);
    const p = `$${params.length}`;
    filter += ` and (name ilike ${p} escape '\\' or company_name ilike ${p} escape '\\' or email ilike ${p} escape '\\')`;
  }
  if (args.filter?.status) {
    params.push(args.filter.status);
    filter += ` and status = $${params.length}`;
  }
  if (args.filter?.source) {
    params.push(args.filter.source);
    filter += ` and source = $${params.length}`;
  }
  if (args.filter?.ownerId) {
    params.push(parseId(args.filter.ownerId, 'filter.ownerId'));
    filter += ` and owner_id = $${params.length}`;
  }
  const countParams = [...params];
  const keyset = planKeyset(
    LEAD_SORT,
    args.orderBy ?? { field: 'CREATED_AT', direction: 'DESC' },
    args.after,
    params,
  );
  const pageFilter = keyset.where(filter);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<LeadEntity & { sortKey: string }> = await manager.query(
      `select ${LEAD_COLUMNS}, ${keyset.cursorSelect} as "sortKey" from crm.leads where ${pageFilter}
       order by ${keyset.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from crm.leads where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, keyset.positionOf, keyset.hadCursor);
  });
}

interface CheckedLead {
  name?: string;
  companyName?: string | null;
  email?: string | null;
  phone?: string | null;
  source?: LeadSource;
  status?: LeadStatus;
  score?: number | null;
  ownerId?: string | null;
}

/** Checks the fields present in `input`; omitted fields stay out of the result. */
function checkLeadInput(
  input: LeadInput,
  creating: boolean,
): { value: CheckedLead; userErrors: UserError[] } {
  const value: CheckedLead = {};
  const userErrors: UserError[] = [];
  const take = <T>(
    key: keyof CheckedLead,
    checked: { ok: true; value: T } | { ok: false; error: UserError },
  ) => {
    if (checked.ok) (value as Record<string, unknown>)[key] = checked.value;
    else userErrors.push(checked.error);
  };
  if (creating || input.name != null)
    take('name', checkRequiredText(input.name ?? '', ['input', 'name'], NAME));
  if (input.companyName !== undefined) {
    take('companyName', checkOptionalText(input.companyName, ['input', 'companyName'], COMPANY_NAME));
  }
  if (input.email !== undefined) take('email', checkOptionalEmail(input.email, ['input', 'email']));
  if (input.phone !== undefined) take('phone', checkOptionalPhone(input.phone, ['input', 'phone']));
  if (input.score !== undefined) take('score', checkScore(input.score, ['input', 'score']));
  // GraphQL enums already restrict these; the checks guard callers that bypass the schema.
  if (input.source != null) {
    if ((LEAD_SOURCES as readonly string[]).includes(input.source)) value.source = input.source;
    else userErrors.push(userError('SOURCE_INVALID', 'Unknown lead source.', ['input', 'source']));
  }
  if (input.status != null) {
    if (input.status === 'CONVERTED') {
      userErrors.push(
        userError('STATUS_INVALID', 'A lead becomes CONVERTED only through convertLead.', [
          'input',
          'status',
        ]),
      );
    } else if ((LEAD_STATUSES as readonly string[]).includes(input.status)) value.status = input.status;
    else userErrors.push(userError('STATUS_INVALID', 'Unknown lead status.', ['input', 'status']));
  }
  if (input.ownerId !== undefined) {
    value.ownerId = input.ownerId === null ? null : parseId(input.ownerId, 'input.ownerId');
  }
  return { value, userErrors };
}

export async function createLead(ctx: SubgraphContext, input: LeadInput): Promise<LeadPayload> {
  const tenantId = tenantOf(ctx);
  const { value, userErrors } = checkLeadInput(input, true);
  if (userErrors.length > 0) return { lead: null, userErrors };
  const rows: LeadEntity[] = await ctx.db.run((manager) =>
    manager.query(
      `insert into crm.leads (tenant_id, name, company_name, email, phone, source, status, score, owner_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${LEAD_COLUMNS}`,
      [
        tenantId,
        value.name,
        value.companyName ?? null,
        value.email ?? null,
        value.phone ?? null,
        value.source ?? 'OTHER',
        value.status ?? 'NEW',
        value.score ?? null,
        value.ownerId === undefined ? ctx.caller.userId : value.ownerId,
      ],
    ),
  );
  await emitEvent(ctx, 'crm.lead.created', leadEventPayload(rows[0]));
  return { lead: rows[0], userErrors: [] };
}

const UPDATABLE: Array<[keyof CheckedLead, string]> = [
  ['name', 'name'],
  ['companyName', 'company_name'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['source', 'source'],
  ['status', 'status'],
  ['score', 'score'],
  ['ownerId', 'owner_id'],
];

export async function updateLead(
  ctx: SubgraphContext,
  input: LeadInput & { id: string },
): Promise<LeadPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const { value, userErrors } = checkLeadInput(input, false);
  if (userErrors.length > 0) return { lead: null, userErrors };
  return ctx.db.run(async (manager) => {
    const [current]: LeadEntity[] = await manager.query(
      `select ${LEAD_COLUMNS} from crm.leads where tenant_id = $1 and id = $2 for update`,
      [tenantId, id],
    );
    if (!current) throw notFound('Lead', id);
    if (current.status === 'CONVERTED') {
      return {
        lead: null,
        userErrors: [
          userError('LEAD_CONVERTED', 'A converted lead can no longer be changed.', ['input', 'id']),
        ],
      };
    }
    const changes = UPDATABLE.filter(([key]) => value[key] !== undefined);
    if (changes.length === 0) return { lead: current, userErrors: [] };
    const params: unknown[] = [tenantId, id, ...changes.map(([key]) => value[key])];
    const assignments = changes.map(([, column], index) => `${column} = $${index + 3}`).join(', ');
    const [updated]: [LeadEntity[], number] = await manager.query(
      `update crm.leads set ${assignments}, updated_at = now() where tenant_id = $1 and id = $2
       returning ${LEAD_COLUMNS}`,
      params,
    );
    const lead = updated[0];
    await emitEvent(ctx, 'crm.lead.updated', leadEventPayload(lead));
    return { lead, userErrors: [] };
  });
}

/** What `crm.lead.*` events carry: the lead's key and what downstream read models count. */
export function leadEventPayload(lead: LeadEntity) {
  return { id: lead.id, status: lead.status, source: lead.source, score: lead.score, ownerId: lead.ownerId };
}
