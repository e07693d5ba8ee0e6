import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of `erp.invoice_lines`; amounts are in the invoice's currency. */
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
}

export const INVOICE_LINE_COLUMNS = `id, tenant_id as "tenantId", invoice_id as "invoiceId", position, description,
  quantity, unit_price as "unitPrice", amount`;
