import type { EntityManager } from 'typeorm';
import type { PricedOrderLine } from './purchase-order-lines';
import {
  PURCHASE_ORDER_COLUMNS,
  PURCHASE_ORDER_LINE_COLUMNS,
  type PurchaseOrderLineRow,
  type PurchaseOrderRow,
} from './purchase-order.types';

/** `PO-000042`: six digits keep early numbers sortable as text; later ones simply grow longer. */
export function formatPurchaseOrderNumber(sequence: string): string {
  return `PO-${sequence.padStart(6, '0')}`;
}

/**
 * A purchase order locked `for update` until the transaction ends; null when the tenant has none.
 * Every change of an order (edit, confirm, cancel, receipt, bill) takes this lock first, so two
 * receipts of one order queue here and the second sees what the first received.
 */
export async function lockPurchaseOrder(
  manager: EntityManager,
  tenantId: string,
  id: string,
): Promise<PurchaseOrderRow | null> {
  const rows: PurchaseOrderRow[] = await manager.query(
    `select ${PURCHASE_ORDER_COLUMNS} from erp.purchase_orders where tenant_id = $1 and id = $2 for update`,
    [tenantId, id],
  );
  return rows[0] ?? null;
}

/** The lines of one order in their order. */
export function purchaseOrderLines(
  manager: EntityManager,
  tenantId: string,
  purchaseOrderId: string,
): Promise<PurchaseOrderLineRow[]> {
  return manager.query(
    `select ${PURCHASE_ORDER_LINE_COLUMNS} from erp.purchase_order_lines line
     where line.tenant_id = $1 and line.purchase_order_id = $2 order by line.position`,
    [tenantId, purchaseOrderId],
  );
}

/** Writes a draft's lines in one statement; returns them in order. */
export async function insertPurchaseOrderLines(
  manager: EntityManager,
  tenantId: string,
  purchaseOrderId: string,
  lines: readonly PricedOrderLine[],
): Promise<PurchaseOrderLineRow[]> {
  await manager.query(
    `insert into erp.purchase_order_lines (tenant_id, purchase_order_id, position, product_id, location_id,
       description, quantity, unit_cost, amount, tax_rate_id, tax_rate, tax)
     select $1, $2, line.position - 1, line.product_id, line.location_id, line.description, line.quantity,
       line.unit_cost, line.amount, line.tax_rate_id, line.tax_rate, line.tax
     from unnest($3::uuid[], $4::uuid[], $5::text[], $6::numeric[], $7::numeric[], $8::numeric[], $9::uuid[],
         $10::numeric[], $11::numeric[])
       with ordinality as line(product_id, location_id, description, quantity, unit_cost, amount, tax_rate_id,
         tax_rate, tax, position)`,
    [
      tenantId,
      purchaseOrderId,
      lines.map((line) => line.productId),
      lines.map((line) => line.locationId),
      lines.map((line) => line.description),
      lines.map((line) => line.quantity),
      lines.map((line) => line.unitCost),
      lines.map((line) => line.amount),
      lines.map((line) => line.taxRateId),
      lines.map((line) => line.taxRate),
      lines.map((line) => line.tax),
    ],
  );
  return purchaseOrderLines(manager, tenantId, purchaseOrderId);
}

/**
 * The tenant's next number from `counter` (`purchase_order_counters`, `supplier_bill_counters`).
 * The upsert holds the counter row's lock until the transaction ends, so concurrent creations queue
 * and each gets its own number; a rollback gives the number back, keeping numbers gap-free.
 */
export async function allocateSequence(
  manager: EntityManager,
  counter: 'purchase_order_counters' | 'supplier_bill_counters',
  tenantId: string,
): Promise<string> {
  const [{ lastNumber }]: Array<{ lastNumber: string }> = await manager.query(
    `insert into erp.${counter} as counter (tenant_id, last_number) values ($1, 1)
     on conflict (tenant_id) do update set last_number = counter.last_number + 1
     returning last_number as "lastNumber"`,
    [tenantId],
  );
  return lastNumber;
}
