/** A row of `erp.products`, as `PRODUCT_COLUMNS` selects it; numerics stay decimal strings. */
export interface ProductRow {
  id: string;
  tenantId: string;
  sku: string;
  name: string;
  description: string | null;
  unit: string;
  currency: string;
  /** numeric(14,2), in the product's currency. */
  costPrice: string;
  salePrice: string;
  active: boolean;
  /** Quantity on hand over every location, numeric(18,3); maintained by stock moves. */
  stockQuantity: string;
  /** Stock value, numeric(18,2); maintained by stock moves. */
  stockValue: string;
  /** Moving average cost of one unit, numeric(20,6); null before the first move with stock. */
  averageCost: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const PRODUCT_COLUMNS = `id, tenant_id as "tenantId", sku, name, description, unit, currency,
  cost_price as "costPrice", sale_price as "salePrice", active, stock_quantity as "stockQuantity",
  stock_value as "stockValue", average_cost as "averageCost", created_at as "createdAt",
  updated_at as "updatedAt"`;

/**
 * The units a quantity can be counted in. A short fixed list rather than free text, so `kg` and
 * `Kg` and `kilo` never become three units of one tenant; grow it here when a tenant needs more.
 */
export const UNITS: readonly string[] = [
  'unit',
  'dozen',
  'box',
  'kg',
  'g',
  't',
  'l',
  'ml',
  'm',
  'cm',
  'm2',
  'm3',
  'h',
  'day',
];

export const DEFAULT_UNIT = 'unit';
