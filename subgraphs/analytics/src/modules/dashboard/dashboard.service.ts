import {
  alignToKeys,
  type Connection,
  emitEvent,
  isUniqueViolation,
  lowerTextSort,
  notFound,
  pageSize,
  parseId,
  planKeyset,
  type SubgraphContext,
  tenantOf,
  toConnection,
  userError,
  type UserError,
} from '@nexora/kit';
import { checkColumns, checkName, checkWidgets, type Widget, type WidgetInput } from './dashboard.validation';

export interface DashboardRow {
  id: string;
  tenantId: string;
  name: string;
  columns: number;
  widgets: Widget[];
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DashboardPayload {
  dashboard: DashboardRow | null;
  userErrors: UserError[];
}

const COLUMNS = `id, tenant_id as "tenantId", name, columns, widgets, created_by as "createdBy",
  created_at as "createdAt", updated_at as "updatedAt"`;
const SORT = { NAME: lowerTextSort('name') };

function nameTaken(): UserError {
  return userError('NAME_TAKEN', 'Another dashboard already has this name.', ['input', 'name']);
}

export function dashboardLoader(ctx: SubgraphContext) {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, DashboardRow | null>('dashboardById', async (ids) => {
    const rows: DashboardRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${COLUMNS} from analytics.dashboards where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, [...ids]],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

export async function listDashboards(
  ctx: SubgraphContext,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<DashboardRow>> {
  const size = pageSize(args.first);
  const params: unknown[] = [tenantOf(ctx)];
  const keyset = planKeyset(SORT, { field: 'NAME' }, args.after, params);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<DashboardRow & { sortKey: string }> = await manager.query(
      `select ${COLUMNS}, ${keyset.cursorSelect} as "sortKey" from analytics.dashboards
       where ${keyset.where('tenant_id = $1')} order by ${keyset.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from analytics.dashboards where tenant_id = $1`,
      [tenantOf(ctx)],
    );
    return toConnection(rows, size, count, keyset.positionOf, keyset.hadCursor);
  });
}

export async function createDashboard(
  ctx: SubgraphContext,
  input: { name: string; columns?: number | null; widgets?: readonly WidgetInput[] | null },
): Promise<DashboardPayload> {
  const userErrors: UserError[] = [];
  const name = checkName(input.name, userErrors);
  const columns = input.columns ?? 12;
  checkColumns(columns, userErrors);
  const widgets = checkWidgets(input.widgets ?? [], columns, userErrors);
  if (userErrors.length > 0) return { dashboard: null, userErrors };
  try {
    const rows: DashboardRow[] = await ctx.db.run((manager) =>
      manager.query(
        `insert into analytics.dashboards (tenant_id, name, columns, widgets, created_by)
         values ($1, $2, $3, $4, $5) returning ${COLUMNS}`,
        [tenantOf(ctx), name, columns, JSON.stringify(widgets), ctx.caller.userId],
      ),
    );
    await emitEvent(ctx, 'analytics.dashboard.created', { id: rows[0].id, name });
    return { dashboard: rows[0], userErrors: [] };
  } catch (error) {
    if (isUniqueViolation(error)) return { dashboard: null, userErrors: [nameTaken()] };
    throw error;
  }
}

export async function updateDashboard(
  ctx: SubgraphContext,
  input: {
    id: string;
    name?: string | null;
    columns?: number | null;
    widgets?: readonly WidgetInput[] | null;
  },
): Promise<DashboardPayload> {
  const id = parseId(input.id, 'input.id');
  const current = await dashboardLoader(ctx).load(id);
  if (!current) throw notFound('Dashboard', id);
  const userErrors: UserError[] = [];
  const name = input.name != null ? checkName(input.name, userErrors) : current.name;
  const columns = input.columns ?? current.columns;
  checkColumns(columns, userErrors);
  // The widgets given, or the current ones, must fit the (possibly narrower) grid.
  const widgets = checkWidgets(input.widgets ?? current.widgets, columns, userErrors);
  if (userErrors.length > 0) return { dashboard: null, userErrors };
  try {
    const rows: DashboardRow[] = await ctx.db.run((manager) =>
      manager.query(
        `update analytics.dashboards set name = $3, columns = $4, widgets = $5, updated_at = now()
         where tenant_id = $1 and id = $2 returning ${COLUMNS}`,
        [tenantOf(ctx), id, name, columns, JSON.stringify(widgets)],
      ),
    );
    if (!rows[0]) throw notFound('Dashboard', id);
    await emitEvent(ctx, 'analytics.dashboard.updated', { id, name });
    return { dashboard: rows[0], userErrors: [] };
  } catch (error) {
    if (isUniqueViolation(error)) return { dashboard: null, userErrors: [nameTaken()] };
    throw error;
  }
}

export async function deleteDashboard(ctx: SubgraphContext, rawId: string) {
  const id = parseId(rawId, 'id');
  const rows: unknown[] = await ctx.db.run((manager) =>
    manager.query(
      `with deleted as (delete from analytics.dashboards where tenant_id = $1 and id = $2 returning id)
       select id from deleted`,
      [tenantOf(ctx), id],
    ),
  );
  if (rows.length === 0) throw notFound('Dashboard', id);
  await emitEvent(ctx, 'analytics.dashboard.deleted', { id });
  return { deletedId: id, userErrors: [] };
}
