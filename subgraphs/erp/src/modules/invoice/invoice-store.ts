import type { EntityManager } from 'typeorm';
import { INVOICE_COLUMNS, type InvoiceEntity } from './invoice.entity';
import { INVOICE_LINE_COLUMNS, type InvoiceLineEntity } from './invoice-line.entity';
import type { TaxedInvoiceLine } from './invoice-tax';

/** An invoice row locked `for update` until the transaction ends; null when the tenant has none. */
export async function lockInvoice(
  manager: EntityManager,
  tenantId: string,
  id: string,
): Promise<InvoiceEntity | null> {
  const rows: InvoiceEntity[] = await manager.query(
    `select ${INVOICE_COLUMNS} from erp.invoices where tenant_id = $1 and id = $2 for update`,
    [tenantId, id],
  );
  return rows[0] ?? null;
}

/** The lines of one invoice in their order. */
export function invoiceLines(
  manager: EntityManager,
  tenantId: string,
  invoiceId: string,
): Promise<InvoiceLineEntity[]> {
  return manager.query(
    `select ${INVOICE_LINE_COLUMNS} from erp.invoice_lines where tenant_id = $1 and invoice_id = $2 order by position`,
    [tenantId, invoiceId],
  );
}

/** Writes a draft's lines, in one statement whatever their number; returns them in order. */
export async function insertInvoiceLines(
  manager: EntityManager,
  tenantId: string,
  invoiceId: string,
  lines: readonly TaxedInvoiceLine[],
): Promise<InvoiceLineEntity[]> {
  const stored: InvoiceLineEntity[] = await manager.query(
    `insert into erp.invoice_lines (tenant_id, invoice_id, position, description, quantity, unit_price, amount,
       tax_rate_id, tax_rate, tax_inclusive, tax)
     select $1, $2, line.position - 1, line.description, line.quantity, line.unit_price, line.amount,
       line.tax_rate_id, line.tax_rate, line.tax_inclusive, line.tax
     from unnest($3::text[], $4::numeric[], $5::numeric[], $6::numeric[], $7::uuid[], $8::numeric[],
         $9::boolean[], $10::numeric[])
       with ordinality as line(description, quantity, unit_price, amount, tax_rate_id, tax_rate, tax_inclusive,
         tax, position)
     order by line.position
     returning ${INVOICE_LINE_COLUMNS}`,
    [
      tenantId,
      invoiceId,
      lines.map((line) => line.description),
      lines.map((line) => line.quantity),
      lines.map((line) => line.unitPrice),
      lines.map((line) => line.amount),
      lines.map((line) => line.taxRateId),
      lines.map((line) => line.taxRate),
      lines.map((line) => line.taxInclusive),
      lines.map((line) => line.tax),
    ],
  );
  return [...stored].sort((a, b) => a.position - b.position);
}

/**
 * Runs `work` in a savepoint and keeps what it wrote only if it says so: a refusal found after
 * writing (the ledger refusing to post an invoice just created) then leaves no trace, the invoice
 * number included, while the request's transaction stays usable.
 */
export async function keepIf<T>(
  manager: EntityManager,
  work: () => Promise<{ keep: boolean; value: T }>,
): Promise<T> {
  await manager.query('savepoint invoice_write');
  const { keep, value } = await work();
  await manager.query(keep ? 'release savepoint invoice_write' : 'rollback to savepoint invoice_write');
  return value;
}
