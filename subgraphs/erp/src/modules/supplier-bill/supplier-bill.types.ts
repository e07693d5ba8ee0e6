/** A row of `erp.supplier_bills` (`billDate` as `YYYY-MM-DD`, amounts numeric(14,2) text). */
export interface SupplierBillRow {
  id: string;
  tenantId: string;
  sequence: string;
  number: string;
  purchaseOrderId: string;
  supplierId: string;
  currency: string;
  billDate: string;
  supplierReference: string | null;
  /** Sum of the lines' net amounts. */
  subtotal: string;
  taxTotal: string;
  /** subtotal + taxTotal: what is owed to the supplier. */
  total: string;
  /** subtotal − the receipt value it cleared: booked to the price difference account. */
  priceDifference: string;
  journalEntryId: string | null;
  createdBy: string | null;
  createdAt: Date;
}

export const SUPPLIER_BILL_COLUMNS = `id, tenant_id as "tenantId", sequence, number,
  purchase_order_id as "purchaseOrderId", supplier_id as "supplierId", currency,
  to_char(bill_date, 'YYYY-MM-DD') as "billDate", supplier_reference as "supplierReference", subtotal,
  tax_total as "taxTotal", total, price_difference as "priceDifference", journal_entry_id as "journalEntryId",
  created_by as "createdBy", created_at as "createdAt"`;

/** A row of `erp.supplier_bill_lines`. */
export interface SupplierBillLineRow {
  id: string;
  supplierBillId: string;
  purchaseOrderLineId: string;
  position: number;
  quantity: string;
  unitCost: string;
  amount: string;
  tax: string;
  /** What this line cleared of goods received not billed: the receipt's value of these units. */
  receiptValue: string;
  currency: string;
}

export const SUPPLIER_BILL_LINE_COLUMNS = `line.id, line.supplier_bill_id as "supplierBillId",
  line.purchase_order_line_id as "purchaseOrderLineId", line.position, line.quantity, line.unit_cost as "unitCost",
  line.amount, line.tax, line.receipt_value as "receiptValue",
  (select currency from erp.supplier_bills b where b.tenant_id = line.tenant_id and b.id = line.supplier_bill_id) as currency`;
