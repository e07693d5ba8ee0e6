import {
  badUserInput,
  type Connection,
  lowerTextSort,
  pageSize,
  planKeyset,
  type SubgraphContext,
  tenantOf,
  toConnection,
} from '@nexora/kit';
import { type Money, toMoney } from '../invoice/money';
import { QUANTITY_CHANGE_SQL } from '../stock/stock-move.types';
import type { ProductValuationModel, StockValuationModel } from './valuation.types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `asOf` checked before Postgres sees it: a date, or an instant with its offset. */
export function stockValuation(asOf: string | null | undefined): StockValuationModel {
  if (asOf == null) return { asOf: null, bound: null };
  const text = asOf.trim();
  const date = DATE.test(text);
  const parsed = Date.parse(date ? `${text}T00:00:00Z` : text);
  const calendarOk = !date || new Date(parsed).toISOString().slice(0, 10) === text;
  if ((!date && !INSTANT.test(text)) || Number.isNaN(parsed) || !calendarOk) {
    throw badUserInput(
      '"asOf" must be an ISO-8601 date (2026-03-31) or instant (2026-03-31T18:00:00Z).',
      'asOf',
    );
  }
  if (date)
    return { asOf: text, bound: { instant: new Date(parsed + 86_400_000).toISOString(), inclusive: false } };
  return { asOf: text, bound: { instant: text, inclusive: true } };
}

/**
 * Per product: its stock now (maintained totals) or summed from its moves up to the bound. Pushes
 * the bound onto `params` (after the tenant, $1).
 */
function valuedStock(valuation: StockValuationModel, params: unknown[]): string {
  if (!valuation.bound) {
    return `select id as product_id, stock_quantity as quantity, stock_value as value
            from erp.products where tenant_id = $1`;
  }
  params.push(valuation.bound.instant);
  const comparison = valuation.bound.inclusive ? '<=' : '<';
  return `select product_id, sum(${QUANTITY_CHANGE_SQL}) as quantity, sum(value_change) as value
          from erp.stock_moves where tenant_id = $1 and created_at ${comparison} $${params.length}::timestamptz
          group by product_id`;
}

const HAS_STOCK = `(v.quantity <> 0 or v.value <> 0)`;

/** The total value per currency; currencies of products without stock are left out. */
export async function valuationTotals(
  ctx: SubgraphContext,
  valuation: StockValuationModel,
): Promise<Money[]> {
  const params: unknown[] = [tenantOf(ctx)];
  const source = valuedStock(valuation, params);
  const rows: Array<{ currency: string; value: string }> = await ctx.db.run((manager) =>
    manager.query(
      `select p.currency, sum(v.value)::text as value
       from (${source}) v join erp.products p on p.tenant_id = $1 and p.id = v.product_id
       where ${HAS_STOCK} group by p.currency order by p.currency`,
      params,
    ),
  );
  return rows.map((row) => toMoney(row.value, row.currency));
}

const BY_SKU = { SKU: lowerTextSort('p.sku') };

/** Products with stock or value, by SKU, keyset-paginated. */
export async function valuationProducts(
  ctx: SubgraphContext,
  valuation: StockValuationModel,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<ProductValuationModel>> {
  const size = pageSize(args.first);
  const params: unknown[] = [tenantOf(ctx)];
  const from = `(${valuedStock(valuation, params)}) v join erp.products p on p.tenant_id = $1 and p.id = v.product_id`;
  const countParams = [...params];
  const keyset = planKeyset(BY_SKU, { field: 'SKU' }, args.after, params, 'p.id');
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: ProductValuationModel[] = await manager.query(
      `select p.id, ${keyset.cursorSelect} as "sortKey", p.currency, v.quantity::text as quantity, v.value::text as value
       from ${from} where ${keyset.where(HAS_STOCK)} order by ${keyset.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from ${from} where ${HAS_STOCK}`,
      countParams,
    );
    return toConnection(rows, size, count, keyset.positionOf, keyset.hadCursor);
  });
}
