export type PurchaseOrderStatus = 'DRAFT' | 'CONFIRMED' | 'PARTIALLY_RECEIVED' | 'RECEIVED' | 'CANCELLED';

/** A row of `erp.purchase_orders`, as `PURCHASE_ORDER_COLUMNS` selects it (amounts numeric(14,2) text). */
export interface PurchaseOrderRow {
  id: string;
  tenantId: string;
  sequence: string;
  number: string;
  supplierId: string;
  currency: string;
  status: PurchaseOrderStatus;
  /** `YYYY-MM-DD`. */
  orderDate: string;
  notes: string | null;
  subtotal: string;
  taxTotal: string;
  total: string;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const PURCHASE_ORDER_COLUMNS = `id, tenant_id as "tenantId", sequence, number, supplier_id as "supplierId",
  currency, status, to_char(order_date, 'YYYY-MM-DD') as "orderDate", notes, subtotal, tax_total as "taxTotal",
  total, confirmed_at as "confirmedAt", cancelled_at as "cancelledAt", created_by as "createdBy",
  created_at as "createdAt", updated_at as "updatedAt"`;

/** A row of `erp.purchase_order_lines`; quantities numeric(12,3) text, values numeric text. */
export interface PurchaseOrderLineRow {
  id: string;
  tenantId: string;
  purchaseOrderId: string;
  position: number;
  productId: string;
  locationId: string;
  description: string | null;
  quantity: string;
  unitCost: string;
  /** quantity × unitCost, rounded to the currency: the line's net amount. */
  amount: string;
  taxRateId: string | null;
  taxRate: string | null;
  tax: string;
  receivedQuantity: string;
  billedQuantity: string;
  /** What receipts of this line booked to goods received not billed, and what bills cleared of it. */
  receivedValue: string;
  billedValue: string;
  /** The order's currency, carried along for the API's money fields. */
  currency: string;
}

export const PURCHASE_ORDER_LINE_COLUMNS = `line.id, line.tenant_id as "tenantId",
  line.purchase_order_id as "purchaseOrderId", line.position, line.product_id as "productId",
  line.location_id as "locationId", line.description, line.quantity, line.unit_cost as "unitCost", line.amount,
  line.tax_rate_id as "taxRateId", line.tax_rate as "taxRate", line.tax,
  line.received_quantity as "receivedQuantity", line.billed_quantity as "billedQuantity",
  line.received_value as "receivedValue", line.billed_value as "billedValue",
  (select currency from erp.purchase_orders o where o.tenant_id = line.tenant_id and o.id = line.purchase_order_id) as currency`;

/** States in which goods may still arrive. */
export const RECEIVABLE_STATUSES: readonly PurchaseOrderStatus[] = ['CONFIRMED', 'PARTIALLY_RECEIVED'];
