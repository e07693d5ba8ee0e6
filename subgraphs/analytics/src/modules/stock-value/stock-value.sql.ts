/**
 * Per product of the tenant (`$1`), its stock on hand and value: sums of its moves. Products with
 * neither are left out, as erp's `stockValuation` leaves them out.
 */
export const STOCK_PER_PRODUCT_SQL = `
  select product_id, currency, (array_agg(sku order by moved_at desc))[1] as sku,
    sum(quantity_change) as quantity, sum(value_change) as value
  from analytics.stock_moves where tenant_id = $1
  group by product_id, currency
  having sum(quantity_change) <> 0 or sum(value_change) <> 0`;

/** STOCK_VALUE as a metric's points: the stock's value now, per currency. */
export const STOCK_VALUE_METRIC_SQL = `
  select null as start, null as key, currency, sum(value)::text as value
  from (${STOCK_PER_PRODUCT_SQL}) stock group by currency order by currency`;
