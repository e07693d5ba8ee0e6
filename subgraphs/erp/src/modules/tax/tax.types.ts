/** A row of `erp.tax_rates`; `rate` is the numeric(7,4) text, e.g. `"20.0000"`. */
export interface TaxRateRow {
  id: string;
  tenantId: string;
  name: string;
  rate: string;
  inclusive: boolean;
  accountId: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const TAX_RATE_COLUMNS = `id, tenant_id as "tenantId", name, rate, inclusive, account_id as "accountId", active,
  created_at as "createdAt", updated_at as "updatedAt"`;

/** A stored rate without trailing zeros: "20.0000" → "20", "8.8750" → "8.875". */
export function formatRate(stored: string): string {
  return stored.includes('.') ? stored.replace(/\.?0+$/, '') : stored;
}
