import { badUserInput, type SubgraphContext, tenantOf } from '@nexora/kit';
import { STOCK_PER_PRODUCT_SQL, STOCK_VALUE_METRIC_SQL } from './stock-value.sql';

interface Money {
  amount: string;
  currency: string;
}

export interface ProductStockValueModel {
  productId: string;
  sku: string | null;
  quantity: string;
  value: Money;
}

/** The summary's tenant, resolved field by field (a dashboard asking for totals runs one statement). */
export interface StockValueSummaryModel {
  tenantId: string;
}

export const DEFAULT_TOP_PRODUCTS = 10;
export const MAX_TOP_PRODUCTS = 100;

export function stockValueSummary(ctx: SubgraphContext): StockValueSummaryModel {
  return { tenantId: tenantOf(ctx) };
}

/** The stock's value per currency, by currency code. */
export async function stockValueTotals(ctx: SubgraphContext): Promise<Money[]> {
  const rows: Array<{ currency: string; value: string }> = await ctx.db.run((manager) =>
    manager.query(STOCK_VALUE_METRIC_SQL, [tenantOf(ctx)]),
  );
  return rows.map((row) => ({ amount: row.value, currency: row.currency }));
}

/** The `first` products worth the most (then by SKU and id, so ties keep one order). */
export async function topProductsByValue(
  ctx: SubgraphContext,
  first: number | null | undefined,
): Promise<ProductStockValueModel[]> {
  const size = first ?? DEFAULT_TOP_PRODUCTS;
  if (!Number.isInteger(size) || size < 1 || size > MAX_TOP_PRODUCTS)
    throw badUserInput(`"first" must be between 1 and ${MAX_TOP_PRODUCTS}.`, 'first');
  const rows: Array<{
    productId: string;
    sku: string | null;
    quantity: string;
    value: string;
    currency: string;
  }> = await ctx.db.run((manager) =>
    manager.query(
      `select product_id as "productId", sku, quantity::text as quantity, value::text as value, currency
         from (${STOCK_PER_PRODUCT_SQL}) stock order by value desc, sku, product_id limit $2`,
      [tenantOf(ctx), size],
    ),
  );
  return rows.map((row) => ({
    productId: row.productId,
    sku: row.sku,
    quantity: row.quantity.includes('.') ? row.quantity.replace(/\.?0+$/, '') : row.quantity,
    value: { amount: row.value, currency: row.currency },
  }));
}
