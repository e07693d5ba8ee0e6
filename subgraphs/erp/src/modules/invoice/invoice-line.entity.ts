import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A row of `erp.invoice_lines`; amounts are in the invoice's currency. `amount` is quantity × unit
 * price; with a tax rate, `tax` is its tax and `net` (a generated column) the amount without it:
 * the amount itself for exclusive rates, amount − tax for inclusive ones. The rate and its
 * inclusiveness are copied from the tax rate when the line is written, so a later change of the
 * rate never rewrites a document.
 */
@Entity({ name: 'invoice_lines', schema: 'erp' })
export class InvoiceLineEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId!: string;

  /** 0-based order of the line as given at creation. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'numeric', precision: 12, scale: 3 })
  quantity!: string;

  @Column({ name: 'unit_price', type: 'numeric', precision: 14, scale: 2 })
  unitPrice!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount!: string;

  @Column({ name: 'tax_rate_id', type: 'uuid', nullable: true })
  taxRateId!: string | null;

  @Column({ name: 'tax_rate', type: 'numeric', precision: 7, scale: 4, nullable: true })
  taxRate!: string | null;

  @Column({ name: 'tax_inclusive', type: 'boolean', nullable: true })
  taxInclusive!: boolean | null;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  tax!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, insert: false, update: false })
  net!: string;
}

export const INVOICE_LINE_COLUMNS = `id, tenant_id as "tenantId", invoice_id as "invoiceId", position, description,
  quantity, unit_price as "unitPrice", amount, tax_rate_id as "taxRateId", tax_rate as "taxRate",
  tax_inclusive as "taxInclusive", tax, net`;
