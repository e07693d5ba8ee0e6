/** A row of `erp.warehouses`, as `WAREHOUSE_COLUMNS` selects it. */
export interface WarehouseRow {
  id: string;
  tenantId: string;
  code: string;
  name: string;
  allowNegativeStock: boolean;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const WAREHOUSE_COLUMNS = `id, tenant_id as "tenantId", code, name,
  allow_negative_stock as "allowNegativeStock", active, created_at as "createdAt", updated_at as "updatedAt"`;

/** A row of `erp.stock_locations`, as `LOCATION_COLUMNS` selects it. */
export interface LocationRow {
  id: string;
  tenantId: string;
  warehouseId: string;
  code: string;
  name: string;
  isDefault: boolean;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const LOCATION_COLUMNS = `id, tenant_id as "tenantId", warehouse_id as "warehouseId", code, name,
  is_default as "isDefault", active, created_at as "createdAt", updated_at as "updatedAt"`;

/** What every warehouse starts with: the location stock goes to when no other is named. */
export const DEFAULT_LOCATION = { code: 'STOCK', name: 'Stock' } as const;
